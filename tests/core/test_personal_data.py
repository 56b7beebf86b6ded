"""One person's data: exported whole (a data-subject request), and erased leaving nothing."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest

from netdesk.core.errors import NetdeskError
from netdesk.core.people.erase import erase_person
from netdesk.core.people.personal_data import collect, export_person
from netdesk.core.storage.store import Store
from tests.core.archive_data import PHOTO, SUBJECT_EMAIL, SUBJECT_NAME, fill


@pytest.fixture
def subject(store: Store) -> int:
    return fill(store, people=30)


def test_the_export_holds_every_kind_of_record(store: Store, subject: int) -> None:
    document = collect(store, subject)
    assert (document["netdesk"], document["version"]) == ("person", 1)
    person = document["person"]
    assert (person["full_name"], person["name_guessed"], person["cadence_days"]) == (
        SUBJECT_NAME,
        1,
        30,
    )
    assert base64.b64decode(person["photo"]) == PHOTO
    empty = [key for key, value in document.items() if isinstance(value, list) and not value]
    assert empty == []
    assert document["contact_points"][0]["value"] == SUBJECT_EMAIL
    assert document["tags"] == [{"name": "quux-pumps", "cadence_days": 14}]
    assert {i["why"] for i in document["introductions"]} == {"pumps", "peers"}
    assert document["encounters"][0]["introduced_by_name"]
    assert document["topics"][0]["label"] == "Pumps"
    assert document["imports"][0]["source"] == "cards.vcf"
    assert document["sync_links"][0]["uid"] == "b1946ac9-2f1e"


def test_the_export_is_a_private_json_file(store: Store, subject: int, tmp_path: Path) -> None:
    target = tmp_path / "zebedee.json"
    done = export_person(store, subject, target)
    assert done["name"] == SUBJECT_NAME and done["records"]["followups"] == 1
    assert os.stat(target).st_mode & 0o777 == 0o600
    assert json.loads(target.read_text(encoding="utf-8"))["person"]["id"] == subject


def test_someone_in_the_trash_can_be_exported_and_erased(store: Store, subject: int) -> None:
    store.people.delete([subject])
    assert collect(store, subject)["person"]["deleted_at"]
    erase_person(store, subject)
    with pytest.raises(NetdeskError, match=f"no person with id {subject}"):
        collect(store, subject)


def _people_columns(store: Store) -> dict[str, list[str]]:
    """Every column of every table that refers to a person."""
    found: dict[str, list[str]] = {}
    tables = [r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        for row in store.conn.execute(f"PRAGMA foreign_key_list({table})"):
            if row[2] == "people":
                found.setdefault(table, []).append(row[3])
    return found


def test_erase_leaves_no_row_anywhere_naming_the_person(store: Store, subject: int) -> None:
    erased = erase_person(store, subject)
    assert erased.name == SUBJECT_NAME
    for table, cols in _people_columns(store).items():
        for col in cols:
            assert not store.scalar(f"SELECT count(*) FROM {table} WHERE {col} = ?", (subject,))
    assert not store.scalar("SELECT count(*) FROM people WHERE id = ?", (subject,))
    # Their name, email, photo or UID in any text of any table, the search index included.
    tables = [r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    needles = (SUBJECT_NAME, "Zebedee", SUBJECT_EMAIL, "zebedee")
    for table in tables:
        for row in store.conn.execute(f"SELECT * FROM {table}"):
            for value in row:
                if isinstance(value, str):
                    assert not any(n in value for n in needles), (table, row)
                elif isinstance(value, bytes):
                    assert PHOTO not in value, table
    assert not store.scalar("SELECT count(*) FROM people_fts WHERE people_fts MATCH 'zebedee'")
    assert not store.scalar("SELECT count(*) FROM people_fts WHERE people_fts MATCH 'quux'")


def test_erase_keeps_what_belongs_to_others(store: Store, subject: int) -> None:
    people = store.scalar("SELECT count(*) FROM people")
    shared = store.scalar("SELECT id FROM encounters WHERE context = 'the three of us'")
    erase_person(store, subject)
    assert store.scalar("SELECT count(*) FROM people") == people - 1
    # The encounter met with someone else stays theirs; the one only with them is gone.
    assert store.scalar("SELECT count(*) FROM encounter_people WHERE encounter_id = ?", (shared,))
    assert not store.scalar("SELECT count(*) FROM encounters WHERE context LIKE '%Zebedee%'")
    # The sync links stay, emptied: the deletions still to send to the server.
    assert (
        store.rows("SELECT person_id, followup_id, base, stamp FROM sync_items")
        == [{"person_id": None, "followup_id": None, "base": "{}", "stamp": ""}] * 2
    )


def test_erase_of_nobody_is_one_line(store: Store) -> None:
    with pytest.raises(NetdeskError, match="no person with id 4242"):
        erase_person(store, 4242)


def test_emptying_the_trash_leaves_no_meeting_about_the_people_in_it(store: Store) -> None:
    from netdesk.core.model import PersonFields

    gone = store.people.add(PersonFields("Tess Trash"))
    kept = store.people.add(PersonFields("Kees Kept"))
    alone = store.encounters.add([gone], context="told me about her divorce")
    shared = store.encounters.add([gone, kept], context="lunch with both")
    store.people.delete([gone])
    store.trash.empty()
    left = {row["id"] for row in store.rows("SELECT id FROM encounters")}
    assert alone not in left and shared in left  # a meeting with someone else stays theirs
