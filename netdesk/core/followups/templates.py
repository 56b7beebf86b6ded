"""Email draft templates: thank you for meeting, the promised information, the introduction.

The defaults live here (translatable); a user's edits are stored in the
``email_templates`` table and win over them, and resetting deletes the edit.
Placeholders are ``{name}`` style; one the values do not know stays as it is,
so a typo in an edited template shows up in the draft instead of failing.
"""

from __future__ import annotations

import string
import urllib.parse
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.dates import now_utc
from netdesk.core.errors import NetdeskError
from netdesk.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

# name → (title, subject, body), in English; shown through translate("templates", …).
DEFAULTS: dict[str, tuple[str, str, str]] = {
    "thanks": (
        QT_TRANSLATE_NOOP("templates", "Thank you for meeting"),
        QT_TRANSLATE_NOOP("templates", "Good to meet you at {event}"),
        QT_TRANSLATE_NOOP(
            "templates",
            "Hi {first_name},\n\n"
            "Thank you for the conversation at {event} ({context}). "
            "I enjoyed it and would like to stay in touch.\n\n"
            "Best regards,\n{my_name}",
        ),
    ),
    "info": (
        QT_TRANSLATE_NOOP("templates", "The information promised"),
        QT_TRANSLATE_NOOP("templates", "The information I promised at {event}"),
        QT_TRANSLATE_NOOP(
            "templates",
            "Hi {first_name},\n\n"
            "As promised when we talked at {event} ({context}), here is the information:\n\n"
            "…\n\nLet me know if it helps, or if there is more I can do.\n\n"
            "Best regards,\n{my_name}",
        ),
    ),
    "introduction": (
        QT_TRANSLATE_NOOP("templates", "The introduction"),
        QT_TRANSLATE_NOOP("templates", "Introduction: {name} and {other_name}"),
        QT_TRANSLATE_NOOP(
            "templates",
            "Hi {first_name} and {other_first_name},\n\n"
            "I would like to introduce you to each other.\n\n"
            "{name} ({organisation}) and {other_name} ({other_organisation}): {why}\n\n"
            "I will leave it to you to take it from here.\n\n"
            "Best regards,\n{my_name}",
        ),
    ),
}

PLACEHOLDERS = (
    "first_name",
    "name",
    "organisation",
    "event",
    "context",
    "my_name",
    "other_name",
    "other_first_name",
    "other_organisation",
    "why",
)


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    subject: str
    body: str
    customised: bool = False


@dataclass(frozen=True)
class Draft:
    to: tuple[str, ...]
    subject: str
    body: str

    def mailto(self) -> str:
        return mailto_url(self.to, self.subject, self.body)

    def as_text(self) -> str:
        """For the clipboard: what a user pastes into any mail program."""
        head = f"To: {', '.join(self.to)}\n" if self.to else ""
        return f"{head}Subject: {self.subject}\n\n{self.body}"


def _default(name: str) -> Template:
    if name not in DEFAULTS:
        raise NetdeskError("no-template", name=name)
    title, subject, body = DEFAULTS[name]
    return Template(
        name,
        translate("templates", title),
        translate("templates", subject),
        translate("templates", body),
    )


def get(store: Store, name: str) -> Template:
    default = _default(name)
    row = store.row("SELECT subject, body FROM email_templates WHERE name = ?", (name,))
    if row is None:
        return default
    return Template(name, default.title, row["subject"], row["body"], customised=True)


def all_templates(store: Store) -> list[Template]:
    return [get(store, name) for name in DEFAULTS]


def save(store: Store, name: str, subject: str, body: str) -> Template:
    _default(name)
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO email_templates (name, subject, body, updated_at)"
            " VALUES (?, ?, ?, ?)",
            (name, subject.strip(), body, now_utc()),
        )
    return get(store, name)


def reset(store: Store, name: str) -> Template:
    _default(name)
    with store.transaction() as conn:
        conn.execute("DELETE FROM email_templates WHERE name = ?", (name,))
    return get(store, name)


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill_text(text: str, values: dict[str, str]) -> str:
    """``text`` with known placeholders filled; unknown ones and stray braces left alone."""
    try:
        return string.Formatter().vformat(text, (), _Lenient(values))
    except (ValueError, IndexError, AttributeError):
        # An unbalanced brace in an edited template: fill what can be filled, simply.
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        return text


def values_for(
    store: Store,
    person_id: int,
    *,
    event_id: int | None = None,
    other_id: int | None = None,
    why: str = "",
) -> dict[str, str]:
    """The placeholder values for a draft to ``person_id`` (and ``other_id`` for introductions)."""
    person = store.people.get(person_id)
    values = {
        "name": person.full_name,
        "first_name": person.given_name or person.full_name.split()[0],
        "organisation": person.organisation,
        "event": "",
        "context": "",
        "my_name": _my_name(store),
        "why": why.strip(),
        "other_name": "",
        "other_first_name": "",
        "other_organisation": "",
    }
    encounters = store.encounters.for_person(person_id)
    chosen = [e for e in encounters if e.event_id == event_id] if event_id else encounters
    if chosen:
        values["context"] = chosen[0].context
        values["event"] = chosen[0].event_name
    if event_id and not values["event"]:
        values["event"] = store.events.get(event_id).name
    if other_id is not None:
        other = store.people.get(other_id)
        values["other_name"] = other.full_name
        values["other_first_name"] = other.given_name or other.full_name.split()[0]
        values["other_organisation"] = other.organisation
    return values


def _my_name(store: Store) -> str:
    for profile in store.cards.list():
        name = str(profile.fields.get("name") or "").strip()
        if name:
            return name
    return ""


def draft(
    store: Store,
    template: str,
    person_id: int,
    *,
    event_id: int | None = None,
    other_id: int | None = None,
    why: str = "",
) -> Draft:
    """A filled draft addressed to the person (and the other person for an introduction)."""
    chosen = get(store, template)
    values = values_for(store, person_id, event_id=event_id, other_id=other_id, why=why)
    to = [_first_email(store, person_id)]
    if other_id is not None:
        to.append(_first_email(store, other_id))
    return Draft(
        tuple(address for address in to if address),
        fill_text(chosen.subject, values),
        fill_text(chosen.body, values),
    )


def _first_email(store: Store, person_id: int) -> str:
    emails = store.people.get(person_id).emails
    return emails[0] if emails else ""


def mailto_url(to: tuple[str, ...] | list[str], subject: str, body: str) -> str:
    """A ``mailto:`` URL (RFC 6068): addresses and every header value percent-encoded."""
    # RFC 6068 wants CRLF line breaks in the body.
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    addresses = ",".join(urllib.parse.quote(address, safe="@") for address in to)
    query = urllib.parse.urlencode({"subject": subject, "body": body}, quote_via=urllib.parse.quote)
    return f"mailto:{addresses}?{query}"
