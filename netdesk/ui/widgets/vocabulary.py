"""The words the user sees for the domain's codes (``core/model.py``): one place, one context.

Every page, dialog and chart labels a code through these functions, so "referral" reads the same
in the review wizard, the insights page and a person's detail pane, in every language.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Vocabulary"

EVENT_KINDS = {
    "breakfast": QT_TRANSLATE_NOOP("Vocabulary", "Breakfast"),
    "workshop": QT_TRANSLATE_NOOP("Vocabulary", "Workshop"),
    "conference": QT_TRANSLATE_NOOP("Vocabulary", "Conference"),
    "away-day": QT_TRANSLATE_NOOP("Vocabulary", "Away-day"),
    "meetup": QT_TRANSLATE_NOOP("Vocabulary", "Meetup"),
    "internal": QT_TRANSLATE_NOOP("Vocabulary", "Internal"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
EXCHANGE_KINDS = {
    "referral": QT_TRANSLATE_NOOP("Vocabulary", "Referral"),
    "introduction": QT_TRANSLATE_NOOP("Vocabulary", "Introduction"),
    "advice": QT_TRANSLATE_NOOP("Vocabulary", "Advice"),
    "information": QT_TRANSLATE_NOOP("Vocabulary", "Information"),
    "help": QT_TRANSLATE_NOOP("Vocabulary", "Help"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
EXCHANGE_DIRECTIONS = {
    "gave": QT_TRANSLATE_NOOP("Vocabulary", "gave"),
    "received": QT_TRANSLATE_NOOP("Vocabulary", "received"),
}
INTERACTION_KINDS = {
    "met": QT_TRANSLATE_NOOP("Vocabulary", "met"),
    "emailed": QT_TRANSLATE_NOOP("Vocabulary", "emailed"),
    "called": QT_TRANSLATE_NOOP("Vocabulary", "called"),
    "helped": QT_TRANSLATE_NOOP("Vocabulary", "helped"),
    "introduced": QT_TRANSLATE_NOOP("Vocabulary", "introduced"),
    "note": QT_TRANSLATE_NOOP("Vocabulary", "note"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "other"),
}
FOLLOWUP_ACTIONS = {
    "email": QT_TRANSLATE_NOOP("Vocabulary", "Email"),
    "call": QT_TRANSLATE_NOOP("Vocabulary", "Call"),
    "send-info": QT_TRANSLATE_NOOP("Vocabulary", "Send information"),
    "introduce": QT_TRANSLATE_NOOP("Vocabulary", "Introduce"),
    "meet": QT_TRANSLATE_NOOP("Vocabulary", "Meet"),
    "connect": QT_TRANSLATE_NOOP("Vocabulary", "Connect"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
FOLLOWUP_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Vocabulary", "open"),
    "done": QT_TRANSLATE_NOOP("Vocabulary", "done"),
    "snoozed": QT_TRANSLATE_NOOP("Vocabulary", "snoozed"),
}
# Where a person or one of their details came from (people.source and provenance.source).
SOURCES = {
    "manual": QT_TRANSLATE_NOOP("Vocabulary", "typed in"),
    "typed": QT_TRANSLATE_NOOP("Vocabulary", "typed in"),
    "scan": QT_TRANSLATE_NOOP("Vocabulary", "scanned"),
    "import": QT_TRANSLATE_NOOP("Vocabulary", "imported"),
    "demo": QT_TRANSLATE_NOOP("Vocabulary", "demo data"),
    "merge": QT_TRANSLATE_NOOP("Vocabulary", "merged"),
}
WAYS_OF_MEETING = {
    "qr": QT_TRANSLATE_NOOP("Vocabulary", "scanned QR code"),
    "manual": QT_TRANSLATE_NOOP("Vocabulary", "typed in"),
    "import": QT_TRANSLATE_NOOP("Vocabulary", "imported"),
}
CONTACT_KINDS = {
    "email": QT_TRANSLATE_NOOP("Vocabulary", "email"),
    "phone": QT_TRANSLATE_NOOP("Vocabulary", "phone"),
    "url": QT_TRANSLATE_NOOP("Vocabulary", "web"),
}
# A person's details, as a merge or the detail pane's provenance names them.
PERSON_FIELDS = {
    "full_name": QT_TRANSLATE_NOOP("Vocabulary", "Name"),
    "organisation": QT_TRANSLATE_NOOP("Vocabulary", "Organisation"),
    "department": QT_TRANSLATE_NOOP("Vocabulary", "Department"),
    "title": QT_TRANSLATE_NOOP("Vocabulary", "Title"),
    "notes": QT_TRANSLATE_NOOP("Vocabulary", "Notes"),
}
# Why two people may be the same person (core/people/resolve.py and duplicates.py).
DUPLICATE_REASONS = {
    "uid": QT_TRANSLATE_NOOP("Vocabulary", "the same card ID"),
    "email": QT_TRANSLATE_NOOP("Vocabulary", "the same email address"),
    "phone": QT_TRANSLATE_NOOP("Vocabulary", "the same phone number"),
    "url": QT_TRANSLATE_NOOP("Vocabulary", "the same profile link"),
    "name": QT_TRANSLATE_NOOP("Vocabulary", "a close name at the same organisation"),
}


def label(words: Mapping[str, str], code: str) -> str:
    """The translated word for ``code``; an unknown code (a newer database) is shown as is."""
    source = words.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def event_kind(code: str) -> str:
    return label(EVENT_KINDS, code)


def exchange_kind(code: str) -> str:
    return label(EXCHANGE_KINDS, code)


def exchange_direction(code: str) -> str:
    return label(EXCHANGE_DIRECTIONS, code)


def interaction_kind(code: str) -> str:
    return label(INTERACTION_KINDS, code)


def followup_action(code: str) -> str:
    return label(FOLLOWUP_ACTIONS, code)


def source(code: str) -> str:
    return label(SOURCES, code)


def contact_kind(code: str) -> str:
    return label(CONTACT_KINDS, code)


def person_field(code: str) -> str:
    """A detail's name; a contact point's detail is named by its kind (email, phone, web)."""
    return label(PERSON_FIELDS, code) if code in PERSON_FIELDS else contact_kind(code)


def duplicate_reason(code: str) -> str:
    return label(DUPLICATE_REASONS, code)
