"""The follow-up rhythm: 24 hours, 7 days, 30 days by default, configurable, stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from netdesk.core.errors import NetdeskError
from netdesk.core.followups import rhythm
from netdesk.core.followups.rhythm import Rhythm
from netdesk.core.storage.store import Store

MONDAY = dt.date(2026, 11, 16)


def test_default_rhythm_is_the_networkers_habit() -> None:
    dates = rhythm.suggestions(rhythm.DEFAULT, MONDAY, today=MONDAY)
    assert dates == {
        "send-info": dt.date(2026, 11, 17),  # within 24 hours
        "introduce": dt.date(2026, 11, 23),  # within a week
        "connect": dt.date(2026, 11, 23),
        "meet": dt.date(2026, 12, 16),  # within a month
    }


def test_weekends_are_skipped_except_for_the_next_day_note() -> None:
    friday = dt.date(2026, 11, 20)
    assert rhythm.suggest_due(rhythm.DEFAULT, "note", friday, today=friday) == dt.date(
        2026, 11, 21
    )  # Saturday: the 24-hour note is not pushed to Monday
    # Friday + 8 days is a Saturday; it moves to Monday.
    eight = Rhythm(connect_days=8)
    assert rhythm.suggest_due(eight, "connect", friday, today=friday) == dt.date(2026, 11, 30)
    plain = Rhythm(connect_days=8, skip_weekends=False)
    assert rhythm.suggest_due(plain, "connect", friday, today=friday) == dt.date(2026, 11, 28)


def test_a_late_review_shifts_the_rhythm_to_start_today() -> None:
    later = MONDAY + dt.timedelta(days=10)  # Thursday 26 November
    dates = rhythm.suggestions(rhythm.DEFAULT, MONDAY, today=later)
    assert dates["send-info"] == later  # the note: today, never in the past
    assert dates["connect"] == dt.date(2026, 12, 2)  # still 6 days after the note
    assert dates["meet"] == dt.date(2026, 12, 25)  # and 29 days after it
    # Reviewing on the day after the event changes nothing.
    assert rhythm.suggestions(rhythm.DEFAULT, MONDAY, today=MONDAY + dt.timedelta(days=1)) == (
        rhythm.suggestions(rhythm.DEFAULT, MONDAY, today=MONDAY)
    )


def test_rhythm_is_stored_and_checked(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert rhythm.load(store) == rhythm.DEFAULT
        rhythm.save(store, Rhythm(note_days=2, connect_days=10, meet_days=60))
    with Store.open(db_path) as store:
        assert rhythm.load(store) == Rhythm(note_days=2, connect_days=10, meet_days=60)
        with pytest.raises(NetdeskError) as error:
            rhythm.save(store, Rhythm(meet_days=0))
        assert "meet" in str(error.value)
        assert rhythm.load(store).meet_days == 60


def test_a_damaged_setting_falls_back_to_the_default(store: Store) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('rhythm', '{oops')")
    assert rhythm.load(store) == rhythm.DEFAULT


def test_quick_actions() -> None:
    assert [a.key for a in rhythm.QUICK_ACTIONS] == [
        "send-info",
        "introduce",
        "meet",
        "connect",
        "nothing",
    ]
    assert rhythm.quick_action("nothing").action is None
    assert rhythm.action_text(rhythm.quick_action("meet")) == "Coffee or call"
    with pytest.raises(NetdeskError):
        rhythm.quick_action("dance")
