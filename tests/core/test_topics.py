"""Topics: one topic however it is written, peers across events and organisations, and
needs paired with offers (introduced pairs and people in the trash left out)."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core import demo
from netdesk.core.errors import NetdeskError
from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store
from netdesk.core.topics import peers, topics
from netdesk.core.topics.capture import capture_with_topics
from netdesk.core.topics.keys import parse_marked, singular, topic_key


def _add(store: Store, name: str, **fields: object) -> int:
    return store.people.add(PersonFields(full_name=name, **fields))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("pumping stations", "Pumping station"),
        ("Pumping-Stations!", "pumping station"),
        ("  ageing   pumping   stations ", "Ageing pumping station"),
        ("pompstations", "Pompstation"),
        ("Énergie", "energie"),
        ("Data literacy", "DATA LITERACY"),
        ("uitdagingen", "uitdaging"),
        ("mogelijkheden", "mogelijkheid"),
        ("utilities", "utility"),
        ("processes", "process"),
        ("approaches", "approach"),
        ("foto's", "foto"),
        ("asset_management", "Asset management"),
    ],
)
def test_variants_of_a_label_fold_to_one_key(one: str, other: str) -> None:
    assert topic_key(one) == topic_key(other) != ""


@pytest.mark.parametrize("word", ["business", "status", "analysis", "gas", "bus", "analytics"])
def test_words_that_only_look_plural_are_kept(word: str) -> None:
    assert singular(word) == word


def test_labels_without_words_have_no_key() -> None:
    assert topic_key("  -- !? ") == ""
    assert topic_key("pump stations") != topic_key("pumping stations")  # different words


def test_marked_topics_are_read_with_their_roles() -> None:
    assert parse_marked("? pumping stations; + asset management, * energy, data, ,+") == [
        ("challenge", "pumping stations"),
        ("offer", "asset management"),
        ("interest", "energy"),
        ("challenge", "data"),
    ]


def test_one_topic_written_twice_is_stored_once_with_its_first_label(store: Store) -> None:
    ana, bo = _add(store, "Ana"), _add(store, "Bo")
    first = topics.add_to_person(store, ana, "Ageing pumping stations", "challenge")
    again = topics.add_to_person(store, bo, "ageing pumping-station", "challenge")
    assert first == again
    assert store.scalar("SELECT count(*) FROM topics") == 1
    assert topics.find(store, "AGEING PUMPING STATION").label == "Ageing pumping stations"
    # Adding the same role twice keeps one row; another role is another row.
    topics.add_to_person(store, ana, "ageing pumping stations", "challenge")
    topics.add_to_person(store, ana, "ageing pumping stations", "offer")
    assert [(h.label, h.role) for h in topics.for_person(store, ana)] == [
        ("Ageing pumping stations", "challenge"),
        ("Ageing pumping stations", "offer"),
    ]
    topics.remove_from_person(store, ana, first, "offer")
    assert [h.role for h in topics.for_person(store, ana)] == ["challenge"]


def test_bad_topics_are_refused(store: Store) -> None:
    ana = _add(store, "Ana")
    with pytest.raises(NetdeskError) as empty:
        topics.add_to_person(store, ana, " ?! ", "challenge")
    assert empty.value.code == "empty-name"
    with pytest.raises(NetdeskError) as role:
        topics.add_to_person(store, ana, "pumps", "wish")
    assert role.value.code == "bad-kind"
    with pytest.raises(NetdeskError) as nobody:
        topics.add_to_person(store, 999, "pumps", "offer")
    assert nobody.value.code == "no-person"
    assert store.scalar("SELECT count(*) FROM topics") == 0  # nothing half-written


def test_writes_say_they_changed_topics(store: Store) -> None:
    heard = []
    store.add_listener(heard.append)
    topics.add_mine(store, "Data literacy", "challenge")
    assert heard and "topics" in heard[-1]


def test_suggestions_match_prefixes_and_later_words_ranked_by_use(store: Store) -> None:
    people = [_add(store, f"P{n}") for n in range(4)]
    for pid in people:
        topics.add_to_person(store, pid, "Pumping stations", "challenge")
    topics.add_to_person(store, people[0], "Pump failures", "challenge")
    topics.add_to_person(store, people[0], "Ageing pumping stations", "offer")
    labels = [s.label for s in topics.suggest(store, "pump")]
    assert labels == ["Pumping stations", "Pump failures", "Ageing pumping stations"]
    assert [s.uses for s in topics.suggest(store, "pump")] == [4, 1, 1]
    # Typed in the plural, or half-way: still found.
    assert topics.suggest(store, "Pumping Stations")[0].label == "Pumping stations"
    assert [s.label for s in topics.suggest(store, "station")] == [
        "Pumping stations", "Ageing pumping stations",
    ]  # fmt: skip
    assert topics.suggest(store, "   ") == []


def test_topics_are_proposed_from_the_context_lines_already_stored(store: Store) -> None:
    ana, bo = _add(store, "Ana"), _add(store, "Bo")
    topics.add_to_person(store, bo, "Ageing pumping stations", "challenge")
    topics.add_to_person(store, bo, "Asset management", "offer")
    store.encounters.add([ana], context="same ageing pumping-station problem as us")
    store.encounters.add([ana], context="asked about our asset-management approach")
    proposed = [t.label for t in topics.proposed_for_person(store, ana)]
    assert proposed == ["Ageing pumping stations", "Asset management"]
    topics.add_to_person(store, ana, "asset management", "interest")
    assert [t.label for t in topics.proposed_for_person(store, ana)] == ["Ageing pumping stations"]
    assert topics.proposed_for_person(store, bo) == []  # no context lines


def test_peers_share_a_topic_across_events_and_organisations(store: Store) -> None:
    breakfast = store.events.add("Breakfast", "2026-10-01", kind="breakfast")
    summit = store.events.add("Water summit", "2026-11-05", kind="conference")
    ana = _add(store, "Ana", organisation="Waterschap Rivierenland")
    bo = _add(store, "Bo", organisation="Deltares", department="Pumps", internal=False)
    cy = _add(store, "Cy", organisation="Rivierland Bank", department="Facilities", internal=True)
    dee = _add(store, "Dee")
    store.encounters.add([ana], event_id=breakfast, met_at="2026-10-01T08:00:00Z")
    store.encounters.add([bo], event_id=summit, met_at="2026-11-05T10:00:00Z")
    store.encounters.add([bo], event_id=breakfast, met_at="2026-10-01T08:30:00Z")
    for pid, role in ((ana, "challenge"), (bo, "offer"), (cy, "interest")):
        topics.add_to_person(store, pid, "pumping stations", role)
    topics.add_to_person(store, bo, "pumping station", "challenge")  # two roles: one peer
    topics.add_to_person(store, dee, "tendering", "challenge")
    topic = topics.find(store, "Pumping stations")

    found = {p.full_name: p for p in peers.peers(store, topic.id)}
    assert set(found) == {"Ana", "Bo", "Cy"}
    assert found["Bo"].role == "challenge"  # the first of its roles
    assert (found["Bo"].last_event, found["Bo"].last_met) == ("Water summit", dt.date(2026, 11, 5))
    assert (found["Ana"].last_event_id, found["Ana"].organisation) == (
        breakfast, "Waterschap Rivierenland",
    )  # fmt: skip
    assert found["Cy"].last_met is None and found["Cy"].department == "Facilities"
    assert peers.count(store, topic.id) == 3
    assert [p.full_name for p in peers.peers(store, topic.id, role="offer")] == ["Bo"]
    assert [p.full_name for p in peers.peers(store, topic.id, exclude=ana)] != []
    assert "Ana" not in {p.full_name for p in peers.peers(store, topic.id, exclude=ana)}

    store.people.delete([cy])  # the trash: no longer a peer
    assert peers.count(store, topic.id) == 2


def test_my_challenges_list_the_peers_known_and_where_they_were_met(store: Store) -> None:
    summit = store.events.add("Water summit", "2026-11-05")
    other = store.events.add("Breakfast", "2026-10-01")
    ana, bo, cy = _add(store, "Ana"), _add(store, "Bo"), _add(store, "Cy")
    store.encounters.add([ana, bo], event_id=summit)
    store.encounters.add([cy], event_id=other)
    for pid in (ana, bo, cy):
        topics.add_to_person(store, pid, "Data literacy", "challenge")
    topics.add_mine(store, "data literacy", "challenge")
    topics.add_mine(store, "Asset management", "offer")  # an offer: not a challenge

    found = peers.for_my_challenges(store)
    assert [c.topic for c in found] == ["Data literacy"]
    assert found[0].total == 3
    assert [(e.name, e.peers) for e in found[0].events] == [("Water summit", 2), ("Breakfast", 1)]
    assert peers.for_my_challenges(Store.open(store.path, read_only=True)) == found


def test_needs_are_paired_with_offers_and_introduced_pairs_drop_out(store: Store) -> None:
    lotte = _add(store, "Lotte", organisation="Gemeente Utrecht")
    ravi = _add(store, "Ravi", organisation="Deltares")
    sam = _add(store, "Sam", organisation="Gemeente Utrecht")
    gone = _add(store, "Gone", organisation="KPN")
    for pid in (lotte,):
        topics.add_to_person(store, pid, "Asset management", "challenge")
    for pid in (ravi, sam, gone):
        topics.add_to_person(store, pid, "asset management", "offer")
    topics.add_to_person(store, ravi, "asset management", "challenge")  # needs it as well
    topic = topics.find(store, "asset management")
    store.people.delete([gone])

    pairs = [(m.need.full_name, m.offer.full_name) for m in peers.matches(store, topic.id)]
    # Ravi's need: Sam (Lotte does not offer it). Lotte's: Ravi (another organisation) first.
    assert pairs == [("Ravi", "Sam"), ("Lotte", "Ravi"), ("Lotte", "Sam")]
    assert all("Gone" not in pair for pair in pairs)

    store.introductions.add(ravi, lotte, "asset management")  # in the other order
    pairs = [(m.need.full_name, m.offer.full_name) for m in peers.matches(store, topic.id)]
    assert pairs == [("Ravi", "Sam"), ("Lotte", "Sam")]
    only_sam = peers.matches(store, topic.id, person_id=sam)
    assert [(m.need.full_name, m.offer.full_name) for m in only_sam] == [
        ("Ravi", "Sam"), ("Lotte", "Sam"),
    ]  # fmt: skip
    assert [m.topic for m in peers.all_matches(store)] == ["Asset management"] * 2

    store.introductions.add(sam, lotte)
    store.introductions.add(sam, ravi)
    assert peers.matches(store, topic.id) == []
    assert peers.all_matches(store) == []


def test_matches_for_one_topic_stay_within_the_window(store: Store) -> None:
    demo.fill(store, 2_000, today=dt.date(2026, 11, 20))
    topic = topics.find(store, "Ageing pumping stations")
    found = peers.matches(store, topic.id, limit=500, per_need=2)
    assert found and len(found) <= 2 * peers.MATCH_WINDOW
    introduced = {frozenset(r) for r in store.conn.execute(
        "SELECT person_a, person_b FROM introductions")}  # fmt: skip
    for match in found:
        assert match.need.person_id != match.offer.person_id
        assert frozenset((match.need.person_id, match.offer.person_id)) not in introduced
        roles = {row[0] for row in store.conn.execute(
            "SELECT role FROM person_topics WHERE topic_id = ? AND person_id IN (?, ?)",
            (topic.id, match.need.person_id, match.offer.person_id))}  # fmt: skip
        assert {"challenge", "offer"} <= roles


def test_merging_people_keeps_their_topics_and_attendance(store: Store) -> None:
    event = store.events.add("Summit", "2026-12-01")
    keep, other = _add(store, "Ana Silva"), _add(store, "Ana  Silva")
    topics.add_to_person(store, other, "Pumping stations", "challenge")
    topics.add_to_person(store, keep, "Pumping stations", "challenge")
    topics.add_to_person(store, other, "Tendering", "offer")
    store.conn.execute(
        "INSERT INTO event_attendees (event_id, person_id, added_at) VALUES (?, ?, 'x')",
        (event, other),
    )
    store.duplicates.merge(keep, other)
    assert [(h.label, h.role) for h in topics.for_person(store, keep)] == [
        ("Pumping stations", "challenge"), ("Tendering", "offer"),
    ]  # fmt: skip
    assert store.scalar("SELECT person_id FROM event_attendees") == keep


def test_quick_capture_with_topics_is_one_transaction(store: Store) -> None:
    pid = capture_with_topics(
        store, PersonFields(full_name="Lotte"), context="same pumping station problem",
        held=[("challenge", "pumping stations"), ("offer", "asset management")],
    )  # fmt: skip
    assert [h.role for h in topics.for_person(store, pid)] == ["challenge", "offer"]
    with pytest.raises(NetdeskError):
        capture_with_topics(store, PersonFields(full_name="Bo"), held=[("wish", "pumps")])
    assert store.scalar("SELECT count(*) FROM people") == 1


def test_my_topics_are_added_listed_and_removed(store: Store) -> None:
    pumping = topics.add_mine(store, "Ageing pumping stations", "challenge")
    topics.add_mine(store, "asset management", "offer")
    topics.add_mine(store, "ageing pumping station", "challenge")  # the same one again
    assert [(h.label, h.role) for h in topics.mine(store)] == [
        ("Ageing pumping stations", "challenge"), ("asset management", "offer"),
    ]  # fmt: skip
    topics.remove_mine(store, pumping, "challenge")
    assert [h.role for h in topics.mine(store)] == ["offer"]
    with pytest.raises(NetdeskError) as missing:
        topics.get(store, 999)
    assert missing.value.code == "no-topic"


def test_introduction_outcomes_are_recorded(store: Store) -> None:
    a, b = _add(store, "A"), _add(store, "B")
    intro = store.introductions.add(a, b, "same problem")
    assert store.introductions.set_outcome(intro, "  joint pilot ").outcome == "joint pilot"
    assert [i.outcome for i in store.introductions.recent()] == ["joint pilot"]
    with pytest.raises(NetdeskError) as missing:
        store.introductions.set_outcome(999, "x")
    assert missing.value.code == "no-introduction"


def test_a_goal_naming_a_topic_counts_the_peers_met(store: Store) -> None:
    event = store.events.add(
        "Aqua Nederland", "2026-11-20", goals=("Meet 2 peers with the pumping-station problem",)
    )
    ana, bo, cy = _add(store, "Ana"), _add(store, "Bo"), _add(store, "Cy")
    (goal,) = store.goals.for_event(event)
    assert (goal.progress, goal.target) == (0, 2)  # no such topic yet: counted by hand
    topics.add_to_person(store, ana, "Ageing pumping stations", "challenge")
    topics.add_to_person(store, bo, "pumping station", "offer")
    topics.add_to_person(store, cy, "Tendering", "challenge")
    store.encounters.add([ana, cy], event_id=event)
    assert store.goals.for_event(event)[0].progress == 1  # Ana; Bo was not met there
    store.encounters.add([bo], event_id=event)
    assert store.goals.for_events([event])[event][0].reached
