"""Names sort the way a reader expects: accents and case do not move them (issue 15)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from netdesk.core.model import PersonFields
from netdesk.core.people.query import PersonQuery
from netdesk.core.storage.store import Store


def names_in_order(store: Store, **query: object) -> list[str]:
    ids = store.people.ids(PersonQuery(**query))
    return [row.full_name for row in store.people.rows(ids)]


def test_accents_and_case_do_not_move_a_name(store: Store) -> None:
    for name in ("Hiroshi Tanaka", "hélène Dubois", "Hélène Aubert", "Øystein Berg", "Oscar Wilde"):
        store.people.add(PersonFields(full_name=name))
    assert names_in_order(store) == [
        "Hélène Aubert", "hélène Dubois", "Hiroshi Tanaka", "Oscar Wilde", "Øystein Berg",
    ]  # fmt: skip
    assert names_in_order(store, descending=True)[0] == "Øystein Berg"


def test_a_rename_sorts_again(store: Store) -> None:
    first = store.people.add(PersonFields(full_name="Zoë Zimmer"))
    store.people.add(PersonFields(full_name="Maria Meyer"))
    store.people.update(first, PersonFields(full_name="Ådne Aas"))
    assert names_in_order(store) == ["Ådne Aas", "Maria Meyer"]


def test_a_name_written_by_another_program_is_sorted_when_netdesk_opens_it(
    store: Store, db_path: Path
) -> None:
    store.people.add(PersonFields(full_name="Maria Meyer"))
    store.close()
    other = sqlite3.connect(db_path)
    with other:
        other.execute("UPDATE people SET full_name = 'Émile Zola'")  # the trigger empties the key
        assert other.execute("SELECT sort_name FROM people").fetchone() == (None,)
    other.close()
    with Store.open(db_path) as reopened:
        key = reopened.conn.execute("SELECT sort_name FROM people").fetchone()[0]
    assert key == "emile zola"
