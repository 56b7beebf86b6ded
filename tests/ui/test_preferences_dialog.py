"""Preferences and the per-person cadence dialog, saved through the real store and reloaded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.core import preferences
from netdesk.core.followups import cadence, rhythm
from netdesk.core.model import PersonFields
from netdesk.core.people import contacts
from netdesk.core.storage import backup
from netdesk.core.storage.store import Store
from netdesk.ui.followups.cadence_dialog import CadenceDialog, CadencePicker
from netdesk.ui.followups.reminders import START_MINIMISED_KEY, start_minimised_preference
from netdesk.ui.preferences_dialog import PreferencesDialog
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.settings import Settings

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def services(qtbot, store: Store) -> Iterator[Services]:
    made = Services(store)
    yield made
    made.tasks.wait(5_000)
    made.close()
    contacts.set_configured_region(None)  # process-wide: never leak into other tests


@pytest.fixture
def qsettings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "prefs.ini")


def _dialog(qtbot, services: Services, qsettings: Settings) -> PreferencesDialog:
    dialog = PreferencesDialog(services, settings=qsettings)
    qtbot.addWidget(dialog)
    return dialog


def test_preferences_save_and_reload(qtbot, services, store, qsettings) -> None:
    store.people.add(PersonFields("Mia", tags=("mentor",)))
    store.people.add(PersonFields("Pim", tags=("peer",)))
    dialog = _dialog(qtbot, services, qsettings)
    assert dialog.note_days.value() == rhythm.DEFAULT.note_days
    assert set(dialog.tag_pickers) == {"mentor", "peer"}
    assert dialog.backup_keep.value() == backup.AUTO_KEEP
    assert dialog.region.currentData() is None

    dialog.note_days.setValue(2)
    dialog.meet_days.setValue(21)
    dialog.skip_weekends.setChecked(False)
    dialog.tag_pickers["mentor"].set_days(cadence.PRESETS["monthly"])
    dialog.tag_pickers["peer"].combo.setCurrentIndex(dialog.tag_pickers["peer"].combo.count() - 1)
    dialog.tag_pickers["peer"].spin.setValue(45)
    dialog.start_minimised.setChecked(True)
    dialog.backup_keep.setValue(14)
    dialog.region.setCurrentIndex(dialog.region.findData("BE"))
    with qtbot.waitSignal(services.changed):
        dialog.accept()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted

    assert rhythm.load(store) == rhythm.Rhythm(2, 7, 21, False)
    assert cadence.tag_cadences(store) == {"mentor": 30, "peer": 45}
    assert preferences.backup_keep(store) == 14
    assert preferences.phone_region(store) == "BE"
    assert contacts.default_region() == "BE"
    assert start_minimised_preference(qsettings) is True
    assert qsettings.flag(START_MINIMISED_KEY) is True

    again = _dialog(qtbot, services, qsettings)
    assert again.rhythm_value() == rhythm.Rhythm(2, 7, 21, False)
    assert again.tag_values() == {"mentor": 30, "peer": 45}
    assert not again.tag_pickers["mentor"].spin.isVisibleTo(again.tag_pickers["mentor"])
    assert again.tag_pickers["peer"].spin.isVisibleTo(again.tag_pickers["peer"])
    assert again.backup_keep.value() == 14
    assert again.region.currentData() == "BE"
    assert again.start_minimised.isChecked()


def test_cancel_changes_nothing(qtbot, services, store, qsettings) -> None:
    dialog = _dialog(qtbot, services, qsettings)
    dialog.note_days.setValue(5)
    dialog.backup_keep.setValue(3)
    dialog.start_minimised.setChecked(True)
    dialog.reject()
    assert rhythm.load(store) == rhythm.DEFAULT
    assert preferences.backup_keep(store) == backup.AUTO_KEEP
    assert start_minimised_preference(qsettings) is False


def test_a_tag_deleted_meanwhile_is_refused_with_nothing_saved(
    qtbot, services, store, qsettings
) -> None:
    store.people.add(PersonFields("Mia", tags=("mentor",)))
    dialog = _dialog(qtbot, services, qsettings)
    dialog.note_days.setValue(3)
    dialog.tag_pickers["mentor"].set_days(91)
    with store.transaction() as conn:
        conn.execute("DELETE FROM tags WHERE name = 'mentor'")
    dialog.accept()
    assert dialog.result() != PreferencesDialog.DialogCode.Accepted
    assert "mentor" in dialog.error.text() and not dialog.error.isHidden()
    assert rhythm.load(store) == rhythm.DEFAULT  # all or nothing


def test_picker_round_trips_every_choice(qtbot) -> None:
    picker = CadencePicker()
    qtbot.addWidget(picker)
    for days in (None, 30, 91, 365, 10, 3660):
        picker.set_days(days)
        assert picker.days() == days


def test_cadence_dialog_sets_a_cadence_that_due_honours(qtbot, services, store) -> None:
    pid = store.people.add(PersonFields("Ada Peters", organisation="Deltares", tags=("peer",)))
    cadence.set_tag_cadence(store, "peer", 365)
    # Added long ago: the meeting is their last contact.
    store.conn.execute("UPDATE people SET created_at = '2026-01-01T00:00:00Z' WHERE id = ?", (pid,))
    store.encounters.add([pid], met_at="2026-09-01T10:00:00Z")
    assert cadence.due(store, today=TODAY) == []  # yearly: not due yet

    dialog = CadenceDialog(services, pid, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.last.text() == "2026-09-01"
    assert "365" in dialog.tag_note.text()
    assert "2027-09-01" in dialog.next.text()
    dialog.picker.set_days(cadence.PRESETS["monthly"])
    assert "2026-10-01" in dialog.next.text() and "due now, 50 days ago" in dialog.next.text()
    assert "replaces" in dialog.tag_note.text()
    dialog.accept()
    assert dialog.result() == CadenceDialog.DialogCode.Accepted

    assert cadence.cadence_for(store, pid) == 30
    (due,) = cadence.due(store, today=TODAY)
    assert (due.person_id, due.due_on) == (pid, dt.date(2026, 10, 1))

    # Back to none: only the tag's cadence applies again.
    again = CadenceDialog(services, pid, today=TODAY)
    qtbot.addWidget(again)
    assert again.picker.days() == 30
    again.picker.set_days(None)
    again.accept()
    assert cadence.cadence_for(store, pid) == 365
    assert cadence.due(store, today=TODAY) == []


def test_cadence_dialog_mentions_an_open_follow_up(qtbot, services, store) -> None:
    pid = store.people.add(PersonFields("Bo"))
    store.followups.add(pid, "Lunch", "2026-12-01")
    dialog = CadenceDialog(services, pid, today=TODAY)
    qtbot.addWidget(dialog)
    assert "no keep-in-touch cadence" in dialog.next.text()
    dialog.picker.set_days(91)
    assert "2026-12-01" in dialog.next.text()
