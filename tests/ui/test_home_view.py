"""The Home page: first in the sidebar, filled off the window's thread, and every line
opens what it names (the person, the event, the follow-up, the introduce dialog with the
reason filled in, the brief)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtWidgets import QLabel

from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store
from netdesk.core.topics import topics
from netdesk.ui.followups.introduce_dialog import IntroduceDialog
from netdesk.ui.home.home_view import HomeView
from netdesk.ui.pages import DEFAULT_PAGE, PAGES
from netdesk.ui.reports.paper_dialog import PaperDialog, ReportDialog

TODAY = dt.date.today()


def _records(store: Store) -> dict[str, int]:
    event = store.events.add(
        "Aqua Nederland", TODAY + dt.timedelta(days=3), kind="conference",
        location="Gorinchem", goals=("Meet 2 peers with the pumping-station problem",),
    )  # fmt: skip
    lotte = store.people.add(PersonFields("Lotte Jansen", organisation="Gemeente Utrecht"))
    ravi = store.people.add(PersonFields("Ravi Patel", organisation="Deltares"))
    store.encounters.add([lotte, ravi], met_at=f"{TODAY - dt.timedelta(days=30)}T09:00:00Z")
    topics.add_to_person(store, lotte, "Ageing pumping stations", "challenge")
    topics.add_to_person(store, ravi, "ageing pumping station", "offer")
    topics.add_mine(store, "Ageing pumping stations", "challenge")
    due = store.followups.add(lotte, "Send the maintenance report", TODAY - dt.timedelta(days=1))
    store.exchanges.add(ravi, "received", "advice", "pump tips", happened_on=TODAY)
    return {"event": event, "lotte": lotte, "ravi": ravi, "due": due}


def _home(qtbot, window) -> HomeView:
    home = window.page("home")
    if home.data is None:
        with qtbot.waitSignal(home.refreshed, timeout=10_000):
            pass
    return home


def _line(home: HomeView, card: str, href_start: str) -> tuple[QLabel, str]:
    for label in home.cards[card].labels:
        for href in re.findall(r'href="([^"]+)"', label.text()):
            if href.startswith(href_start):
                return label, href
    raise AssertionError(f"no {href_start} line in {card}")


def test_home_is_the_first_page_and_opens_first(qtbot, window) -> None:
    assert PAGES[0].key == DEFAULT_PAGE == "home"
    assert window.current_page_key() == "home"
    assert window.sidebar.currentRow() == 0
    assert window.page_actions["home"].shortcut().toString() == "Ctrl+1"


def test_empty_home_says_where_to_start(qtbot, window, services) -> None:
    home = _home(qtbot, window)
    assert home.stack.currentWidget() is home.empty
    with qtbot.waitSignal(services.navigation_requested) as sent:
        home.empty.button.click()
    assert sent.args[0] == "events"


def test_every_line_opens_what_it_names(qtbot, window, store: Store) -> None:
    ids = _records(store)
    window.page("home").refresh()
    home = _home(qtbot, window)
    qtbot.waitUntil(lambda: home.data is not None and not home.data.empty, timeout=10_000)
    assert home.stack.currentWidget() is home.scroll

    label, href = _line(home, "event", "event:")
    label.linkActivated.emit(href)
    assert window.current_page_key() == "events"
    assert window.page("events").selected_event().id == ids["event"]

    window.show_page("home")
    label, href = _line(home, "due", "followup:")
    label.linkActivated.emit(href)
    assert window.current_page_key() == "followups"
    assert window.page("followups").selected_ids() == [ids["due"]]

    window.show_page("home")
    label, href = _line(home, "thank", "person:")
    label.linkActivated.emit(href)
    assert window.current_page_key() == "people"
    assert window.page("people").current_id() == ids["ravi"]

    window.show_page("home")
    label, href = _line(home, "peers", "person:")
    label.linkActivated.emit(href)
    assert window.page("people").current_id() in (ids["lotte"], ids["ravi"])

    window.show_page("home")
    label, href = _line(home, "intros", "intro:")
    label.linkActivated.emit(href)
    dialog = window.findChild(IntroduceDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.other_id == ids["ravi"]
    assert dialog.why.text() == (
        "Ravi Patel can help with Ageing pumping stations, which Lotte Jansen is working on"
    )
    dialog.accept()
    # Introduced: the pair is no longer proposed.
    qtbot.waitUntil(lambda: home.data is not None and home.data.matches == (), timeout=10_000)

    label, href = _line(home, "event", "brief:")
    label.linkActivated.emit(href)
    brief = window.findChild(PaperDialog)
    assert brief is not None and len(brief.pages) == 1
    brief.close()

    home.report_button.click()
    report = window.findChild(ReportDialog)
    assert report is not None
    qtbot.waitUntil(lambda: len(report.pages) == 1, timeout=10_000)
    report.close()


def test_home_follows_changes(qtbot, window, services, store: Store) -> None:
    home = _home(qtbot, window)
    home._timer.setInterval(0)
    ids = _records(store)  # written on another connection: noticed by the watcher
    services.look_for_changes()
    qtbot.waitUntil(lambda: home.data is not None and home.data.due_total == 1, timeout=10_000)
    assert [f.id for f in home.data.due] == [ids["due"]]


def test_introductions_awaiting_an_outcome_can_be_recorded(qtbot, window, store: Store) -> None:
    a = store.people.add(PersonFields("Ana"))
    b = store.people.add(PersonFields("Bo"))
    old = store.introductions.add(a, b, "pumps", made_on=TODAY - dt.timedelta(days=20))
    store.introductions.add(b, a, "recent", made_on=TODAY - dt.timedelta(days=2))  # too soon
    home = window.page("home")
    home._timer.setInterval(0)
    home.refresh()
    qtbot.waitUntil(lambda: home.data is not None and bool(home.data.awaiting), timeout=10_000)
    assert [i.introduction_id for i in home.data.awaiting] == [old]
    _label, href = _line(home, "intros", "outcome:")
    assert href == f"outcome:{old}"
    assert home.record_outcome(old, "They run a pilot together")
    assert store.introductions.get(old).outcome == "They run a pilot together"
    qtbot.waitUntil(lambda: home.data is not None and not home.data.awaiting, timeout=10_000)


def test_a_topic_on_a_person_page_opens_its_peers(qtbot, window, store: Store) -> None:
    from netdesk.ui.topics.peers_dialog import PeersDialog

    ids = _records(store)
    people = window.show_page("people")
    people.refresh()
    people.navigate(person_id=ids["lotte"])
    row = people.detail.topic_row
    topic = topics.find(store, "ageing pumping stations").id
    row.chips.linkActivated.emit(f"peers:{topic}")
    dialog = window.findChild(PeersDialog)
    assert dialog is not None and dialog.peers.topLevelItemCount() == 2
    names = {dialog.peers.topLevelItem(n).text(0) for n in range(2)}
    assert names == {"Lotte Jansen", "Ravi Patel"}
    assert [dialog.matches.topLevelItem(0).text(c) for c in (0, 1)] == [
        "Ravi Patel",
        "Lotte Jansen",
    ]
    with qtbot.waitSignal(row.introduce_requested) as asked:
        dialog.matches.setCurrentItem(dialog.matches.topLevelItem(0))
        dialog.introduce_selected()
    assert asked.args[:2] == [ids["lotte"], ids["ravi"]]
    introduce = window.findChild(IntroduceDialog)
    assert introduce is not None and introduce.other_id == ids["ravi"]
    assert introduce.why.text() == asked.args[2]
    assert "Ageing pumping stations" in asked.args[2]
    introduce.close()

    dialog = row.show_peers(topic)
    ravi = next(
        dialog.peers.topLevelItem(n) for n in range(2)
        if dialog.peers.topLevelItem(n).text(0) == "Ravi Patel"
    )  # fmt: skip
    dialog.peers.itemActivated.emit(ravi, 0)
    assert people.current_id() == ids["ravi"]
