"""Everyone we know, written for other programs: vCard 3.0, CSV and a JSON backup.

Reads go in a few bulk queries (people, then all contact points, then all
tags), never one query per person, so 100,000 people export in seconds.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netdesk.core.errors import NetdeskError
from netdesk.core.formats import csvfile
from netdesk.core.qr.payload import CRLF, escape_vcard, fold_line, vcard
from netdesk.core.storage import migrations
from netdesk.core.transfer import EXPORT_FOLLOWUP_LISTS, EXPORT_FORMATS

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

JSON_FORMAT = "netdesk-json"
# Tables a JSON backup holds, parents before children so a reader can load in order.
JSON_TABLES = (
    "events", "people", "contact_points", "tags", "person_tags", "encounters",
    "encounter_people", "followups", "interactions", "exchanges", "introductions", "goals",
    "card_profiles", "provenance", "reviews", "email_templates",
)  # fmt: skip


@dataclass(frozen=True)
class Record:
    """One living person with what every export needs."""

    person: dict[str, Any]
    points: list[tuple[str, str, str]]  # (kind, value, label)
    tags: list[str]


def records(store: Store) -> Iterator[Record]:
    """Living people by name, with contact points and tags, in three queries."""
    points: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for pid, kind, value, label in store.conn.execute(
        "SELECT person_id, kind, value, label FROM contact_points ORDER BY person_id, position, id"
    ):
        points[pid].append((kind, value, label))
    tags: dict[int, list[str]] = defaultdict(list)
    for pid, name in store.conn.execute(
        "SELECT pt.person_id, t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id"
        " ORDER BY t.name COLLATE NOCASE"
    ):
        tags[pid].append(name)
    for person in store.rows(
        "SELECT id, full_name, given_name, family_name, organisation, department, title, notes,"
        " internal, vcard_uid FROM people WHERE deleted_at IS NULL"
        " ORDER BY full_name COLLATE NOCASE, id"
    ):
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


def vcards(store: Store) -> tuple[bytes, int]:
    cards = [person_vcard(record) for record in records(store)]
    return "".join(cards).encode("utf-8"), len(cards)


def csv_bytes(store: Store) -> tuple[bytes, int]:
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

    out = io.StringIO()
    count = csvfile.write(rows(), out)
    # A BOM so that Excel reads UTF-8 names (José, Ørsted) correctly.
    return ("\ufeff" + out.getvalue()).encode("utf-8"), count


def json_bytes(store: Store) -> tuple[bytes, int]:
    """Every table as plain JSON: a backup any program can read, photos left out."""
    tables = {}
    for table in JSON_TABLES:
        rows = store.rows(f"SELECT * FROM {table}")
        for row in rows:
            row.pop("photo", None)
        tables[table] = rows
    document = {
        "format": JSON_FORMAT,
        "schema": migrations.SCHEMA_VERSION,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "tables": tables,
    }
    text = json.dumps(document, ensure_ascii=False, indent=1)
    return text.encode("utf-8"), len(tables["people"])


FORMATS = EXPORT_FORMATS
FOLLOWUP_LISTS = EXPORT_FOLLOWUP_LISTS


def ics_bytes(
    store: Store, *, which: str = "open", timezone: str | None = None
) -> tuple[bytes, dict[str, Any]]:
    """Follow-ups as iCalendar (tasks, plus events with alarms for timed ones)."""
    from netdesk.core.formats import ics

    if which not in FOLLOWUP_LISTS:
        raise NetdeskError(
            "bad-kind", value=which, what="follow-up list", choices=", ".join(FOLLOWUP_LISTS)
        )
    tz = ics.zone(timezone) if timezone else ics.local_zone()
    followups = store.followups.list(which)
    names = {e.id: e.name for e in store.events.list()}
    data = ics.serialise(followups, tz=tz, event_names=names)
    timed = sum(1 for f in followups if f.due_time and f.status != "done")
    return data, {"todos": len(followups), "events": timed, "timezone": tz.key}


def export(
    store: Store, fmt: str, *, which: str = "open", timezone: str | None = None
) -> tuple[bytes, dict[str, Any]]:
    """The file contents for ``fmt`` and a summary of what is in it."""
    fmt = fmt.strip().lower()
    if fmt == "ics":
        return ics_bytes(store, which=which, timezone=timezone)
    people = {"vcard": vcards, "csv": csv_bytes, "json": json_bytes}.get(fmt)
    if people is None:
        raise NetdeskError("export-format", value=fmt, choices=", ".join(FORMATS))
    data, count = people(store)
    return data, {"people": count}
