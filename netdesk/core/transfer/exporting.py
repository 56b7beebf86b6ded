"""Everyone we know, written for other programs: vCard 3.0, CSV, the JSON archive, and
follow-ups as iCalendar.

Every format is written as it is read, to a file object: 100,000 people export
without the whole file (or every person) in memory. People are read a page at a
time, with their contact points and tags in one query per page, never one query
per person.
"""

from __future__ import annotations

import io
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from netdesk.core.errors import NetdeskError
from netdesk.core.files.paths import private_temp
from netdesk.core.formats import csvfile
from netdesk.core.qr.payload import CRLF, escape_vcard, fold_line, vcard
from netdesk.core.transfer import EXPORT_FOLLOWUP_LISTS, EXPORT_FORMATS

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

# The JSON export before the archive (people and every table, photos left out): still
# read by importing.py, so that a backup made by an older netdesk comes back in.
JSON_FORMAT = "netdesk-json"
# People read and written per step: enough to keep the queries few, small in memory.
PAGE = 1000


@dataclass(frozen=True)
class Record:
    """One living person with what every export needs."""

    person: Mapping[str, Any]  # a sqlite3.Row
    points: list[tuple[str, str, str]]  # (kind, value, label)
    tags: list[str]


def records(store: Store) -> Iterator[Record]:
    """Living people by name, with contact points and tags, a page at a time."""
    conn = store.conn
    cursor = conn.execute(
        "SELECT id, full_name, given_name, family_name, organisation, department, title, notes,"
        " internal, vcard_uid FROM people WHERE deleted_at IS NULL"
        " ORDER BY full_name COLLATE NOCASE, id"
    )
    # Rows readable by column name, made in C: no dictionary per person.
    cursor.row_factory = sqlite3.Row
    while people := cursor.fetchmany(PAGE):
        ids = ",".join(str(p["id"]) for p in people)  # integers from the database itself
        points: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
        for pid, kind, value, label in conn.execute(
            "SELECT person_id, kind, value, label FROM contact_points"
            f" WHERE person_id IN ({ids}) ORDER BY person_id, position, id"
        ):
            points[pid].append((kind, value, label))
        tags: dict[int, list[str]] = defaultdict(list)
        for pid, name in conn.execute(
            "SELECT pt.person_id, t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id"
            f" WHERE pt.person_id IN ({ids}) ORDER BY t.name COLLATE NOCASE"
        ):
            tags[pid].append(name)
        for person in people:
            yield Record(person, points[person["id"]], tags[person["id"]])


def person_vcard(record: Record) -> str:
    """A vCard 3.0 for one person, with a stable UID so re-imports merge, not duplicate."""
    person = record.person
    fields = {
        "name": person["full_name"],
        "organisation": person["organisation"],
        "department": person["department"],
        "title": person["title"],
        "emails": [value for kind, value, _ in record.points if kind == "email"],
        "phones": [value for kind, value, _ in record.points if kind == "phone"],
        "urls": [value for kind, value, _ in record.points if kind == "url"],
        "note": person["notes"],
    }
    uid = person["vcard_uid"] or f"netdesk-person-{person['id']}"
    extra = [fold_line(f"UID:{escape_vcard(uid)}")]
    if record.tags:
        extra.append(fold_line("CATEGORIES:" + ",".join(escape_vcard(t) for t in record.tags)))
    card = vcard(fields)
    return card.replace("END:VCARD" + CRLF, CRLF.join(extra) + CRLF + "END:VCARD" + CRLF)


def write_vcards(store: Store, out: IO[bytes]) -> int:
    count = 0
    for record in records(store):
        out.write(person_vcard(record).encode("utf-8"))
        count += 1
    return count


def write_csv(store: Store, out: IO[bytes]) -> int:
    def rows() -> Iterator[list[str]]:
        for record in records(store):
            p = record.person

            def joined(kind: str, points: list = record.points) -> str:
                return " ::: ".join(value for k, value, _ in points if k == kind)

            yield [
                p["full_name"],
                p["given_name"],
                p["family_name"],
                p["organisation"],
                p["department"],
                p["title"],
                joined("email"),
                joined("phone"),
                joined("url"),
                ", ".join(record.tags),
                "yes" if p["internal"] else "no",
                p["notes"],
            ]

    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    try:
        # A BOM so that Excel reads UTF-8 names (José, Ørsted) correctly.
        text.write("\ufeff")
        count = csvfile.write(rows(), text)
        text.flush()
    finally:
        text.detach()  # the caller's file stays open
    return count


def write_archive(store: Store, out: IO[bytes]) -> int:
    """Every table (archive.py); the count is of people, the trash included."""
    from netdesk.core.transfer import archive

    return archive.write(store, out)["people"]


FORMATS = EXPORT_FORMATS
FOLLOWUP_LISTS = EXPORT_FOLLOWUP_LISTS


def write_ics(
    store: Store, out: IO[bytes], *, which: str = "open", timezone: str | None = None
) -> dict[str, Any]:
    """Follow-ups as iCalendar (tasks, plus events with alarms for timed ones)."""
    from netdesk.core.formats import ics

    if which not in FOLLOWUP_LISTS:
        raise NetdeskError(
            "bad-kind", value=which, what="follow-up list", choices=", ".join(FOLLOWUP_LISTS)
        )
    tz = ics.zone(timezone) if timezone else ics.local_zone()
    followups = store.followups.list(which)
    names = {e.id: e.name for e in store.events.list()}
    ics.write_calendar(followups, out, tz=tz, event_names=names)
    timed = sum(1 for f in followups if f.due_time and f.status != "done")
    return {"todos": len(followups), "events": timed, "timezone": tz.key}


def write(
    store: Store,
    fmt: str,
    out: IO[bytes],
    *,
    which: str = "open",
    timezone: str | None = None,
) -> dict[str, Any]:
    """Write ``fmt`` to ``out`` as it is read; returns a summary of what is in it."""
    fmt = fmt.strip().lower()
    if fmt == "ics":
        return write_ics(store, out, which=which, timezone=timezone)
    people = {"vcard": write_vcards, "csv": write_csv, "json": write_archive}.get(fmt)
    if people is None:
        raise NetdeskError("export-format", value=fmt, choices=", ".join(FORMATS))
    return {"people": people(store, out)}


def export_to(
    store: Store,
    fmt: str,
    target: Path,
    *,
    which: str = "open",
    timezone: str | None = None,
) -> dict[str, Any]:
    """Write ``fmt`` to the file ``target`` (0600): the whole export, or nothing and any
    older file kept."""
    if fmt.strip().lower() not in FORMATS:  # before a temporary file is made
        raise NetdeskError("export-format", value=fmt, choices=", ".join(FORMATS))
    with (
        private_temp(target) as temp,
        open(temp.fd, "wb", buffering=1 << 20, closefd=False) as handle,
    ):
        return write(store, fmt, handle, which=which, timezone=timezone)


def export(
    store: Store, fmt: str, *, which: str = "open", timezone: str | None = None
) -> tuple[bytes, dict[str, Any]]:
    """The file contents for ``fmt`` in memory, and a summary (for small exports and tests)."""
    out = io.BytesIO()
    summary = write(store, fmt, out, which=which, timezone=timezone)
    return out.getvalue(), summary
