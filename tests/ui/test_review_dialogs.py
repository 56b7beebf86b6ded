"""Introduce dialog, email drafts and reminders, with real widgets offscreen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget

from netdesk.core.followups import cadence, templates
from netdesk.core.model import ContactPoint, PersonFields
from netdesk.core.storage.store import Store
from netdesk.ui.followups.email_drafts import EmailDraftDialog, TemplatesDialog
from netdesk.ui.followups.introduce_dialog import IntroduceDialog
from netdesk.ui.followups.reminders import Reminders, badge_icon
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.settings import Settings

TODAY = dt.date(2026, 11, 20)


def _two(store: Store) -> tuple[int, int]:
    ada = store.people.add(
        PersonFields(
            full_name="Ada Peters",
            organisation="Waterschap Delfland",
            contacts=(ContactPoint("email", "ada@delfland.example"),),
        )
    )
    bo = store.people.add(
        PersonFields(
            full_name="Bo Jansen",
            organisation="Hoogheemraadschap",
            contacts=(ContactPoint("email", "bo@hhr.example"),),
        )
    )
    return ada, bo


class MailCatcher(QObject):
    """Stands in for the user's mail program through Qt's own URL handler hook."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.urls.append(url)


def test_introduce_creates_records_on_both_sides(qtbot, store: Store, services: Services) -> None:
    ada, bo = _two(store)
    dialog = IntroduceDialog(services, ada, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.search, "hoogheem")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.other_id == bo
    qtbot.keyClicks(dialog.why, "same ageing pumping station")
    draft = dialog.draft.draft()
    assert draft.to == ("ada@delfland.example", "bo@hhr.example")
    assert "same ageing pumping station" in draft.body
    with qtbot.waitSignal(dialog.introduced):
        dialog.ok_button.click()
    for me in (ada, bo):
        (intro,) = store.introductions.for_person(me)
        assert intro.why == "same ageing pumping station"
        assert store.interactions.for_person(me)[0].kind == "introduced"
        assert store.exchanges.balance(me) == (1, 0)
    (ask,) = store.followups.list("open", person_id=ada)
    assert ask.text == "Ask how the introduction to Bo Jansen went"
    assert ask.due_on == TODAY + dt.timedelta(days=14)
    assert store.followups.list("open", person_id=bo) == []


def test_search_finds_nobody_and_typing_the_same_person_is_ignored(
    qtbot, store: Store, services: Services
) -> None:
    ada, _ = _two(store)
    dialog = IntroduceDialog(services, ada, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "Ada")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.other_id is None and not dialog.ok_button.isEnabled()
    dialog.accept()  # nothing chosen: nothing written
    assert store.introductions.for_person(ada) == []


def test_email_draft_opens_mailto_and_copies(qtbot, store: Store, services: Services) -> None:
    ada, _ = _two(store)
    event = store.events.add("Water board breakfast", TODAY)
    store.encounters.add([ada], event_id=event, context="pumping station")
    catcher = MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "open_url")
    try:
        dialog = EmailDraftDialog(services, ada, template="info", event_id=event)
        qtbot.addWidget(dialog)
        assert dialog.template.count() == 2  # no introduction without a second person
        assert dialog.editor.subject.text() == "The information I promised at Water board breakfast"
        dialog.editor.open_button.click()
        (url,) = catcher.urls
        assert url.scheme() == "mailto" and url.path() == "ada@delfland.example"
        assert "pumping station" in QUrl.fromPercentEncoding(url.query().encode())
        assert dialog.editor.status.text() == "Opened in your mail program."
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    dialog.editor.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("To: ada@delfland.example\nSubject: The information I promised")


def test_templates_dialog_saves_and_resets(qtbot, store: Store, services: Services) -> None:
    dialog = TemplatesDialog(services, initial="thanks")
    qtbot.addWidget(dialog)
    assert not dialog.reset_button.isEnabled()
    dialog.subject.setText("Great to meet you, {first_name}")
    dialog.save()
    assert templates.get(store, "thanks").subject == "Great to meet you, {first_name}"
    assert dialog.reset_button.isEnabled()
    dialog.reset()
    assert not templates.get(store, "thanks").customised
    assert dialog.subject.text() == "Good to meet you at {event}"


def test_reminders_count_and_notify_without_a_tray(
    qtbot, store: Store, services: Services, tmp_path: Path
) -> None:
    ada, bo = _two(store)
    store.followups.add(ada, "Send the report", TODAY - dt.timedelta(days=1))
    store.followups.add(bo, "Coffee", TODAY + dt.timedelta(days=1))
    window = QWidget()
    qtbot.addWidget(window)
    day = [TODAY]
    settings = Settings(tmp_path / "settings.ini")
    reminders = Reminders(services, window, today=lambda: day[0], settings=settings, debounce_ms=0)
    assert not reminders.has_tray  # offscreen: no tray, and nothing breaks
    with qtbot.waitSignal(reminders.notified) as first:
        reminders.start()
    assert window.isVisible()  # no tray to start minimised into
    assert reminders.due_count == 1
    assert first.args == ["Follow-ups due", "1 follow-up(s) due today or earlier."]

    # The next day the coffee falls due with no write at all: the check notices.
    day[0] = TODAY + dt.timedelta(days=1)
    with qtbot.waitSignal(reminders.notified) as fresh:
        reminders.check()
    assert fresh.args == ["Follow-up due", "Bo Jansen: Coffee"]
    assert reminders.due_count == 2

    # A write that makes nothing newly due changes the count without a notification.
    with (
        qtbot.assertNotEmitted(reminders.notified),
        qtbot.waitSignal(reminders.due_count_changed) as counted,
    ):
        store.followups.done(store.followups.list("due", today=day[0])[0].id)
    assert counted.args == [1]

    # People not contacted for longer than their cadence count as due too.
    cadence.set_person_cadence(store, ada, 30)
    day[0] = TODAY + dt.timedelta(days=400)
    reminders.check()
    assert reminders.due_count == 2  # Bo's coffee, and Ada by cadence

    reminders.set_start_minimised(True)
    assert reminders.start_minimised
    assert QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).value(
        "reminders/start_minimised", type=bool
    )
    reminders.stop()


def test_badge_icon_has_the_number(qtbot) -> None:
    empty = badge_icon(0).pixmap(64, 64).toImage()
    busy = badge_icon(7).pixmap(64, 64).toImage()
    assert empty != busy
    # The badge is red in the top-right corner.
    assert busy.pixelColor(52, 10).red() > 150 and busy.pixelColor(52, 10).blue() < 100
