"""Unsaved work is never dropped silently: Esc, Cancel or the close button with something
typed asks "Discard your changes?"; with nothing changed, the dialog just closes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton, QWidget

from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store
from netdesk.ui.card.card_editor import CardEditor
from netdesk.ui.events.event_dialog import EventDialog
from netdesk.ui.events.review_wizard import ReviewWizard
from netdesk.ui.followups.cadence_dialog import CadenceDialog
from netdesk.ui.followups.email_drafts import EmailDraftDialog, TemplatesDialog
from netdesk.ui.followups.followup_dialog import FollowupDialog
from netdesk.ui.followups.introduce_dialog import IntroduceDialog
from netdesk.ui.people.person_form import PersonForm
from netdesk.ui.people.quick_capture import QuickCapture
from netdesk.ui.preferences_dialog import PreferencesDialog
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.settings import Settings
from netdesk.ui.widgets.dirty_guard import GuardedDialog

TODAY = dt.date(2026, 11, 20)


@dataclass(frozen=True)
class World:
    services: Services
    event: int
    ada: int
    bo: int
    settings: Settings


@pytest.fixture
def world(services: Services, store: Store, tmp_path: Path) -> World:
    event = store.events.add("Breakfast Club", TODAY)
    ada = store.people.add(PersonFields("Ada Peters"), event_id=event, context="pumps")
    bo = store.people.add(PersonFields("Bo Jansen"), event_id=event, context="grants")
    settings = Settings(tmp_path / "prefs.ini")
    return World(services, event, ada, bo, settings)


# Each dialog, and the field where the user types (or changes) something.
DIALOGS: dict[str, tuple[Callable[[World], GuardedDialog], Callable[[GuardedDialog], QWidget]]] = {
    "review": (lambda w: ReviewWizard(w.services, w.event, today=TODAY), lambda d: d.notes),
    "capture": (lambda w: QuickCapture(w.services), lambda d: d.name),
    "event": (lambda w: EventDialog(w.services), lambda d: d.name),
    "followup": (lambda w: FollowupDialog(w.services, w.ada), lambda d: d.text),
    "person": (
        lambda w: PersonForm(w.services, w.services.store.people.get(w.ada)),
        lambda d: d.notes,
    ),
    "introduce": (
        lambda w: IntroduceDialog(w.services, w.ada, other_id=w.bo, today=TODAY),
        lambda d: d.why,
    ),
    "email": (lambda w: EmailDraftDialog(w.services, w.ada), lambda d: d.editor.body),
    "templates": (lambda w: TemplatesDialog(w.services), lambda d: d.subject),
    "cadence": (lambda w: CadenceDialog(w.services, w.ada, today=TODAY), lambda d: d.picker.spin),
    "preferences": (
        lambda w: PreferencesDialog(w.services, settings=w.settings),
        lambda d: d.note_days,
    ),
}


def _open(qtbot, world: World, key: str) -> tuple[GuardedDialog, QWidget]:
    make, field = DIALOGS[key]
    dialog = make(world)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, field(dialog)


def _type(qtbot, dialog: GuardedDialog, field: QWidget) -> str:
    """Change ``field`` the way a user would; returns what it shows afterwards."""
    if isinstance(dialog, CadenceDialog):
        dialog.picker.combo.setCurrentIndex(dialog.picker.combo.count() - 1)  # every … days
    field.setFocus()
    qtbot.keyClicks(field, "7")
    return _text(field)


def _text(field: QWidget) -> str:
    getter = getattr(field, "toPlainText", None) or field.text
    return getter()


def _answer(dialog: GuardedDialog, button: str) -> None:
    box = dialog.unsaved.question
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Discard your changes?"
    box.findChild(QPushButton, button).click()


@pytest.mark.parametrize("key", list(DIALOGS))
def test_esc_with_typed_text_asks_and_keep_editing_keeps_it(qtbot, world: World, key) -> None:
    dialog, field = _open(qtbot, world, key)
    typed = _type(qtbot, dialog, field)

    qtbot.keyClick(field, Qt.Key.Key_Escape)
    _answer(dialog, "keep-editing")
    assert dialog.isVisible() and _text(field) == typed

    qtbot.keyClick(field, Qt.Key.Key_Escape)
    _answer(dialog, "discard")
    assert not dialog.isVisible()
    assert dialog.result() == GuardedDialog.DialogCode.Rejected


@pytest.mark.parametrize("key", list(DIALOGS))
def test_an_unchanged_dialog_closes_without_asking(qtbot, world: World, key) -> None:
    dialog, field = _open(qtbot, world, key)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert dialog.unsaved.question is None
    assert not dialog.isVisible()


def test_the_window_close_button_asks_too(qtbot, world: World) -> None:
    dialog, field = _open(qtbot, world, "event")
    _type(qtbot, dialog, field)
    assert not dialog.close()  # the close event is refused while the question is open
    assert dialog.isVisible()
    _answer(dialog, "discard")
    assert not dialog.isVisible()


def test_cancel_asks_and_pressing_it_again_asks_once(qtbot, world: World) -> None:
    dialog, field = _open(qtbot, world, "followup")
    _type(qtbot, dialog, field)
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    cancel.click()
    first = dialog.unsaved.question
    dialog.reject()
    assert dialog.unsaved.question is first
    assert len(dialog.findChildren(QMessageBox)) == 1
    _answer(dialog, "keep-editing")
    assert dialog.isVisible() and dialog.unsaved.question is None


def test_typing_back_what_was_there_is_no_change(qtbot, world: World) -> None:
    dialog, field = _open(qtbot, world, "capture")
    qtbot.keyClicks(field, "x")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert dialog.unsaved.question is None and not dialog.isVisible()


def test_quick_capture_after_save_and_next_closes_without_asking(qtbot, world: World) -> None:
    dialog, _name = _open(qtbot, world, "capture")
    qtbot.keyClicks(dialog.name, "Cas Smit")
    qtbot.keyClicks(dialog.organisation, "Arcadis")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_and_next()
    # Cleared: the next person is often from another company.
    assert dialog.added and dialog.organisation.text() == ""
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.unsaved.question is None and not dialog.isVisible()


def test_a_search_alone_is_not_work_to_keep(qtbot, world: World) -> None:
    dialog = IntroduceDialog(world.services, world.ada, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "jan")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)  # Bo Jansen, found but not chosen
    dialog.reject()
    assert dialog.unsaved.question is None and not dialog.isVisible()


def test_review_skip_with_typed_notes_asks_before_clearing_the_card(
    qtbot, world: World, store: Store
) -> None:
    wizard, notes = _open(qtbot, world, "review")
    first = wizard.name.text()
    qtbot.keyClicks(notes, "knows the Delft station")
    wizard.skip()
    _answer(wizard, "keep-editing")
    assert wizard.name.text() == first and notes.toPlainText() == "knows the Delft station"
    wizard.skip()
    _answer(wizard, "discard")
    assert wizard.name.text() != first and notes.toPlainText() == ""
    wizard.back()  # nothing typed on this card: straight back
    assert wizard.unsaved.question is None and wizard.name.text() == first


def test_review_after_saving_a_card_closes_without_asking(qtbot, world: World) -> None:
    wizard, notes = _open(qtbot, world, "review")
    qtbot.keyClicks(notes, "saved, not lost")
    wizard.save_and_next()
    wizard.close()
    assert wizard.unsaved.question is None and not wizard.isVisible()


def test_card_editor_keeps_typing_when_the_page_is_left(qtbot, world: World) -> None:
    editor = CardEditor(world.services)
    editor.save_delay = 60_000  # the autosave would come far too late
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.inputs["name"], "Ada Peters")
    profile = editor.profiles.currentItem().text()
    assert world.services.store.cards.get(profile).fields.get("name", "") == ""
    editor.hide()
    qtbot.waitUntil(
        lambda: world.services.store.cards.get(profile).fields.get("name") == "Ada Peters"
    )
