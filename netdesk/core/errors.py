"""Errors the core raises: a stable code, the values involved, and a sentence.

The UI and CLI show ``str(error)``, which is translated through the core's
translation hook, so no caller has to know every code.
"""

from __future__ import annotations

from typing import Any

from netdesk.core.i18n import translate

# One English sentence per code. Placeholders are filled from the error's params.
MESSAGES: dict[str, str] = {
    "bad-date": "'{value}' is not a valid date; use YYYY-MM-DD, for example 2026-11-20",
    "bad-time": "'{value}' is not a valid time; use HH:MM, for example 09:30",
    "bad-email": "'{value}' is not a valid email address",
    "bad-phone": "'{value}' is not a valid phone number",
    "bad-url": "'{value}' is not a valid web address",
    "bad-kind": "'{value}' is not a known {what}; choose one of: {choices}",
    "empty-name": "a {what} needs a name",
    "dates-reversed": "the event ends ({end}) before it starts ({start})",
    "no-event": "there is no event with id {id}",
    "no-person": "there is no person with id {id}",
    "no-followup": "there is no follow-up with id {id}",
    "no-goal": "there is no goal with id {id}",
    "no-profile": "there is no card profile named '{name}'",
    "same-person": "a person cannot be introduced to themselves",
    "db-not-sqlite": "{path} is not a netdesk database (it is not an SQLite file)",
    "db-not-netdesk": "{path} is an SQLite file but not a netdesk database",
    "db-too-new": "{path} was made by a newer netdesk (schema {found}, this version knows {known})",
    "db-corrupt": "{path} is damaged: {detail}",
    "db-unreadable": "cannot open {path}: {detail}",
    "db-busy": "the database is busy in another program; try again in a moment",
    "file-missing": "{path} does not exist",
    "file-unwritable": "cannot write {path}: {detail}",
    "already-done": "follow-up {id} is already done",
    "csv-too-big": "{path} is larger than {limit} MB; split it into smaller files",
    "csv-no-header": (
        "{path} has no column for names or email addresses (a heading such as Name,"
        " First name or Email); the first line reads: {first}"
    ),
    "not-an-image": "{name} is not an image netdesk can read (PNG, JPEG, GIF, BMP, TIFF or WebP)",
    "image-too-large": "{name} is too large to decode safely ({width} × {height} pixels)",
    "image-bomb": "{name} is too large to decode safely ({detail})",
    "image-file-too-big": "{name} is too big to scan ({size} MB)",
    "image-damaged": "{name} is damaged or incomplete ({detail})",
    "file-unreadable": "cannot read {path}: permission denied",
    "no-code": "no QR code found in {name}",
    "import-unknown-format": "cannot tell what kind of file {path} is; use --format vcard,"
    " mecard or csv",
    "import-not-format": "{path} is not a {format} file",
    "import-too-big": "{path} is larger than {limit} MB; split it first",
    "card-no-name": "a card needs a name to share; fill in the name or tick it to share",
    "card-too-long": "this card is too long for a QR code phones read easily ({size} bytes, at most"
    " {limit}); leave out or shorten: {fields}",
    "qr-too-long": "the text is too long for a QR code phones read easily ({size} bytes, at most"
    " {limit})",
    "qr-too-small": "{size} pixels is too small for this QR code; use at least {minimum}",
    "csv-no-name": "{path} has no name column (expected a header such as name, organisation,"
    " email)",
    "sheet-empty": "nothing to print: {path} has no row with a name",
    "bad-rhythm": "the {step} step of the follow-up rhythm needs 1 to 3660 days, not {value}",
    "bad-cadence": "a keep-in-touch cadence is a number of days from 1 to 3660, not {value}",
    "no-tag": "there is no tag named '{name}'",
    "no-template": "there is no email template named '{name}'",
    "export-format": "'{value}' is not an export format; choose one of: {choices}",
    "bad-timezone": "'{value}' is not a known time zone; use a name like Europe/Amsterdam",
    "bad-backup-keep": "keep between 1 and {limit} automatic backups, not {value}",
    "bad-region": "'{value}' is not a known country code for phone numbers; use two letters"
    " such as NL or GB",
}


class NetdeskError(Exception):
    """A failure the user can understand and act on; never shown as a traceback."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        template = translate("errors", MESSAGES.get(self.code, self.code))
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template
