"""The brief and the monthly report: PDFs rendered back to images and looked at for ink,
the on-screen dialogs, and topics typed in the app (person page, quick capture,
review wizard, Preferences)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from netdesk.core import demo
from netdesk.core.briefing.brief import brief
from netdesk.core.briefing.report import report
from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store
from netdesk.core.topics import topics
from netdesk.ui.events.review_wizard import ReviewWizard
from netdesk.ui.people.person_detail import PersonDetail
from netdesk.ui.people.quick_capture import QuickCapture
from netdesk.ui.preferences_dialog import PreferencesDialog
from netdesk.ui.reports.brief_pdf import draw_brief
from netdesk.ui.reports.paper import page_images, write_pdf
from netdesk.ui.reports.paper_dialog import ReportDialog, open_brief
from netdesk.ui.reports.report_pdf import draw_report
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.settings import Settings

TODAY = dt.date.today()


@pytest.fixture
def services(qtbot, store: Store) -> Iterator[Services]:
    made = Services(store)
    yield made
    made.tasks.wait(5_000)
    made.close()


def ink(image: QImage) -> float:
    """The share of sampled pixels that are not white: 0 for a blank page."""
    dark = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 235
    return dark / total


def rendered(path: Path, out: Path) -> list[QImage]:
    """Every page of the PDF as a PNG next to it (kept for a look), and as images."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = []
    for n in range(document.pageCount()):
        image = document.render(n, QSize(620, 877))
        assert image.save(str(out.with_name(f"{out.stem}-{n}.png")))
        pages.append(image)
    document.close()
    return pages


def test_brief_and_report_pdfs_hold_what_they_say(qapp, store: Store, tmp_path: Path) -> None:
    demo.fill(store, 800, today=TODAY)
    event = store.scalar("SELECT event_id FROM event_attendees LIMIT 1") or store.scalar(
        "SELECT id FROM events ORDER BY starts_on DESC LIMIT 1"
    )
    data = brief(store, event)
    pages = write_pdf(tmp_path / "brief.pdf", lambda p: draw_brief(p, data), title="brief")
    images = rendered(tmp_path / "brief.pdf", tmp_path / "brief.png")
    assert len(images) == pages >= 1
    assert all(ink(image) > 0.01 for image in images)

    month = store.scalar(
        "SELECT substr(met_at, 1, 7) AS m FROM encounters GROUP BY m ORDER BY count(*) DESC"
    )
    figures = report(store, month)
    pages = write_pdf(tmp_path / "report.pdf", lambda p: draw_report(p, figures), title="r")
    images = rendered(tmp_path / "report.pdf", tmp_path / "report.png")
    assert len(images) == pages >= 1
    # The chart's coloured bars: the first page holds far more ink than text alone.
    assert ink(images[0]) > 0.04
    text = QPdfDocument()
    text.load(str(tmp_path / "report.pdf"))
    words = text.getAllText(0).text()
    assert str(figures.people_met) in words and "people met" in words
    text.close()


def test_an_empty_month_and_an_event_without_anyone_still_print(qapp, store: Store) -> None:
    event = store.events.add("Empty", "2026-12-01")
    for draw in (
        lambda p: draw_brief(p, brief(store, event)),
        lambda p: draw_report(p, report(store, "2026-11")),
    ):
        images = page_images(draw, dpi=60)
        assert len(images) == 1 and ink(images[0]) > 0.005


def test_brief_and_report_dialogs_show_pages_and_save(qtbot, services, store, tmp_path) -> None:
    event = store.events.add("Aqua Nederland", TODAY + dt.timedelta(days=2))
    dialog = open_brief(services, event)
    qtbot.addWidget(dialog)
    assert len(dialog.pages) == 1
    assert dialog.save_pdf(tmp_path / "b.pdf") == tmp_path / "b.pdf"
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    dialog.close()

    months = ReportDialog(services, today=dt.date(2026, 11, 20))
    qtbot.addWidget(months)
    qtbot.waitUntil(lambda: len(months.pages) == 1, timeout=10_000)
    assert months.month.currentData() == "2026-11" and months.save_button.isEnabled()
    with qtbot.waitSignal(months.shown, timeout=10_000) as shown:
        months.month.setCurrentIndex(1)
    assert shown.args == ["2026-10"] and len(months.pages) == 1


def test_events_page_briefs_the_selected_event(qtbot, services, store) -> None:
    from netdesk.ui.events.events_view import EventsView

    event = store.events.add("Aqua Nederland", TODAY + dt.timedelta(days=2))
    view = EventsView(services)
    qtbot.addWidget(view)
    view.select_event(event)
    dialog = view.brief_selected()
    assert dialog is not None and dialog.windowTitle() == "Brief: Aqua Nederland"
    dialog.close()


def test_topics_on_the_person_page(qtbot, services, store) -> None:
    ana = store.people.add(PersonFields("Ana"))
    bo = store.people.add(PersonFields("Bo"))
    topics.add_to_person(store, bo, "Ageing pumping stations", "challenge")
    store.encounters.add([ana], context="same ageing pumping-station problem as us")
    detail = PersonDetail(services.store, writer=services.writer)
    qtbot.addWidget(detail)
    detail.show_person(ana)
    row = detail.topic_row
    assert "Ageing pumping stations" in row.proposals.text()
    row.proposals.linkActivated.emit("propose:1")
    assert [(h.label, h.role) for h in topics.for_person(store, ana)] == [
        ("Ageing pumping stations", "challenge")
    ]
    row.role.setCurrentIndex(row.role.findData("offer"))
    row.field.setText("asset management")  # typed keys would pop the suggestions up
    row.add_typed()
    assert [h.role for h in topics.for_person(store, ana)] == ["challenge", "offer"]
    assert "asset management" in row.chips.text() and row.field.text() == ""
    # Suggestions as the user types: the known topic, however it is typed.
    row.field.textEdited.emit("Pumping Stat")  # what typing says, without the popup
    assert row.field.completer().model().stringList() == ["Ageing pumping stations"]
    offer = topics.find(store, "asset management").id
    row.chips.linkActivated.emit(f"remove:{offer}:offer")
    assert [h.role for h in topics.for_person(store, ana)] == ["challenge"]


def test_quick_capture_notes_topics_and_the_same_problem_in_one_key(qtbot, services, store):
    topics.add_mine(store, "Ageing pumping stations", "challenge")
    dialog = QuickCapture(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Lotte")
    assert [b.text() for b in dialog.same_buttons] == ["Same as mine: Ageing pumping stations"]
    dialog.same_buttons[0].click()
    dialog.same_buttons[0].click()  # twice: still once
    qtbot.keyClicks(dialog.topics, ", + asset management")
    assert dialog.topics.text() == "? Ageing pumping stations, + asset management"
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    held = topics.for_person(store, saved.args[0])
    assert [(h.label, h.role) for h in held] == [
        ("Ageing pumping stations", "challenge"), ("asset management", "offer"),
    ]  # fmt: skip


def test_review_wizard_saves_topics_with_the_card(qtbot, services, store) -> None:
    event = store.events.add("Breakfast", TODAY)
    ana = store.people.add(PersonFields("Ana"))
    topics.add_to_person(store, store.people.add(PersonFields("Bo")), "Pump failures", "offer")
    store.encounters.add([ana], event_id=event, context="talked about pump failures")
    wizard = ReviewWizard(services, event)
    qtbot.addWidget(wizard)
    assert "Pump failures" in wizard.proposed.text()
    wizard.proposed.linkActivated.emit(str(topics.find(store, "pump failures").id))
    qtbot.keyClicks(wizard.topics, ", + tendering")
    wizard.save_and_next()
    assert [(h.label, h.role, h.event_id) for h in topics.for_person(store, ana)] == [
        ("Pump failures", "challenge", event), ("tendering", "offer", event),
    ]  # fmt: skip


def test_my_topics_in_preferences(qtbot, services, store, tmp_path) -> None:
    dialog = PreferencesDialog(services, settings=Settings(tmp_path / "p.ini"))
    qtbot.addWidget(dialog)
    page = dialog.my_topics
    page.field.setText("Data literacy")
    page.add_typed()
    page.role.setCurrentIndex(page.role.findData("offer"))
    page.field.setText("Asset management")
    page.add_typed()
    assert [(h.label, h.role) for h in topics.mine(store)] == [
        ("Data literacy", "challenge"), ("Asset management", "offer"),
    ]  # fmt: skip
    dialog.show()
    assert page.list.count() == 2 and not dialog.unsaved.is_dirty()
    page.list.setCurrentRow(0)
    page.remove_selected()
    assert [h.label for h in topics.mine(store)] == ["Asset management"]
