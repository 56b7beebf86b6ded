"""User data is never rendered as rich text: a name like ``<font size=7><img src=…>`` shows as
those characters in every page and dialog, and loads nothing.

QLabel, tooltips and chart axis labels guess rich text from the text itself, so every
place that shows user data must say "plain" (or escape it inside its own markup).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QTextEdit,
    QWidget,
)

from netdesk.core.formats.contact import Contact
from netdesk.core.model import ContactPoint, PersonFields
from netdesk.core.people import resolve
from netdesk.core.qr.profiles import CARD_FIELDS
from netdesk.core.storage.store import Store
from netdesk.ui.card.card_editor import CardEditor
from netdesk.ui.events.event_dialog import EventDialog
from netdesk.ui.events.review_wizard import ReviewWizard
from netdesk.ui.followups.cadence_dialog import CadenceDialog
from netdesk.ui.followups.email_drafts import EmailDraftDialog, TemplatesDialog
from netdesk.ui.followups.followup_dialog import FollowupDialog
from netdesk.ui.followups.introduce_dialog import IntroduceDialog
from netdesk.ui.main_window import MainWindow
from netdesk.ui.pages import PAGES
from netdesk.ui.people.merge_dialog import MergeDialog
from netdesk.ui.people.person_form import PersonForm
from netdesk.ui.people.quick_capture import QuickCapture
from netdesk.ui.preferences_dialog import PreferencesDialog
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.settings import Settings

TODAY = dt.date.today()


@pytest.fixture
def hostile(tmp_path: Path) -> str:
    picture = tmp_path / "local.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    assert image.save(str(picture))
    return f'<font size=7 color=red>BIG</font><img src="{picture}">'


class Data:
    """Ids of one database where every text the user or a card can supply is hostile."""

    def __init__(self, store: Store, text: str) -> None:
        self.text = text
        self.event = store.events.add(
            text, TODAY, location=text, organiser=text, notes=text, goals=(text,)
        )
        self.person = store.people.add(
            PersonFields(
                full_name=text,
                organisation=text,
                department=text,
                title=text,
                notes=text,
                internal=True,
                tags=(text,),
                contacts=(ContactPoint("email", "h@example.org", text),),
            ),
            event_id=self.event,
            context=text,
        )
        self.other = store.people.add(
            PersonFields(full_name=text + " 2", organisation=text, department=text),
            event_id=self.event,
            context=text,
        )
        store.followups.add(self.person, text, TODAY - dt.timedelta(days=2), event_id=self.event)
        store.exchanges.add(self.person, "received", "advice", text, event_id=self.event)
        store.interactions.add(self.person, "emailed", text)
        store.introductions.add(self.person, self.other, text)
        store.people.update(self.person, _with_cadence(store, self.person))
        store.cards.save(text, {"name": text, "organisation": text}, shared=tuple(CARD_FIELDS))


def _with_cadence(store: Store, person_id: int) -> PersonFields:
    # Due by cadence: the Insights page lists them by name.
    return replace(resolve.editable_fields(store.people.get(person_id)), cadence_days=7)


@pytest.fixture
def data(store: Store, hostile: str, settings: Settings) -> Data:
    made = Data(store, hostile)
    made.settings = settings  # Preferences writes to a throw-away file, never the user's
    return made


def _tooltips(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    found = []
    for row in range(min(model.rowCount(QModelIndex()), 50)):
        column = 0  # list models hide columnCount: walk until the index runs out
        while (index := model.index(row, column, QModelIndex())).isValid():
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                found.append(tip)
            column += 1
    return found


def check(top: QWidget, text: str) -> int:
    """Fail on any place in ``top`` that would render ``text`` as markup; count the places
    that show it literally (so that a test cannot pass by showing nothing)."""
    shown = 0
    problems = []
    for widget in [top, *top.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if text in widget.toolTip():
            problems.append(f"tooltip of {where}: {widget.toolTip()!r}")
        if isinstance(widget, QLabel) and text in widget.text():
            if widget.textFormat() != Qt.TextFormat.PlainText:
                problems.append(f"{where} shows rich text: {widget.text()!r}")
            else:
                shown += 1
        if isinstance(widget, QTextEdit):
            if "<img" in widget.toHtml():
                problems.append(f"{where} holds markup: {widget.toPlainText()!r}")
            shown += text in widget.toPlainText()
        if isinstance(widget, QAbstractItemView):
            problems += [
                f"item tooltip in {where}: {tip!r}" for tip in _tooltips(widget) if text in tip
            ]
        if isinstance(widget, QChartView):
            for axis in widget.chart().axes():
                if isinstance(axis, QBarCategoryAxis):
                    problems += [f"chart label {c!r}" for c in axis.categories() if text in c]
    assert not problems, "\n".join(problems)
    return shown


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_every_page_of_the_main_window_shows_hostile_text_as_text(
    window: MainWindow, data: Data
) -> None:
    window.services.set_current_event(data.event)
    for page in PAGES:
        widget = window.show_page(page.key)
        if hasattr(widget, "refresh_now"):
            widget.refresh_now()
        elif hasattr(widget, "refresh"):
            widget.refresh()
        if page.key == "people":
            widget.select_person(data.person)
        check(window, data.text)
    # The person's page shows every hostile field, literally.
    people = window.show_page("people")
    people.select_person(data.person)
    assert check(window, data.text) > 0


@pytest.mark.parametrize(
    "make",
    [
        lambda s, d: ReviewWizard(s, d.event),
        lambda s, d: QuickCapture(s),
        lambda s, d: FollowupDialog(s, d.person),
        lambda s, d: EventDialog(s, s.store.events.get(d.event)),
        lambda s, d: PersonForm(s, s.store.people.get(d.person)),
        lambda s, d: CadenceDialog(s, d.person),
        lambda s, d: IntroduceDialog(s, d.person, other_id=d.other, why=d.text),
        lambda s, d: EmailDraftDialog(s, d.person, event_id=d.event),
        lambda s, d: TemplatesDialog(s),
        lambda s, d: PreferencesDialog(s, settings=d.settings),
        lambda s, d: CardEditor(s),
    ],
    ids=[
        "review",
        "capture",
        "followup",
        "event",
        "person",
        "cadence",
        "introduce",
        "email",
        "templates",
        "preferences",
        "card",
    ],
)
def test_every_dialog_shows_hostile_text_as_text(
    qtbot, services: Services, data: Data, make: Callable[[Services, Data], QWidget]
) -> None:
    services.set_current_event(data.event)
    widget = _shown(qtbot, make(services, data))
    check(widget, data.text)


def test_review_wizard_names_the_person_literally(qtbot, services: Services, data: Data) -> None:
    wizard = _shown(qtbot, ReviewWizard(services, data.event))
    assert wizard.name.text() == data.text
    assert check(wizard, data.text) >= 3  # name, role, context


def test_the_merge_dialog_shows_a_hostile_card_as_text(qtbot, store: Store, data: Data) -> None:
    card = Contact(
        full_name=data.text,
        organisation=data.text + " BV",
        title=data.text + " lead",
        notes=data.text + " more",
        contacts=(ContactPoint("email", "new@example.org", data.text),),
    )
    proposal = resolve.propose(store, card, resolve.Match(data.person, "name"))
    dialog = _shown(qtbot, MergeDialog(proposal))
    assert check(dialog, data.text) >= 2  # the heading and the field that is the same


def test_a_refused_value_is_quoted_as_text(qtbot, store: Store, services, data: Data) -> None:
    form = _shown(qtbot, PersonForm(services, store.people.get(data.person)))
    form.contacts["email"].setPlainText(data.text)
    form.accept()
    assert form.isVisible()
    assert check(form, data.text) >= 1  # the error beside the email field


def test_deleting_a_hostile_profile_asks_in_plain_text(
    qtbot, services: Services, data: Data
) -> None:
    editor = _shown(qtbot, CardEditor(services))
    editor.profiles.setCurrentRow(
        next(
            i for i in range(editor.profiles.count()) if editor.profiles.item(i).text() == data.text
        )
    )
    seen: list[tuple[str, Qt.TextFormat]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.text(), box.textFormat()))
            box.button(QMessageBox.StandardButton.No).click()
        elif isinstance(box, QDialog):
            box.reject()

    QTimer.singleShot(0, answer)
    editor.delete_profile()
    assert seen and data.text in seen[0][0]
    assert seen[0][1] == Qt.TextFormat.PlainText
    assert data.text in [p.name for p in services.store.cards.list()]  # "No" kept it
