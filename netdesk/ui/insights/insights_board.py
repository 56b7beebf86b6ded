"""The Insights page's board: its seven cards, and what each says about the figures.

Each card states a finding, shows it (a table or a chart) and ends in what to do about it;
names of organisations, departments, events and people are links (``link_activated``).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from netdesk.core.insights import insights
from netdesk.ui.insights.insights_cards import (
    Card,
    date_text,
    department_chart,
    link,
    names,
    reciprocity_chart,
    table,
)
from netdesk.ui.widgets import vocabulary
from netdesk.ui.widgets.look import english_plural, number_text, short_date


class InsightsBoard(QWidget):
    """The cards in their grid; :meth:`show_figures` fills them all."""

    link_activated = Signal(str)  # "organisation:Deltares", "person:12"…

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = {
            "internal": Card(self.tr("Internal network")),
            "external": Card(self.tr("Organisations")),
            "reciprocity": Card(self.tr("Gave and received")),
            "followthrough": Card(self.tr("Follow-through")),
            "keep": Card(self.tr("Keep in touch")),
            "introductions": Card(self.tr("Introductions")),
            "goals": Card(self.tr("Goals")),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        placement = [
            ("internal", 0, 0), ("external", 0, 1), ("reciprocity", 1, 0),
            ("followthrough", 1, 1), ("keep", 2, 0), ("introductions", 2, 1),
        ]  # fmt: skip
        for key, row, column in placement:
            grid.addWidget(self.cards[key], row, column)
        grid.addWidget(self.cards["goals"], 3, 0, 1, 2)  # a list of sentences: the full width
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for card in self.cards.values():
            card.hint.linkActivated.connect(self.link_activated)

    def show_figures(self, data: insights.Insights) -> None:
        self._fill_internal(data.internal)
        self._fill_external(data.external)
        self._fill_reciprocity(data.reciprocity)
        self._fill_follow_through(data.follow_through)
        self._fill_keep(data.keep_in_touch)
        self._fill_introductions(data.introductions)
        self._fill_goals(data.goals)

    def _card(self, key: str) -> Card:
        card = self.cards[key]
        card.clear_body()
        return card

    def _add_text(self, card: Card, text: str, *, muted: bool = False) -> QLabel:
        label = card.add_text(text, muted=muted)
        label.linkActivated.connect(self.link_activated)
        return label

    def _fill_internal(self, cov: insights.InternalCoverage) -> None:
        card = self._card("internal")
        named = [d for d in cov.departments if d.department]
        if not cov.internal_people:
            card.headline.setText(self.tr("No colleagues recorded yet."))
            card.hint.setText(
                self.tr(
                    "Mark people from your own organisation as internal to see which "
                    "departments you reach and which you never meet."
                )
            )
            return
        reached = sum(1 for d in named if d.met_recently)
        card.headline.setText(
            self.tr("{met} of {all} departments met in the last 12 months · {known}").format(
                met=reached,
                all=len(named),
                known=english_plural(
                    self.tr("%n colleague(s) known", "", cov.internal_people), cov.internal_people
                ),
            )
        )
        if named:
            card.add_widget(department_chart(cov, self))
        missing = list(cov.missing)
        if missing:
            links = [link("department", m, m) for m in missing[:6]]
            rest = len(missing) - 6
            more = " " + english_plural(self.tr("(+%n more)", "", rest), rest) if rest > 0 else ""
            self._add_text(
                card, self.tr("Not met lately: {names}").format(names=", ".join(links) + more)
            )
            who = names(missing)
            if cov.connector:
                c = cov.connector
                hint = self.tr(
                    "You have met nobody from {missing} lately: ask {name} ({department}) for an"
                    " introduction."
                )
                card.hint.setText(
                    hint.format(
                        missing=who,
                        name=link("person", c.person_id, c.full_name),
                        department=html.escape(c.detail),
                    )
                )
            else:
                card.hint.setText(
                    self.tr(
                        "You have met nobody from {missing} lately: look for them at the next "
                        "internal event."
                    ).format(missing=who)
                )
        else:
            card.hint.setText(
                self.tr("You met someone from every department this year: keep crossing the silos.")
            )

    def _fill_external(self, reach: insights.ExternalReach) -> None:
        card = self._card("external")
        if not reach.organisations:
            card.headline.setText(self.tr("No organisations recorded yet."))
            card.hint.setText(self.tr("Add the organisation when you capture someone."))
            return
        card.headline.setText(
            english_plural(
                self.tr("You know people at %n organisation(s).", "", reach.organisations),
                reach.organisations,
            )
        )
        rows = [
            [link("organisation", o.organisation, o.organisation), number_text(o.people),
             number_text(o.met_recently), date_text(o.last_met)]
            for o in reach.top
        ]  # fmt: skip
        header = [self.tr("Organisation"), self.tr("People"), self.tr("Met (12 mo.)"),
                  self.tr("Last met")]  # fmt: skip
        self._add_text(card, table(rows, header))
        if reach.met_once:
            links = ", ".join(link("organisation", org, org) for org, _ in reach.met_once[:6])
            more = reach.met_once_total - min(6, len(reach.met_once))
            if more > 0:
                links += " " + english_plural(self.tr("(+%n more)", "", more), more)
            self._add_text(
                card, self.tr("Met once, never followed up: {names}").format(names=links)
            )
            card.hint.setText(
                english_plural(
                    self.tr(
                        "%n organisation(s) met once and never heard from you again: a short"
                        " note to {name} keeps the door open.",
                        "",
                        reach.met_once_total,
                    ),
                    reach.met_once_total,
                ).format(name=html.escape(reach.met_once[0][0]))
            )
        else:
            card.hint.setText(self.tr("Every organisation you met has heard from you again."))

    def _fill_reciprocity(self, recip: insights.Reciprocity) -> None:
        card = self._card("reciprocity")
        if not (recip.gave or recip.received):
            card.headline.setText(self.tr("Nothing given or received recorded yet."))
            card.hint.setText(
                self.tr(
                    "Log what you give and receive (a person's page, or the review after "
                    "an event): networking works for givers."
                )
            )
            return
        card.headline.setText(
            self.tr("You gave {gave} times and received {received} times.").format(
                gave=recip.gave, received=recip.received
            )
        )
        card.add_widget(reciprocity_chart(recip, self))
        kinds = [k for k in recip.kinds if k.gave or k.received]
        # One row per kind, not a run-on line: "Referrals… Help…" read as a wall of text.
        rows = [
            [html.escape(vocabulary.exchange_kind(k.label)), number_text(k.gave),
             number_text(k.received)]
            for k in kinds
        ]  # fmt: skip
        self._add_text(card, table(rows, [self.tr("Kind"), self.tr("Given"), self.tr("Received")]))
        if recip.takers:
            links = ", ".join(link("person", p.person_id, p.full_name) for p in recip.takers[:5])
            self._add_text(
                card,
                english_plural(
                    self.tr("Received more than you gave (%n): ", "", recip.takers_total),
                    recip.takers_total,
                )
                + links,
            )
        if recip.unthanked:
            first = recip.unthanked[0]
            card.hint.setText(
                english_plural(
                    self.tr(
                        "%n giver(s) have not heard from you since they helped:"
                        " start by thanking {name}.",
                        "",
                        recip.unthanked_total,
                    ),
                    recip.unthanked_total,
                ).format(name=link("person", first.person_id, first.full_name))
            )
        elif recip.takers:
            first = recip.takers[0]
            card.hint.setText(
                self.tr(
                    "Look for a way to help {name}: you have received more than you gave."
                ).format(name=link("person", first.person_id, first.full_name))
            )
        else:
            card.hint.setText(self.tr("You give at least as much as you take: keep it that way."))

    def _fill_follow_through(self, ft: insights.FollowThrough) -> None:
        card = self._card("followthrough")
        card.headline.setText(
            self.tr(
                "{on_time} done on time · {late} done late · {open} open"
                " · {overdue} overdue"
            ).format(
                on_time=number_text(ft.on_time),
                late=number_text(ft.late),
                open=number_text(ft.open),
                overdue=number_text(ft.overdue),
            )
        )  # fmt: skip
        if ft.on_time_rate is not None:
            self._add_text(
                card,
                self.tr("Done on time: {share} of the follow-ups that were due.").format(
                    share=self.share_text(ft.on_time, ft.done + ft.overdue)
                ),
            )
        if ft.events:
            rows = [
                [link("event", e.event_id, e.name), date_text(e.starts_on),
                 number_text(e.people_met), self.share_text(e.followed_up, e.people_met)]
                for e in ft.events
            ]  # fmt: skip
            header = [self.tr("Event"), self.tr("Date"), self.tr("Met"),
                      self.tr("Followed up in 7 days")]  # fmt: skip
            self._add_text(card, table(rows, header))
            if ft.rate is not None:
                self._add_text(
                    card,
                    self.tr("Across these events: {share} followed up within a week.").format(
                        share=self.share_text(ft.followed_up, ft.people_met)
                    ),
                    muted=True,
                )
        if ft.overdue:
            card.hint.setText(
                english_plural(
                    self.tr(
                        "%n follow-up(s) overdue: clear those first, a short note is enough.",
                        "",
                        ft.overdue,
                    ),
                    ft.overdue,
                )
            )
        elif ft.events and ft.events[0].followed_up < ft.events[0].people_met:
            e = ft.events[0]
            card.hint.setText(
                self.tr(
                    "{silent} of the {met} people met at {event} have not heard from you within a"
                    " week: review that event."
                ).format(
                    silent=e.people_met - e.followed_up, met=e.people_met, event=html.escape(e.name)
                )
            )  # fmt: skip
        else:
            card.hint.setText(self.tr("Nothing overdue: the follow-up habit is working."))

    def share_text(self, part: int, whole: int) -> str:
        """ "2 of 7 (29 %)": the count and the rate, so a figure can be compared."""
        if not whole:
            return self.tr("{part} of {whole}").format(part=number_text(part), whole="0")
        percent = QLocale().toString(round(100 * part / whole))
        return self.tr("{part} of {whole} ({percent} %)").format(
            part=number_text(part), whole=number_text(whole), percent=percent
        )

    def _fill_keep(self, keep: insights.KeepInTouch) -> None:
        card = self._card("keep")
        card.headline.setText(
            english_plural(
                self.tr("%n person(s) due by their cadence.", "", keep.due_total), keep.due_total
            )
        )
        for item in keep.due:
            self._add_text(
                card,
                self.tr("{name} · last contact {day} · every {days} days").format(
                    name=link("person", item.person_id, item.full_name),
                    day=short_date(item.last_contact),
                    days=item.cadence_days,
                ),
            )
        if keep.due_total:
            card.hint.setText(self.tr("A short message is enough: it resets their cadence."))
        else:
            card.hint.setText(
                self.tr(
                    "Set a keep-in-touch cadence on the people and tags that matter "
                    "(Preferences, or a person's page)."
                )
            )

    def _fill_introductions(self, intro: insights.IntroductionStats) -> None:
        card = self._card("introductions")
        card.headline.setText(
            english_plural(self.tr("%n introduction(s) made", "", intro.made), intro.made)
            + " · "
            + self.tr("{count} with an outcome").format(count=intro.with_outcome)
        )
        if intro.most_introduced:
            links = ", ".join(
                f"{link('person', p.person_id, p.full_name)} ({n})"
                for p, n in intro.most_introduced
            )
            self._add_text(card, self.tr("Introduced most: {names}").format(names=links))
        if intro.introduced_me:
            links = ", ".join(
                f"{link('person', p.person_id, p.full_name)} ({n})" for p, n in intro.introduced_me
            )
            self._add_text(card, self.tr("Introduced you to others: {names}").format(names=links))
        if not intro.made and intro.introduced_me:
            first, people = intro.introduced_me[0]
            card.hint.setText(
                english_plural(
                    self.tr(
                        "{name} introduced you to %n person(s): return the favour with an"
                        " introduction of your own.",
                        "",
                        people,
                    ),
                    people,
                ).format(name=link("person", first.person_id, first.full_name))
            )
        elif not intro.made:
            card.hint.setText(
                self.tr(
                    "Introduce two people who share a problem: it is the most valuable thing "
                    "you can give."
                )
            )
        elif intro.with_outcome < intro.made:
            card.hint.setText(
                english_plural(
                    self.tr(
                        "Ask how %n introduction(s) went: the outcome is not recorded yet.",
                        "",
                        intro.made - intro.with_outcome,
                    ),
                    intro.made - intro.with_outcome,
                )
            )
        else:
            card.hint.setText(self.tr("Every introduction has an outcome recorded."))

    def _fill_goals(self, goals: insights.GoalsSummary) -> None:
        card = self._card("goals")
        card.headline.setText(
            self.tr("{reached} of {total} goals reached").format(
                reached=goals.reached, total=goals.total
            )
        )
        for goal in goals.goals:
            where = (
                link("event", goal.event_id, goal.event_name)
                if goal.event_id is not None
                else self.tr("standing goal")
            )
            mark = "✔" if goal.reached else "○"
            self._add_text(
                card,
                f"{mark} {html.escape(goal.text)} — {goal.progress}/{goal.target} · {where}",
            )
        if goals.total > len(goals.goals):
            self._add_text(
                card,
                english_plural(
                    self.tr("… and %n more", "", goals.total - len(goals.goals)),
                    goals.total - len(goals.goals),
                ),
                muted=True,
            )
        card.hint.setText(
            self.tr(
                "Goals that name a department, organisation or tag count themselves "
                "from the people you meet."
            )
            if goals.total
            else self.tr("Give your next event a goal, such as “meet someone from Legal”.")
        )
