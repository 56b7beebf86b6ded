"""Email draft templates: filled from the person, event and context; editable and stored."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import pytest

from netdesk.core.errors import NetdeskError
from netdesk.core.followups import templates
from netdesk.core.model import ContactPoint, PersonFields
from netdesk.core.storage.store import Store


def _setup(store: Store) -> tuple[int, int, int]:
    event = store.events.add("Water board breakfast", "2026-11-20")
    ada = store.people.add(
        PersonFields(
            full_name="Ada Peters",
            given_name="Ada",
            organisation="Waterschap Delfland",
            contacts=(ContactPoint("email", "ada@delfland.example"),),
        ),
        event_id=event,
        context="ageing pumping station",
    )
    bo = store.people.add(
        PersonFields(
            full_name="Bo Jansen",
            organisation="Hoogheemraadschap",
            contacts=(ContactPoint("email", "bo@hhr.example"),),
        )
    )
    store.cards.save("work", {"name": "Sam Maker"})
    return event, ada, bo


def test_thank_you_draft_is_filled(store: Store) -> None:
    event, ada, _ = _setup(store)
    draft = templates.draft(store, "thanks", ada, event_id=event)
    assert draft.to == ("ada@delfland.example",)
    assert draft.subject == "Good to meet you at Water board breakfast"
    assert draft.body.startswith("Hi Ada,")
    assert "(ageing pumping station)" in draft.body
    assert draft.body.rstrip().endswith("Sam Maker")


def test_introduction_draft_goes_to_both(store: Store) -> None:
    _, ada, bo = _setup(store)
    draft = templates.draft(store, "introduction", ada, other_id=bo, why="same pump problem")
    assert draft.to == ("ada@delfland.example", "bo@hhr.example")
    assert draft.subject == "Introduction: Ada Peters and Bo Jansen"
    assert "Hi Ada and Bo," in draft.body
    assert "same pump problem" in draft.body


def test_templates_are_editable_stored_and_resettable(db_path: Path) -> None:
    with Store.open(db_path) as store:
        _, ada, _ = _setup(store)
        saved = templates.save(store, "thanks", "Hello from {event}", "Dear {name}, {unknown} {")
        assert saved.customised
    with Store.open(db_path) as store:
        edited = templates.get(store, "thanks")
        assert (edited.subject, edited.customised) == ("Hello from {event}", True)
        draft = templates.draft(store, "thanks", ada)
        # Unknown placeholders and stray braces survive instead of failing.
        assert draft.body == "Dear Ada Peters, {unknown} {"
        assert not templates.reset(store, "thanks").customised
        assert [t.name for t in templates.all_templates(store)] == [
            "thanks",
            "info",
            "introduction",
        ]
        with pytest.raises(NetdeskError):
            templates.save(store, "nope", "s", "b")


def test_mailto_round_trips_through_a_url_parser() -> None:
    draft = templates.Draft(("a.b+c@x.example", "d@y.example"), "Hi & bye?", "Line 1\nLine 2 ü")
    url = draft.mailto()
    parsed = urllib.parse.urlsplit(url)
    assert parsed.scheme == "mailto"
    assert urllib.parse.unquote(parsed.path) == "a.b+c@x.example,d@y.example"
    query = urllib.parse.parse_qs(parsed.query)
    assert query == {"subject": ["Hi & bye?"], "body": ["Line 1\r\nLine 2 ü"]}
    assert " " not in url and "\n" not in url
    assert draft.as_text().startswith("To: a.b+c@x.example, d@y.example\nSubject: Hi & bye?\n\n")
