"""The import preview: change a column's field, untick a row, confirm, undo; files dropped on
the window; File ▸ Past imports. Real services, a real database, real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from netdesk.core.transfer.importing import csv_table
from netdesk.core.transfer.mappings import remembered
from netdesk.core.transfer.planning import ImportPlan
from netdesk.ui.importing.batches_dialog import PastImportsDialog
from netdesk.ui.importing.import_dialog import MAPPING, PLAN, ImportDialog
from netdesk.ui.importing.plan_model import PlanModel
from netdesk.ui.transfer import preview_paths
from tests.ui.app_fixtures import add_people

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def people(services) -> list[tuple[str, str, str]]:
    return [
        (r.full_name, r.organisation, services.store.people.get(r.id).notes)
        for r in services.store.people.rows(services.store.people.ids())
    ]


def test_map_untick_confirm_then_undo(qtbot, window, services, monkeypatch) -> None:
    path = FIXTURES / "headerless.csv"
    dialog = preview_paths(window, services, [str(path)])
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING)
    page = dialog.mapping_page()
    assert page.mapping() == ("full_name", "organisation", "email", "phone")
    assert page.grid.item(1, 0).text() == "Fatima Haddad"
    page.set_field(1, "notes")  # the second column is a note, not the organisation
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PLAN)
    assert dialog.plan is not None and dialog.plan.counts()["new"] == 3
    assert "3 new" in dialog.counts.text()
    dialog.tick(1, False)  # leave out Tomás
    assert "1 left out" in dialog.counts.text()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = imported.args[0]
    assert summary.count("created") == 2 and summary.batch is not None
    qtbot.waitUntil(lambda: len(people(services)) == 2)
    assert people(services) == [
        ("Fatima Haddad", "", "Port of Rotterdam"),
        ("Kenji Sato", "", ""),
    ]
    assert "Undo last import" in window.statusBar().currentMessage()
    # The confirmed mapping is remembered for the next file with this header.
    assert remembered(services.store, csv_table(path)) == ("full_name", "notes", "email", "phone")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.undo_import_action.trigger()
    qtbot.waitUntil(lambda: "Import undone: 2 removed" in window.statusBar().currentMessage())
    assert people(services) == []


def test_a_merge_shows_field_by_field_and_unusable_rows_their_place(qtbot, window, services, store):
    add_people(store, "Good Person", title="Engineer")
    dialog = preview_paths(window, services, [str(FIXTURES / "malformed.csv")])
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PLAN)
    model = dialog.model
    assert model is not None
    shown = [
        [model.data(model.index(row, column)) for column in range(4)]
        for row in range(model.rowCount())
    ]
    assert shown[0][1] == "new"  # Good Person has an address: someone new, not the bare name
    assert shown[-1] == [
        "malformed.csv, row 5",
        "cannot be used",
        "",
        "a quote opened on this row is never closed; the row was left out",
    ]
    dialog.reject()


def test_plan_model_passes_qtmodeltester(qtmodeltester, store) -> None:
    from netdesk.core.transfer.importing import plan_files

    plan: ImportPlan = plan_files(store, [FIXTURES / "google.csv"])
    qtmodeltester.check(PlanModel(plan), force_py=True)


def test_dropping_a_vcard_opens_the_preview_and_past_imports_lists_it(qtbot, window, services):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "android_21.vcf"))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PLAN)  # no mapping for a vCard
    assert not dialog.back_button.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    past = window.past_imports()
    assert isinstance(past, PastImportsDialog)
    qtbot.waitUntil(lambda: past.tree.topLevelItemCount() == 1)
    item = past.tree.topLevelItem(0)
    assert item.text(2) == "android_21.vcf" and item.text(3).startswith("3 added")
    past.tree.setCurrentItem(item)
    assert past.undo_button.isEnabled()
    past.close()


def test_cancel_while_planning_leaves_nothing_behind(qtbot, window, services) -> None:
    dialog = preview_paths(window, services, [str(FIXTURES / "android_21.vcf")])
    dialog.reject()  # at once: reading and planning may still be under way
    services.tasks.wait(5_000)
    qtbot.wait(50)  # the task's outcome, had it been connected, would arrive now
    assert services.store.people.count() == 0
