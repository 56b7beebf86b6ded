"""Errors the core raises: a stable code, the values involved, and a sentence.

The UI and CLI show ``str(error)``, which is translated through the core's
translation hook, so no caller has to know every code.
"""

from __future__ import annotations

import re
from os import PathLike
from typing import Any

from netdesk.core.i18n import QT_TRANSLATE_NOOP, translate

# One English sentence per code. Placeholders are filled from the error's params.
MESSAGES: dict[str, str] = {
    "bad-date": QT_TRANSLATE_NOOP(
        "errors", "'{value}' is not a valid date; use YYYY-MM-DD, for example 2026-11-20"
    ),
    "bad-time": QT_TRANSLATE_NOOP(
        "errors", "'{value}' is not a valid time; use HH:MM, for example 09:30"
    ),
    "time-with-offset": QT_TRANSLATE_NOOP(
        "errors",
        "'{value}' has a time zone offset; give the time of day as HH:MM in your own time zone",
    ),
    "date-out-of-range": QT_TRANSLATE_NOOP(
        "errors", "{value} is not a date netdesk accepts; use a date from {first} to {last}"
    ),
    "not-utf8": QT_TRANSLATE_NOOP(
        "errors",
        "'{value}' is not UTF-8 text; set the terminal to UTF-8 (a locale such as"
        " en_US.UTF-8) and try again",
    ),
    "name-not-utf8": QT_TRANSLATE_NOOP(
        "errors",
        "a file name in '{value}' is not UTF-8 text; rename the file and try again",
    ),
    "not-in-trash": QT_TRANSLATE_NOOP("errors", "person {id} is not in the trash"),
    "bad-card-field": QT_TRANSLATE_NOOP("errors", "{field}: {problem}"),
    "bad-email": QT_TRANSLATE_NOOP("errors", "'{value}' is not a valid email address"),
    "bad-phone": QT_TRANSLATE_NOOP("errors", "'{value}' is not a valid phone number"),
    "bad-url": QT_TRANSLATE_NOOP("errors", "'{value}' is not a valid web address"),
    "bad-kind": QT_TRANSLATE_NOOP(
        "errors", "'{value}' is not a known {what}; choose one of: {choices}"
    ),
    "empty-name": QT_TRANSLATE_NOOP("errors", "a {what} needs a name"),
    "dates-reversed": QT_TRANSLATE_NOOP(
        "errors", "the event ends ({end}) before it starts ({start})"
    ),
    "no-event": QT_TRANSLATE_NOOP("errors", "there is no event with id {id}"),
    "no-person": QT_TRANSLATE_NOOP("errors", "there is no person with id {id}"),
    "no-person-yet": QT_TRANSLATE_NOOP("errors", "this database holds no people yet"),
    "no-event-yet": QT_TRANSLATE_NOOP("errors", "this database holds no events yet"),
    "no-event-met-yet": QT_TRANSLATE_NOOP(
        "errors", "this database holds no event with people met yet"
    ),
    "no-topic": QT_TRANSLATE_NOOP("errors", "there is no topic with id {id}"),
    "no-topic-named": QT_TRANSLATE_NOOP(
        "errors", "nobody holds a topic called '{name}' yet; add it to a person first"
    ),
    "no-introduction": QT_TRANSLATE_NOOP("errors", "there is no introduction with id {id}"),
    "bad-month": QT_TRANSLATE_NOOP(
        "errors", "'{value}' is not a month; use YYYY-MM, for example 2026-11"
    ),
    "no-followup": QT_TRANSLATE_NOOP("errors", "there is no follow-up with id {id}"),
    "no-goal": QT_TRANSLATE_NOOP("errors", "there is no goal with id {id}"),
    "no-profile": QT_TRANSLATE_NOOP("errors", "there is no card profile named '{name}'"),
    "same-person": QT_TRANSLATE_NOOP("errors", "a person cannot be introduced to themselves"),
    "duplicate-same-person": QT_TRANSLATE_NOOP(
        "errors", "person {id} was given twice: a possible duplicate needs two different people"
    ),
    "db-not-sqlite": QT_TRANSLATE_NOOP(
        "errors", "{path} is not a netdesk database (it is not an SQLite file)"
    ),
    "db-not-netdesk": QT_TRANSLATE_NOOP(
        "errors", "{path} is an SQLite file but not a netdesk database"
    ),
    "db-too-new": QT_TRANSLATE_NOOP(
        "errors", "{path} was made by a newer netdesk (schema {found}, this version knows {known})"
    ),
    "db-corrupt": QT_TRANSLATE_NOOP("errors", "{path} is damaged: {detail}"),
    "db-unreadable": QT_TRANSLATE_NOOP("errors", "cannot open {path}: {detail}"),
    "db-busy": QT_TRANSLATE_NOOP(
        "errors",
        "the database is busy in another program; nothing was saved: try again in a moment",
    ),
    "db-schema-foreign": QT_TRANSLATE_NOOP(
        "errors",
        "{path} was changed outside netdesk and is refused, because what was added could run"
        " inside netdesk's own work ({detail})",
    ),
    "db-full": QT_TRANSLATE_NOOP(
        "errors", "the disk holding {path} is full; nothing was saved: free some space and retry"
    ),
    "db-read-only": QT_TRANSLATE_NOOP(
        "errors", "{path} is read-only; netdesk needs to write it (check its permissions)"
    ),
    "db-is-folder": QT_TRANSLATE_NOOP(
        "errors", "{path} is a folder; give the path of a database file"
    ),
    "file-missing": QT_TRANSLATE_NOOP("errors", "{path} does not exist"),
    "file-unwritable": QT_TRANSLATE_NOOP("errors", "cannot write {path}: {detail}"),
    "path-is-folder": QT_TRANSLATE_NOOP(
        "errors", "{path} is a folder; give the name of a file to write"
    ),
    "already-done": QT_TRANSLATE_NOOP("errors", "follow-up {id} is already done"),
    "csv-too-big": QT_TRANSLATE_NOOP(
        "errors", "{path} is larger than {limit} MB; split it into smaller files"
    ),
    "csv-no-header": QT_TRANSLATE_NOOP(
        "errors",
        "{path} has no column for names or email addresses (a heading such as Name,"
        " First name or Email); the first line reads: {first}",
    ),
    "not-an-image": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not an image netdesk can read (PNG, JPEG, GIF, BMP, TIFF, WebP or AVIF)",
    ),
    "image-too-large": QT_TRANSLATE_NOOP(
        "errors", "{name} is too large to decode safely ({width} × {height} pixels)"
    ),
    "image-bomb": QT_TRANSLATE_NOOP("errors", "{name} is too large to decode safely ({detail})"),
    "image-file-too-big": QT_TRANSLATE_NOOP("errors", "{name} is too big to scan ({size} MB)"),
    "image-damaged": QT_TRANSLATE_NOOP("errors", "{name} is damaged or incomplete ({detail})"),
    "file-unreadable": QT_TRANSLATE_NOOP("errors", "cannot read {path}: permission denied"),
    "not-a-file": QT_TRANSLATE_NOOP(
        "errors",
        "{path} is not an ordinary file (a folder, device or pipe); netdesk cannot read it",
    ),
    "file-read-failed": QT_TRANSLATE_NOOP("errors", "cannot read {path}: {detail}"),
    "file-too-big": QT_TRANSLATE_NOOP("errors", "{path} is larger than {limit} MB; split it first"),
    "image-memory": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is too large to decode safely: its pixels would take {size} MB of memory"
        " (at most {limit} MB)",
    ),
    "no-code": QT_TRANSLATE_NOOP("errors", "no QR code found in {name}"),
    "import-unknown-format": QT_TRANSLATE_NOOP(
        "errors", "cannot tell what kind of file {path} is; use --format vcard, mecard or csv"
    ),
    "import-not-format": QT_TRANSLATE_NOOP("errors", "{path} is not a {format} file"),
    "import-too-big": QT_TRANSLATE_NOOP(
        "errors", "{path} is larger than {limit} MB; split it first"
    ),
    "no-import": QT_TRANSLATE_NOOP("errors", "there is no import with id {id}"),
    "import-undone": QT_TRANSLATE_NOOP("errors", "import {id} was already undone ({when})"),
    "import-cancelled": QT_TRANSLATE_NOOP("errors", "the import was cancelled; nothing changed"),
    "remove-dangling": QT_TRANSLATE_NOOP(
        "errors",
        "removing these people would leave rows in {table} pointing at no one; nothing changed"
        " (run 'netdesk check' and report it)",
    ),
    "mapping-unreadable": QT_TRANSLATE_NOOP(
        "errors",
        "{path} is not a column mapping: write a JSON object such as"
        ' {{"Email": "email", "2": "organisation"}}',
    ),
    "mapping-bad-field": QT_TRANSLATE_NOOP(
        "errors", "column '{column}': '{value}' is not a field; choose one of: {choices}"
    ),
    "mapping-no-column": QT_TRANSLATE_NOOP(
        "errors", "the mapping names a column '{column}' that the CSV file does not have"
    ),
    "card-no-name": QT_TRANSLATE_NOOP(
        "errors", "a card needs a name to share; fill in the name or tick it to share"
    ),
    "card-too-long": QT_TRANSLATE_NOOP(
        "errors",
        "this card is too long for a QR code phones read easily ({size} bytes, at most"
        " {limit}); leave out or shorten: {fields}",
    ),
    "qr-too-long": QT_TRANSLATE_NOOP(
        "errors",
        "the text is too long for a QR code phones read easily ({size} bytes, at most {limit})",
    ),
    "qr-too-small": QT_TRANSLATE_NOOP(
        "errors", "{size} pixels is too small for this QR code; use at least {minimum}"
    ),
    "csv-no-name": QT_TRANSLATE_NOOP(
        "errors", "{path} has no name column (expected a header such as name, organisation, email)"
    ),
    "sheet-empty": QT_TRANSLATE_NOOP("errors", "nothing to print: {path} has no row with a name"),
    "bad-rhythm": QT_TRANSLATE_NOOP(
        "errors", "the {step} step of the follow-up rhythm needs 1 to 3660 days, not {value}"
    ),
    "bad-cadence": QT_TRANSLATE_NOOP(
        "errors", "a keep-in-touch cadence is a number of days from 1 to 3660, not {value}"
    ),
    "no-tag": QT_TRANSLATE_NOOP("errors", "there is no tag named '{name}'"),
    "no-template": QT_TRANSLATE_NOOP("errors", "there is no email template named '{name}'"),
    "export-format": QT_TRANSLATE_NOOP(
        "errors", "'{value}' is not an export format; choose one of: {choices}"
    ),
    "bad-timezone": QT_TRANSLATE_NOOP(
        "errors", "'{value}' is not a known time zone; use a name like Europe/Amsterdam"
    ),
    "bad-backup-keep": QT_TRANSLATE_NOOP(
        "errors", "keep between 1 and {limit} automatic backups, not {value}"
    ),
    "bad-region": QT_TRANSLATE_NOOP(
        "errors",
        "'{value}' is not a known country code for phone numbers; use two letters such as NL or GB",
    ),
    "archive-not-utf8": QT_TRANSLATE_NOOP(
        "errors", "{path} is not UTF-8 text; nothing was imported"
    ),
    "archive-no-tables": QT_TRANSLATE_NOOP(
        "errors", "{path} has no tables, so it is not a netdesk archive; nothing was imported"
    ),
    "archive-not-json": QT_TRANSLATE_NOOP(
        "errors", "{path} is not valid JSON (line {line}, column {column}); nothing was imported"
    ),
    "archive-too-deep": QT_TRANSLATE_NOOP(
        "errors", "{path} is nested too deeply to be a netdesk archive; nothing was imported"
    ),
    "archive-version": QT_TRANSLATE_NOOP(
        "errors",
        "{path} is an archive of version {found}; this netdesk reads version {known};"
        " nothing was imported",
    ),
    "archive-unknown-table": QT_TRANSLATE_NOOP(
        "errors", "{path} holds a table netdesk does not know ({table}); nothing was imported"
    ),
    "archive-bad-table": QT_TRANSLATE_NOOP(
        "errors", "the table {table} in {path} has no columns or rows; nothing was imported"
    ),
    "archive-bad-column": QT_TRANSLATE_NOOP(
        "errors",
        "the archive's {table} table has a column netdesk does not know ({column});"
        " nothing was imported",
    ),
    "archive-missing-column": QT_TRANSLATE_NOOP(
        "errors", "the archive's {table} table has no {column} column; nothing was imported"
    ),
    "archive-bad-row": QT_TRANSLATE_NOOP(
        "errors",
        "row {row} of the archive's {table} table is not a list of {count} values;"
        " nothing was imported",
    ),
    "archive-bad-value": QT_TRANSLATE_NOOP(
        "errors",
        "row {row} of the archive's {table} table: {column} must be {what}; nothing was imported",
    ),
    "archive-bad-meta": QT_TRANSLATE_NOOP(
        "errors",
        "the archive holds the setting '{key}', which is not a preference; nothing was imported",
    ),
    "archive-refused-row": QT_TRANSLATE_NOOP(
        "errors",
        "row {row} of the archive's {table} table was refused ({detail}); nothing was imported",
    ),
    "archive-bad-reference": QT_TRANSLATE_NOOP(
        "errors",
        "a row of the archive's {table} table points at a {parent} row that is not in it;"
        " nothing was imported",
    ),
    "archive-not-empty": QT_TRANSLATE_NOOP(
        "errors",
        "{path} already holds data ({table}): import the archive into an empty database,"
        " or use restore",
    ),
    "erase-not-confirmed": QT_TRANSLATE_NOOP(
        "errors", "nothing erased: add --yes to erase {name} (person {id}) for good"
    ),
    "sync-unreachable": QT_TRANSLATE_NOOP(
        "errors", "cannot reach the sync server {host}; check the address and your connection"
    ),
    "sync-timeout": QT_TRANSLATE_NOOP(
        "errors", "the sync server {host} did not answer in time; try again later"
    ),
    "sync-certificate": QT_TRANSLATE_NOOP(
        "errors",
        "the certificate of {host} is not trusted (self-signed or expired); netdesk only"
        " syncs over verified TLS: install a certificate from a known authority on the server",
    ),
    "sync-auth": QT_TRANSLATE_NOOP(
        "errors", "{host} refused the user name or password; check them (or the app password)"
    ),
    "sync-forbidden": QT_TRANSLATE_NOOP(
        "errors", "the server does not allow this account to use {url}"
    ),
    "sync-not-dav": QT_TRANSLATE_NOOP(
        "errors", "{url} is not a CardDAV or CalDAV server; use the address your provider gives"
    ),
    "sync-bad-url": QT_TRANSLATE_NOOP(
        "errors", "'{url}' is not a server address; use one like https://dav.example.org/"
    ),
    "sync-http": QT_TRANSLATE_NOOP(
        "errors", "the server answered {status} {reason} to {method} {url}"
    ),
    "sync-no-keyring": QT_TRANSLATE_NOOP(
        "errors",
        "no keyring service is running to keep the password; set the environment variable"
        " {variable} for this run (it is never stored)",
    ),
    "sync-no-password": QT_TRANSLATE_NOOP(
        "errors",
        "no password for {user} in the keyring; run 'netdesk sync setup' again or set {variable}",
    ),
    "sync-not-set-up": QT_TRANSLATE_NOOP(
        "errors", "sync is not set up; run 'netdesk sync setup URL --user NAME' first"
    ),
    "sync-no-addressbook": QT_TRANSLATE_NOOP(
        "errors", "no address book found for this account on {url}; create one on the server"
    ),
    "sync-unknown-collection": QT_TRANSLATE_NOOP(
        "errors", "{href} is not one of this account's collections; choose one of: {choices}"
    ),
    "sync-cancelled": QT_TRANSLATE_NOOP(
        "errors", "sync cancelled; what was done is kept and the next sync goes on from there"
    ),
    "sync-failed": QT_TRANSLATE_NOOP("errors", "sync stopped on an unexpected problem ({detail})"),
    "sync-no-conflict": QT_TRANSLATE_NOOP("errors", "there is no sync conflict with id {id}"),
    "sync-busy-card": QT_TRANSLATE_NOOP(
        "errors", "{href} kept changing on the server while netdesk merged it; sync again later"
    ),
}


# What {what} names in the sentences above; translated with them, so the whole sentence is
# in one language.
WHATS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("errors", "card profile"),
    QT_TRANSLATE_NOOP("errors", "goal"),
    QT_TRANSLATE_NOOP("errors", "person"),
    QT_TRANSLATE_NOOP("errors", "tag"),
    QT_TRANSLATE_NOOP("errors", "event"),
    QT_TRANSLATE_NOOP("errors", "follow-up"),
    QT_TRANSLATE_NOOP("errors", "image type"),
    QT_TRANSLATE_NOOP("errors", "paper size"),
    QT_TRANSLATE_NOOP("errors", "sheet layout"),
    QT_TRANSLATE_NOOP("errors", "contact kind"),
    QT_TRANSLATE_NOOP("errors", "goal criterion"),
    QT_TRANSLATE_NOOP("errors", "import format"),
    QT_TRANSLATE_NOOP("errors", "card format"),
    QT_TRANSLATE_NOOP("errors", "source"),
    QT_TRANSLATE_NOOP("errors", "way of meeting"),
    QT_TRANSLATE_NOOP("errors", "rhythm step"),
    QT_TRANSLATE_NOOP("errors", "quick action"),
    QT_TRANSLATE_NOOP("errors", "event kind"),
    QT_TRANSLATE_NOOP("errors", "follow-up list"),
    QT_TRANSLATE_NOOP("errors", "follow-up action"),
    QT_TRANSLATE_NOOP("errors", "interaction kind"),
    QT_TRANSLATE_NOOP("errors", "direction"),
    QT_TRANSLATE_NOOP("errors", "exchange kind"),
    # What a value in an archive must be (archive.py).
    QT_TRANSLATE_NOOP("errors", "a whole number"),
    QT_TRANSLATE_NOOP("errors", "text"),
    QT_TRANSLATE_NOOP("errors", "base64 text"),
    QT_TRANSLATE_NOOP("errors", "topic"),
    QT_TRANSLATE_NOOP("errors", "topic role"),
    QT_TRANSLATE_NOOP("errors", "side"),
)


# C0, DEL and C1 controls, and the invisible marks that reorder or hide text: a file name
# or a line quoted from a file must not move the cursor, retitle the terminal or reverse
# what the user reads.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_controls(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\u202e``)."""
    return _CONTROLS.sub(_escape_one, text)


def _escape_one(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class NetdeskError(Exception):
    """A failure the user can understand and act on; never shown as a traceback."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        template = translate("errors", MESSAGES.get(self.code, self.code))
        # Parameters often quote a file's name or content: shown escaped, never raw.
        params = {
            key: escape_controls(str(value)) if isinstance(value, (str, PathLike)) else value
            for key, value in self.params.items()
        }
        if isinstance(params.get("what"), str):
            params["what"] = translate("errors", params["what"])
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return template
