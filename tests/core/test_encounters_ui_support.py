"""Encounters.remove: the undo of adding people to an event."""

from __future__ import annotations

from netdesk.core.model import PersonFields
from netdesk.core.people.query import PersonQuery
from netdesk.core.storage.store import Store


def test_removing_an_encounter_undoes_adding_it(store: Store) -> None:
    event = store.events.add("Breakfast", "2026-11-20")
    pid = store.people.add(PersonFields(full_name="Joris Bakker"))
    encounter = store.encounters.add([pid], event_id=event)
    assert store.people.ids(PersonQuery(event_id=event)) == [pid]
    store.encounters.remove(encounter)
    assert store.people.ids(PersonQuery(event_id=event)) == []
    assert store.encounters.for_person(pid) == []
    assert store.people.exists(pid)
