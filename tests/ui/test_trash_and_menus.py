"""Edit ▸ Trash restores, Ctrl+R reviews from any page, Help ▸ Keyboard shortcuts lists them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from netdesk.ui.events.review_wizard import ReviewWizard
from netdesk.ui.trash_dialog import TrashDialog
from tests.ui.app_fixtures import TODAY, add_people


def test_the_trash_view_restores_a_person(qtbot, window, store) -> None:
    _keep, gone = add_people(store, "Anouk Peters", "Bas Dekker")
    store.people.delete([gone])
    window.trash_action.trigger()
    dialog = window.findChild(TrashDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.tree.topLevelItem(0).text(0).endswith("(1)")
    assert not dialog.restore_button.isEnabled()
    assert dialog.select("person", gone)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert store.people.get(gone).full_name == "Bas Dekker"
    assert store.trash.contents().people == 0
    assert dialog.tree.topLevelItem(0).text(0).endswith("(0)")

    window.undo_action.trigger()  # a restore is undone like any other action
    assert not store.people.exists(gone) and store.trash.contents().people == 1
    qtbot.waitUntil(lambda: dialog.tree.topLevelItem(0).text(0).endswith("(1)"))
    dialog.close()


def test_ctrl_r_opens_the_review_from_the_people_page(qtbot, window, store, services) -> None:
    event_id = store.events.add("Fintech meetup", TODAY)
    [pid] = add_people(store, "Cor Hendriks")
    store.encounters.add([pid], event_id=event_id)
    services.set_current_event(event_id)
    window.show_page("people")
    window.page("events")  # built: its own Ctrl+R must not make the key ambiguous
    window.show_page("people")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a window shortcut needs the active window
    window.page("people").setFocus()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    wizard = window.findChild(ReviewWizard)
    assert wizard is not None and wizard.isVisible()
    assert window.current_page_key() == "people"
    wizard.close()


def test_the_shortcuts_window_lists_ctrl_n(qtbot, window) -> None:
    dialog = window.show_shortcuts()
    tree = dialog.findChild(QTreeWidget, "shortcuts")
    rows = {}
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            rows[group.child(j).text(0)] = group.child(j).text(1)
    assert rows["Quick capture"] == "Ctrl+N"
    assert rows["Review"] == "Ctrl+R"
    assert rows["Done"] == "Ctrl+D"  # a page's own action, read from the page
    dialog.close()
