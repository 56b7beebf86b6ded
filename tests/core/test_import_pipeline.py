"""The import pipeline on files as real programs write them: reading, the plan, applying
it as one batch, undo; salvage of nameless records; the search index kept right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netdesk.core.errors import NetdeskError
from netdesk.core.formats import csvfile
from netdesk.core.model import ContactPoint, PersonFields
from netdesk.core.storage.search_index import fts_refresh_statements
from netdesk.core.storage.store import Store
from netdesk.core.transfer.applying import apply_plan
from netdesk.core.transfer.batches import list_batches, undo_batch
from netdesk.core.transfer.importing import csv_table, import_files, plan_files
from netdesk.core.transfer.mappings import apply_spec, mapping_for, remember

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def fixture(name: str) -> Path:
    return FIXTURES / name


def names(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT full_name FROM people ORDER BY id")]


def test_google_csv_nameless_rows_are_salvaged_and_an_empty_row_is_reported(store) -> None:
    plan = plan_files(store, [fixture("google.csv")])
    assert plan.counts() == {"new": 4, "merge": 0, "duplicate": 0, "unchanged": 0, "unusable": 1}
    summary = apply_plan(store, plan)
    assert names(store) == ["José Ørsted", "Helpdesk", "Deltares", "Priya Raman"]
    guessed = dict(store.conn.execute("SELECT full_name, name_guessed FROM people"))
    assert guessed == {"José Ørsted": 0, "Helpdesk": 1, "Deltares": 1, "Priya Raman": 0}
    (error,) = [e for e in summary.errors if "row 5" in e["where"]]
    assert error["reason"] == "no name, organisation, address, phone or link"
    jose = store.people.get(summary.items[0].person_id)
    assert [c.value for c in jose.contacts] == [
        "jose@ws.example",
        "jose.o@home.example",
        "+31 6 1234 5678",
        "https://www.linkedin.com/in/jose-orsted",
    ]
    assert (jose.organisation, jose.title, jose.department) == (
        "Waterschap Rivierenland",
        "Asset manager",
        "Pumping stations",
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("linkedin_connections.csv", [("Wei Zhang", "Deltares", "Researcher")]),
        ("outlook.csv", [("Margaret Okafor", "Thames Water", "Head of Asset Management")]),
        ("thunderbird.csv", [("Lars Nilsson (SMHI)", "SMHI", "Hydrologist")]),
        ("kaddressbook.csv", [("Ines Barbosa", "LNEC", "Project lead")]),
        ("attendees_cp1252.csv", [("Zoë O'Brien-Smith", "Straße & Co", "")]),
        ("outlook_utf16.txt", [("Łukasz Wróbel", "MPWiK Wrocław", "")]),
        ("headerless.csv", [("Fatima Haddad", "Port of Rotterdam", "")]),
    ],
)
def test_csv_exports_of_each_program_are_mapped(store, name: str, expected) -> None:
    summary = import_files(store, [fixture(name)])
    first = store.people.get(summary.items[0].person_id)
    assert [(first.full_name, first.organisation, first.title)] == expected
    assert first.contacts, "an address or number was read"


def test_encodings_and_separators_are_detected() -> None:
    found = {
        name: (table.encoding, table.delimiter)
        for name in ("attendees_cp1252.csv", "outlook_utf16.txt", "google.csv")
        for table in [csv_table(fixture(name))]
    }
    assert found == {
        "attendees_cp1252.csv": ("windows-1252", ";"),
        "outlook_utf16.txt": ("utf-16", "\t"),
        "google.csv": ("utf-8", ","),
    }
    bom = csvfile.read_table("Name,Email\nA B,a@example.org\n".encode("utf-8-sig"))
    assert (bom.encoding, bom.header) == ("utf-8", ("Name", "Email"))


def test_outlook_title_is_the_honorific_and_job_title_the_job() -> None:
    mapping = csvfile.guess_mapping(csv_table(fixture("outlook.csv")))
    table = csv_table(fixture("outlook.csv"))
    assert table.header is not None
    by_heading = dict(zip(table.header, mapping, strict=True))
    assert by_heading["Title"] == "" and by_heading["Job Title"] == "title"
    assert by_heading["Business Fax"] == "" and by_heading["Business Phone"] == "phone"


def test_headerless_file_is_mapped_by_content() -> None:
    table = csv_table(fixture("headerless.csv"))
    assert table.header is None
    assert csvfile.guess_mapping(table) == ("full_name", "organisation", "email", "phone")


def test_vcard_21_android_quoted_printable_and_40_with_empty_fn(store) -> None:
    summary = import_files(store, [fixture("android_21.vcf"), fixture("vcard40_empty_fn.vcf")])
    assert names(store) == [
        "Jürgen Müller",
        "+49 160 9876543",
        "Åsa Åström",
        "Info",
        "Vitens",
        "Noor Bakker",
    ]
    juergen = store.people.get(summary.items[0].person_id)
    assert juergen.notes == "Straße und Wasser, ein langer Satz über Pumpen"
    guessed = [item.name_guessed for item in summary.items]
    assert guessed == [False, True, False, True, True, False]


def test_malformed_files_report_place_and_reason_and_keep_the_rest(store) -> None:
    plan = plan_files(store, [fixture("malformed.vcf"), fixture("malformed.csv")])
    unusable = {row.where: row.reason for row in plan.rows if row.action == "unusable"}
    assert unusable == {
        "malformed.vcf, card 2, line 7": (
            "the card has no name, organisation, address, phone or link"
        ),
        "malformed.csv, row 4": "no name, organisation, address, phone or link",
        "malformed.csv, row 5": "a quote opened on this row is never closed; the row was left out",
    }
    notes = {n["where"]: n["reason"] for n in plan.notes}
    assert notes["malformed.vcf, card 1, line 4"] == "no ':' between name and value"
    assert notes["malformed.vcf, card 3, line 11"] == "the card has no END:VCARD"
    apply_plan(store, plan)
    assert names(store) == ["Kept Person", "Unfinished Card", "Good Person"]


def test_plan_writes_nothing_and_shows_merges_field_by_field(store) -> None:
    known = store.people.add(
        PersonFields(
            "José Ørsted", title="Engineer", contacts=(ContactPoint("email", "jose@ws.example"),)
        )
    )
    before = store.conn.total_changes
    plan = plan_files(store, [fixture("google.csv")])
    assert store.conn.total_changes == before
    (merge,) = [row for row in plan.rows if row.action == "merge"]
    assert (merge.person_id, merge.person_name) == (known, "José Ørsted")
    states = {(c.field, c.state) for c in merge.changes}
    assert ("organisation", "fill") in states and ("title", "differs") in states
    assert ("phone", "add") in states and ("email", "add") in states


def test_duplicates_within_a_file_fold_into_the_first(store, tmp_path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text(
        "Name,Email,Phone\nAda Lovelace,ada@example.org,\nAda Lovelace,ada@example.org,"
        "+44 20 7946 0001\nGrace Hopper,grace@example.org,\n",
        encoding="utf-8",
    )
    plan = plan_files(store, [path])
    assert [row.action for row in plan.rows] == ["new", "duplicate", "new"]
    assert plan.rows[1].duplicate_of == 0
    summary = apply_plan(store, plan)
    assert names(store) == ["Ada Lovelace", "Grace Hopper"]
    ada = store.people.get(summary.items[0].person_id)
    assert [c.kind for c in ada.contacts] == ["email", "phone"]
    # Unticking the first row makes the second the one added.
    store.conn.execute("DELETE FROM people")
    again = apply_plan(store, plan_files(store, [path]), skip={0})
    assert [item.where for item in again.items] == ["twice.csv, row 3", "twice.csv, row 4"]


def test_unticked_rows_are_not_imported(store) -> None:
    plan = plan_files(store, [fixture("headerless.csv")])
    summary = apply_plan(store, plan, skip={1})
    assert names(store) == ["Fatima Haddad", "Kenji Sato"]
    assert summary.batch is not None


def test_second_import_of_the_same_files_changes_nothing(store) -> None:
    files = [fixture(n) for n in ("google.csv", "android_21.vcf", "kaddressbook.csv")]
    first = import_files(store, files)
    versions = dict(store.conn.execute("SELECT kind, version FROM change_counters"))
    second = import_files(store, files)
    assert second.count("unchanged") == len(first.items)
    assert second.count("created") == second.count("merged") == 0
    assert second.batch is None
    assert dict(store.conn.execute("SELECT kind, version FROM change_counters")) == versions
    assert len(list_batches(store)) == 1


def test_batch_undo_removes_added_restores_merged_and_keeps_later_edits(store) -> None:
    known = store.people.add(
        PersonFields("Priya Raman", contacts=(ContactPoint("email", "priya@example.in"),)),
        source="manual",
    )
    store.people.delete([known])  # in the trash: the import brings her back
    before = store.people.get(known, include_deleted=True)
    summary = import_files(store, [fixture("google.csv")])
    batch = summary.batch
    assert batch is not None and summary.count("merged") == 1
    edited = summary.items[0].person_id  # José: the user edits him after the import
    store.conn.execute(
        "UPDATE people SET updated_at = '2099-01-01T00:00:00Z', title = 'Chief' WHERE id = ?",
        (edited,),
    )
    result = undo_batch(store, batch)
    assert result.kept == [(edited, "José Ørsted")]
    assert result.restored == [known]
    assert names(store) == ["Priya Raman", "José Ørsted"]
    after = store.people.get(known, include_deleted=True)
    assert after == before  # back in the trash, as she was
    (listed,) = list_batches(store)
    assert listed.undone_at is not None and listed.counts["created"] == 3
    with pytest.raises(NetdeskError) as error:
        undo_batch(store, batch)
    assert error.value.code == "import-undone"
    # The search index follows: the removed are gone, the kept found.
    found = {r[0] for r in store.conn.execute("SELECT rowid FROM people_fts")}
    assert found == {edited}


def test_search_finds_imported_people_and_merged_details(store) -> None:
    link = ContactPoint("url", "linkedin.com/in/weizhang")
    known = store.people.add(PersonFields("Wei Zhang", contacts=(link,)))
    import_files(store, [fixture("linkedin_connections.csv"), fixture("headerless.csv")])
    assert [r.id for r in store.people.search("Researcher")] == [known]
    assert [r.full_name for r in store.people.search("Rotterdam")] == ["Fatima Haddad"]


def test_remembered_mapping_is_used_for_the_same_header(store, tmp_path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Wie,Waar,Adres\nJan Smit,Acme,jan@example.org\n", encoding="utf-8")
    table = csv_table(path)
    # Headings nobody exports: the first row is no data, the columns read by content.
    assert mapping_for(store, table) == ("full_name", "organisation", "email")
    remember(store, table.header_key, ("full_name", "notes", "email"))
    summary = import_files(store, [path])
    person = store.people.get(summary.items[0].person_id)
    assert (person.full_name, person.organisation, person.notes) == ("Jan Smit", "", "Acme")
    assert json.loads(store.scalar("SELECT mapping FROM csv_mappings"))[0] == "full_name"


def test_a_saved_mapping_names_columns_by_heading_or_number() -> None:
    table = csv_table(fixture("headerless.csv"))
    mapping = apply_spec(table, csvfile.guess_mapping(table), {"2": "", "1": "notes"})
    assert mapping == ["notes", "", "email", "phone"]
    with pytest.raises(NetdeskError) as error:
        apply_spec(table, mapping, {"Fax": "phone"})
    assert error.value.code == "mapping-no-column"


def test_numbers_written_internationally_skip_parsing_and_agree_with_phonenumbers() -> None:
    import random

    import phonenumbers

    from netdesk.core.people.contacts import normalize_phone, plain_international

    rng = random.Random(7)
    codes = list(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    numbers = ["+31 6 1234 5678", "+44 020 7946 0958", "+7 8 495 1234567", "+54 9 11 1234 5678"]
    numbers += [
        f"+{rng.choice(codes)} "
        + "".join(rng.choice("0123456789") for _ in range(rng.randint(4, 13)))
        for _ in range(2000)
    ]
    taken = [(n, plain_international(n)) for n in numbers]
    assert sum(fast is not None for _n, fast in taken) > 1500
    assert [(n, f) for n, f in taken if f is not None and f != normalize_phone(n)] == []
    assert plain_international("+31 (0)6 1234 5678") is None  # brackets: phonenumbers decides


def test_search_rows_written_by_the_import_are_those_the_index_statement_makes(store) -> None:
    store.people.add(PersonFields("Søren Ærø", organisation="HOFOR"))
    import_files(store, [fixture(n) for n in ("google.csv", "outlook_utf16.txt", "android_21.vcf")])
    written = store.conn.execute("SELECT rowid, * FROM people_fts ORDER BY rowid").fetchall()
    ids = ",".join(str(r[0]) for r in store.conn.execute("SELECT id FROM people"))
    with store.transaction() as conn:
        for statement in fts_refresh_statements(ids):
            conn.execute(statement)
    again = store.conn.execute("SELECT rowid, * FROM people_fts ORDER BY rowid").fetchall()
    assert written == again and len(written) == 10
    assert [r.full_name for r in store.people.search("soren")] == ["Søren Ærø", "Søren Ærø"]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/Jose/",
        "http://Example.ORG",
        "https://a.example:8080/x/y?q=1#f",
        "HTTPS://WWW.X.NL/Pad/",
        "https://a.b.c!x",
        "https://user@a.example/p",
        "linkedin.com/in/wei",
    ],
)
def test_link_keys_taken_without_splitting_agree_with_urlsplit(url: str) -> None:
    from urllib.parse import urlsplit

    from netdesk.core.people.contacts import normalize

    parts = urlsplit(url if "://" in url else f"https://{url}")
    host = parts.netloc.lower().removeprefix("www.")
    assert normalize("url", url) == f"{host}{parts.path.rstrip('/')}".lower()


def test_undo_removes_what_hangs_on_the_people_it_added(store) -> None:
    known = store.people.add(PersonFields("Anouk Peters"))
    summary = import_files(store, [fixture("headerless.csv")])
    added = summary.items[0].person_id
    store.followups.add(added, "Send the report", "2026-12-01")
    met = store.encounters.add([known], introduced_by=added, context="via Fatima")
    undone = undo_batch(store, summary.batch)
    assert sorted(undone.removed) == sorted(summary.ids)
    assert store.scalar("SELECT count(*) FROM followups") == 0
    assert store.scalar("SELECT introduced_by FROM encounters WHERE id = ?", (met,)) is None
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert store.scalar("PRAGMA foreign_keys") == 1  # enforcement is back on
    assert [r.id for r in store.people.search("Fatima")] == [known]  # the context stays


def test_undo_inside_an_open_transaction_lets_sqlite_do_it(store) -> None:
    summary = import_files(store, [fixture("headerless.csv")])
    with store.transaction():
        undone = undo_batch(store, summary.batch)
    assert len(undone.removed) == 3 and names(store) == []


def test_undo_takes_back_only_its_own_meetings_at_the_event(store) -> None:
    event = store.events.add("Workshop", "2026-11-20")
    first = import_files(store, [fixture("google.csv")], event_id=event)
    # The second import, likely in the same second: three new, four already met there.
    second = import_files(store, [fixture("android_21.vcf"), fixture("google.csv")], event_id=event)
    assert store.events.get(event).people_met == 7
    undo_batch(store, first.batch)
    assert store.events.get(event).people_met == 3
    # Known, unchanged, but met at another event: undo takes that meeting back too.
    other = store.events.add("Breakfast", "2026-11-21")
    third = import_files(store, [fixture("android_21.vcf")], event_id=other)
    assert third.count("unchanged") == 3 and third.batch is not None
    assert store.events.get(other).people_met == 3
    undone = undo_batch(store, third.batch)
    assert store.events.get(other).people_met == 0 and undone.removed == undone.restored == []
    undo_batch(store, second.batch)
    assert names(store) == []


def test_a_file_for_an_event_still_to_come_is_its_attendee_list(store) -> None:
    import datetime as dt

    soon = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    event = store.events.add("Aqua Nederland", soon, kind="conference")
    imported = import_files(store, [fixture("google.csv")], event_id=event)
    expected = {
        row["person_id"]
        for row in store.rows("SELECT person_id FROM event_attendees WHERE event_id = ?", (event,))
    }
    assert expected == set(imported.ids) and expected  # all on the list…
    assert store.events.get(event).people_met == 0  # …and nobody met there yet
    again = import_files(store, [fixture("google.csv")], event_id=event)
    assert again.batch is None  # the same list twice: nothing to record
    undo_batch(store, imported.batch)
    assert store.scalar("SELECT count(*) FROM event_attendees") == 0
