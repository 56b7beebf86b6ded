"""The pre-event brief on paper: goals, who the user already knows there and what is still
owed to them, and the peers for the user's challenges who may be there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netdesk.core.briefing.brief import Brief
from netdesk.ui.reports.paper import MUTED, Paper
from netdesk.ui.topics.roles import role_label
from netdesk.ui.widgets import vocabulary

PEERS_SHOWN = 9  # three rows of three


def draw_brief(paper: Paper, brief: Brief) -> None:
    event = brief.event
    dates = event.starts_on.isoformat()
    if event.ends_on and event.ends_on != event.starts_on:
        dates += " – " + event.ends_on.isoformat()
    where = " · ".join(
        part for part in (vocabulary.event_kind(event.kind), dates, event.location) if part
    )
    paper.footer = QCoreApplication.translate("Reports", "Brief: {event}").format(event=event.name)
    paper.title(
        QCoreApplication.translate("Reports", "Before {event}").format(event=event.name), where
    )
    paper.figures(
        [
            (
                str(brief.expected),
                QCoreApplication.translate("Reports", "expected there (attendee list and met)"),
            ),
            (str(len(brief.known)), QCoreApplication.translate("Reports", "you already know")),
            (
                str(brief.owed),
                QCoreApplication.translate("Reports", "open follow-ups towards them"),
            ),
            (str(len(brief.goals)), QCoreApplication.translate("Reports", "goals for this event")),
        ]
    )

    paper.heading(QCoreApplication.translate("Reports", "Goals"))
    if not brief.goals:
        paper.text(
            QCoreApplication.translate(
                "Reports", "No goals set for this event: add one in the event's dialog."
            ),
            color=MUTED,
        )
    for goal in brief.goals:
        paper.bullet(
            goal.text,
            QCoreApplication.translate("Reports", "progress {done} of {target}").format(
                done=goal.progress, target=goal.target
            ),
        )

    paper.heading(QCoreApplication.translate("Reports", "People you already know there"))
    if not brief.known:
        paper.text(
            QCoreApplication.translate(
                "Reports",
                "Nobody you have met before is on the attendee list yet. Import the list, or"
                " tag people for the event, to see them here.",
            ),
            color=MUTED,
        )
    entries = []
    for person in brief.known:
        lines = []
        where = " · ".join(p for p in (person.title, person.organisation, person.department) if p)
        if where:
            lines.append(where)
        if person.context:
            last = person.last_met.isoformat() if person.last_met else ""
            lines.append(
                QCoreApplication.translate("Reports", "Last time ({day}): {context}").format(
                    day=last, context=person.context
                )
            )
        for followup in person.open_followups:
            lines.append(
                QCoreApplication.translate("Reports", "You still owe: {what} (due {due})").format(
                    what=followup.text, due=followup.effective_due.isoformat()
                )
            )
        entries.append((person.full_name, "\n".join(lines)))
    paper.grid(entries)

    paper.heading(
        QCoreApplication.translate("Reports", "Peers for your challenges who may be there")
    )
    if not brief.challenges:
        paper.text(
            QCoreApplication.translate(
                "Reports", "Add your own challenges in Preferences ▸ My topics to find peers here."
            ),
            color=MUTED,
        )
    for challenge in brief.challenges:
        paper.text(challenge.topic, bold=True, after=0.8)
        if not challenge.peers:
            paper.text(
                QCoreApplication.translate("Reports", "Nobody on the list shares it yet."),
                color=MUTED,
                indent=4,
            )
        paper.grid(
            [
                (
                    peer.full_name,
                    " · ".join(p for p in (role_label(peer.role), peer.organisation) if p),
                )
                for peer in challenge.peers[:PEERS_SHOWN]
            ],
            columns=3,
        )
        more = len(challenge.peers) - PEERS_SHOWN
        if more > 0:
            paper.text(
                QCoreApplication.translate("Reports", "and {n} more").format(n=more),
                color=MUTED,
                indent=0,
                size=3.1,
            )
