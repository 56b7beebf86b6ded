"""The Home page's cards, filled from :class:`netdesk.core.insights.home.Home`.

Every line is a link (``person:12``, ``event:3``, ``brief:3``, ``followup:40``,
``intro:12:34:5``…) that the page turns into opening what the line names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from netdesk.ui.topics.roles import role_label
from netdesk.ui.widgets.look import english_plural, escaped, scaled_font, set_muted, short_date

if TYPE_CHECKING:
    from netdesk.core.insights.home import Home


def link(href: str, text: str) -> str:
    return f'<a href="{escaped(href)}">{escaped(text)}</a>'


class HomeCard(QFrame):
    """A titled box of lines; each line a rich-text label whose links go to the page."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"home-{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.title = QLabel(title)
        self.title.setFont(scaled_font(self, 1.15, bold=True))
        self.lines = QVBoxLayout()
        self.lines.setSpacing(5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        layout.addSpacing(4)
        layout.addLayout(self.lines)
        layout.addStretch(1)
        self.labels: list[QLabel] = []

    def clear(self) -> None:
        while self.lines.count():
            item = self.lines.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.labels = []

    def add(self, html: str, *, muted: bool = False) -> QLabel:
        label = QLabel(html)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        flags = Qt.TextInteractionFlag
        label.setTextInteractionFlags(
            flags.LinksAccessibleByMouse | flags.LinksAccessibleByKeyboard
        )
        if muted:
            set_muted(label)
        self.lines.addWidget(label)
        self.labels.append(label)
        return label


class HomeBoard(QWidget):
    """Six cards in two columns; ``link_activated`` carries the href of a clicked line."""

    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = {
            "event": HomeCard("event", self.tr("Your event")),
            "due": HomeCard("due", self.tr("Follow-ups due")),
            "intros": HomeCard("intros", self.tr("Introductions to make")),
            "peers": HomeCard("peers", self.tr("Peers for your challenges")),
            "thank": HomeCard("thank", self.tr("Givers to thank")),
            "cold": HomeCard("cold", self.tr("Going cold")),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        for n, key in enumerate(self.cards):
            grid.addWidget(self.cards[key], n // 2, n % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _add(self, key: str, html: str, *, muted: bool = False) -> None:
        label = self.cards[key].add(html, muted=muted)
        label.linkActivated.connect(self.link_activated)

    def show_home(self, home: Home) -> None:
        for card in self.cards.values():
            card.clear()
        self._fill_event(home)
        self._fill_due(home)
        self._fill_intros(home)
        self._fill_peers(home)
        self._fill_thanks(home)
        self._fill_cold(home)

    def _fill_event(self, home: Home) -> None:
        glance = home.event
        if glance is None:
            self._add("event", self.tr("No event coming up. Add one with File ▸ New event."),
                      muted=True)  # fmt: skip
            return
        event = glance.event
        when = self.tr("Today") if glance.happening else short_date(event.starts_on)
        place = f" · {escaped(event.location)}" if event.location else ""
        self._add("event", f"<b>{link(f'event:{event.id}', event.name)}</b><br>{when}{place}")
        for goal in glance.goals:
            mark = "✓" if goal.reached else "○"
            self._add(
                "event",
                self.tr("{mark} {goal}: {done} of {target}").format(
                    mark=mark, goal=escaped(goal.text), done=goal.progress, target=goal.target
                ),
            )
        if glance.attendees:
            self._add(
                "event",
                self.tr("{known} of the {expected} people expected there you already know.")
                .format(known=glance.known_attendees, expected=glance.attendees),
                muted=True,
            )  # fmt: skip
        self._add("event", link(f"brief:{event.id}", self.tr("Read the brief…")))

    def _fill_due(self, home: Home) -> None:
        if not home.due:
            self._add("due", self.tr("Nothing due. Well done."), muted=True)
            return
        for followup in home.due:
            self._add(
                "due",
                self.tr("{due} · {what} — {person}").format(
                    due=short_date(followup.effective_due),
                    what=link(f"followup:{followup.id}", followup.text),
                    person=link(f"person:{followup.person_id}", followup.person_name),
                ),
            )
        if home.due_total > len(home.due):
            total = english_plural(
                self.tr("All %n follow-up(s) due…", "", home.due_total), home.due_total
            )
            self._add("due", link("followups", total))

    def _fill_intros(self, home: Home) -> None:
        for intro in home.awaiting:
            self._add(
                "intros",
                self.tr("How did introducing {a} to {b} ({day}) go? {record}").format(
                    a=escaped(intro.person_a),
                    b=escaped(intro.person_b),
                    day=short_date(intro.made_on),
                    record=link(f"outcome:{intro.introduction_id}", self.tr("Record the outcome…")),
                ),
            )
        if not home.matches:
            self._add(
                "intros",
                self.tr("No needs and offers to pair yet. Note people's challenges and what "
                        "they offer on their page, or in quick capture with ? and +."),
                muted=True,
            )  # fmt: skip
            return
        for match in home.matches:
            href = f"intro:{match.need.person_id}:{match.offer.person_id}:{match.topic_id}"
            self._add(
                "intros",
                self.tr("{offer} offers what {need} needs ({topic}): {introduce}").format(
                    offer=link(f"person:{match.offer.person_id}", match.offer.full_name),
                    need=link(f"person:{match.need.person_id}", match.need.full_name),
                    topic=escaped(match.topic),
                    introduce=link(href, self.tr("introduce them?")),
                ),
            )

    def _fill_peers(self, home: Home) -> None:
        if not home.challenges:
            self._add(
                "peers",
                self.tr("Add your own challenges in Edit ▸ Preferences ▸ My topics to find "
                        "peers who have the same problem."),
                muted=True,
            )  # fmt: skip
            return
        for challenge in home.challenges:
            self._add(
                "peers",
                "<b>" + escaped(challenge.topic) + "</b> · " + english_plural(
                    self.tr("%n peer(s) known", "", challenge.total), challenge.total),
            )  # fmt: skip
            for peer in challenge.peers:
                where = (
                    self.tr(", met at {event}").format(
                        event=link(f"event:{peer.last_event_id}", peer.last_event))
                    if peer.last_event_id else ""
                )  # fmt: skip
                name = link(f"person:{peer.person_id}", peer.full_name)
                role = escaped(role_label(peer.role).lower())
                self._add("peers", f"&nbsp;&nbsp;{name} ({role}){where}")
            if challenge.events:
                best = challenge.events[0]
                self._add(
                    "peers",
                    "&nbsp;&nbsp;" + self.tr("Most met at {event} ({n})").format(
                        event=link(f"event:{best.event_id}", best.name), n=best.peers),
                    muted=True,
                )  # fmt: skip

    def _fill_thanks(self, home: Home) -> None:
        if not home.givers:
            self._add("thank", self.tr("Everyone who gave you something has heard from you."),
                      muted=True)  # fmt: skip
            return
        for giver in home.givers:
            self._add(
                "thank",
                self.tr("{person} gave you something on {day}").format(
                    person=link(f"person:{giver.person_id}", giver.full_name),
                    day=short_date(giver.last_received),
                ),
            )

    def _fill_cold(self, home: Home) -> None:
        if not home.cold:
            self._add("cold", self.tr("Nobody is overdue for a keep-in-touch."), muted=True)
            return
        for person in home.cold:
            self._add(
                "cold",
                self.tr("{person}: last in touch {day}").format(
                    person=link(f"person:{person.person_id}", person.full_name),
                    day=short_date(person.last_contact),
                ),
            )
