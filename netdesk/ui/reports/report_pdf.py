"""The monthly report on paper: people met by event kind (with a chart of six months),
organisations and departments reached for the first time, follow-through, gave and
received, introductions and what came of them, and the goals of the month's events."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from netdesk.core.briefing.report import NO_EVENT, MonthReport
from netdesk.core.model import EVENT_KINDS, EXCHANGE_KINDS
from netdesk.ui.reports.paper import INK, MUTED, SERIES, Paper, Series
from netdesk.ui.widgets import vocabulary


def _month_name(month: str, *, short: bool = False) -> str:
    day = QDate(int(month[:4]), int(month[5:7]), 1)
    return QLocale().toString(day, "MMM yy" if short else "MMMM yyyy")


def _kind_label(kind: str) -> str:
    if kind == NO_EVENT:
        return QCoreApplication.translate("Reports", "No event")
    return vocabulary.event_kind(kind)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


def draw_report(paper: Paper, report: MonthReport) -> None:
    month = _month_name(report.month)
    paper.footer = QCoreApplication.translate("Reports", "Networking report: {month}").format(
        month=month
    )
    paper.title(
        QCoreApplication.translate("Reports", "Networking in {month}").format(month=month),
        QCoreApplication.translate("Reports", "A month of meeting, giving and following up"),
    )
    reached, goals = report.goals_reached
    gave, received = sum(report.gave.values()), sum(report.received.values())
    paper.figures(
        [
            (str(report.people_met), QCoreApplication.translate("Reports", "people met")),
            (
                _percent(report.follow_through),
                QCoreApplication.translate("Reports", "follow-ups done on time"),
            ),
            (f"{gave} / {received}", QCoreApplication.translate("Reports", "gave / received")),
            (f"{reached} / {goals}", QCoreApplication.translate("Reports", "goals reached")),
        ]
    )
    if report.empty:
        paper.text(
            QCoreApplication.translate(
                "Reports",
                "Nothing was recorded this month: no one met, nothing given or received, no"
                " follow-up due.",
            ),
            color=MUTED,
        )

    paper.heading(QCoreApplication.translate("Reports", "People met, by kind of event"))
    kinds = [*EVENT_KINDS, NO_EVENT]
    paper.bar_chart(
        [_month_name(m.month, short=True) for m in report.months],
        [
            Series(_kind_label(kind), tuple(m.by_kind[kind] for m in report.months), SERIES[n])
            for n, kind in enumerate(kinds)
        ],
    )

    paper.heading(QCoreApplication.translate("Reports", "Reached for the first time"))
    for title, names in (
        (QCoreApplication.translate("Reports", "Organisations"), report.new_organisations),
        (QCoreApplication.translate("Reports", "Departments (internal)"), report.new_departments),
    ):
        paper.text(f"{title} ({len(names)})", bold=True, after=0.6)
        paper.text(
            ", ".join(names) or QCoreApplication.translate("Reports", "None this month."),
            color=MUTED if not names else INK,
            indent=4,
        )

    paper.heading(QCoreApplication.translate("Reports", "Follow-through"))
    paper.text(
        QCoreApplication.translate(
            "Reports",
            "Of {due} follow-ups due this month, {on_time} were done on time, {late} late and"
            " {open} are still open. {followed} of the {met} people met were followed up within"
            " a week.",
        ).format(
            due=report.due_on_time + report.due_late + report.due_open,
            on_time=report.due_on_time,
            late=report.due_late,
            open=report.due_open,
            followed=report.followed_up,
            met=report.people_met,
        )
    )

    paper.heading(QCoreApplication.translate("Reports", "Gave and received"))
    rows = [
        (vocabulary.exchange_kind(kind), report.gave.get(kind, 0), report.received.get(kind, 0))
        for kind in EXCHANGE_KINDS
        if report.gave.get(kind, 0) or report.received.get(kind, 0)
    ]
    if rows:
        paper.paired_bars(
            rows,
            (
                QCoreApplication.translate("Reports", "Gave"),
                QCoreApplication.translate("Reports", "Received"),
            ),
        )
    else:
        paper.text(
            QCoreApplication.translate("Reports", "Nothing given or received was logged."),
            color=MUTED,
        )

    paper.heading(QCoreApplication.translate("Reports", "Introductions"))
    if not report.introductions:
        paper.text(
            QCoreApplication.translate("Reports", "No introductions made this month."), color=MUTED
        )
    for intro in report.introductions:
        outcome = intro.outcome or QCoreApplication.translate("Reports", "outcome not recorded")
        paper.bullet(
            f"{intro.person_a} ↔ {intro.person_b} ({intro.made_on.isoformat()})",
            (f"{intro.why}\n" if intro.why else "")
            + QCoreApplication.translate("Reports", "Outcome: {outcome}").format(outcome=outcome),
        )

    paper.heading(QCoreApplication.translate("Reports", "Goals of this month's events"))
    if not report.events:
        paper.text(QCoreApplication.translate("Reports", "No events this month."), color=MUTED)
    for event in report.events:
        paper.text(f"{event.name} · {event.starts_on.isoformat()}", bold=True, after=0.6)
        if not event.goals:
            paper.text(
                QCoreApplication.translate("Reports", "No goals set."), color=MUTED, indent=4
            )
        for goal in event.goals:
            mark = "✓" if goal.reached else "○"
            paper.text(f"{mark}  {goal.text} ({goal.progress}/{goal.target})", indent=4, after=0.8)
