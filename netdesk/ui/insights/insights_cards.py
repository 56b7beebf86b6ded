"""The pieces the Insights page is made of: a card, its two charts, links and small tables.

Kept apart from the page so that each card's wording (in ``insights_view``) reads
on its own. Links are ``kind:value`` (``organisation:Arcadis``, ``person:12``);
the page turns them into ``services.open_page`` calls.
"""

from __future__ import annotations

import datetime as dt
import html
from urllib.parse import quote

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from netdesk.core.insights import insights
from netdesk.ui.widgets.look import BRAND, english_plural, scaled_font, set_muted, short_date

GAVE_COLOR = BRAND


class InsightsCards(QObject):
    """The translation context of the texts below: lupdate sees a plural (``%n``) only in a
    ``tr()`` call, and a plural stored as a plain text falls back to English for n > 1."""


def names(items: list[str], most: int = 3) -> str:
    """ "Legal, Treasury and HR" (or "… and 4 more"), each name escaped for rich text."""
    shown = [html.escape(item) for item in items[:most]]
    if len(items) > most:
        rest = len(items) - most
        shown.append(english_plural(InsightsCards.tr("%n more", "", rest), rest))
    if len(shown) == 1:
        return shown[0]
    return QCoreApplication.translate("InsightsCards", "{first} and {last}").format(
        first=", ".join(shown[:-1]), last=shown[-1]
    )


def link(kind: str, value: object, text: str) -> str:
    return f'<a href="{kind}:{quote(str(value))}">{html.escape(text)}</a>'


def date_text(day: dt.date | None) -> str:
    return short_date(day) if day else "—"


class Card(QFrame):
    """One insight: a title, a headline figure, the body, and a hint in a sentence."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.title = QLabel(title)
        self.title.setFont(scaled_font(self, 1.15, bold=True))
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setObjectName("insightHint")
        # The hint is the point of the card: an accent bar, not muted text.
        self.hint.setStyleSheet(
            f"QLabel#insightHint {{ border-style: solid; border-width: 0 0 0 3px;"
            f" border-color: {GAVE_COLOR.name()}; padding: 2px 0 2px 8px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.headline)
        layout.addLayout(self.body)
        layout.addStretch(1)  # cards in one row share a height: the slack goes above the hint
        layout.addWidget(self.hint)

    def clear_body(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def add_text(self, text: str, *, muted: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setOpenExternalLinks(False)
        if muted:
            set_muted(label)
        self.body.addWidget(label)
        return label

    def add_widget(self, widget: QWidget) -> None:
        self.body.addWidget(widget)


def _chart_view(chart: QChart, height: int) -> QChartView:
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.setBackgroundVisible(False)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    view.setStyleSheet("background: transparent")
    return view


def _theme(chart: QChart, widget: QWidget) -> None:
    text = widget.palette().color(QPalette.ColorRole.WindowText)
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setTruncateLabels(False)  # short labels: "…" in their place helps nobody
        if isinstance(axis, QBarCategoryAxis):
            axis.setGridLineVisible(False)


def _paired_bars(
    pairs: list[tuple[str, float, float]],
    names: tuple[str, str],
    colors: tuple[QColor, QColor],
    *,
    horizontal: bool,
) -> QChart:
    """Two bars per category, ``(category, first, second)``, with a count axis from 0."""
    sets = [QBarSet(name) for name in names]
    for bar_set, color in zip(sets, colors, strict=True):
        bar_set.setColor(color)
    for _category, first, second in pairs:
        sets[0].append(first)
        sets[1].append(second)
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(sets)
    chart = QChart()
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([category for category, _, _ in pairs])
    counts = QValueAxis()
    counts.setLabelFormat("%d")
    counts.setRange(0, max([max(a, b) for _, a, b in pairs] + [1]))
    counts.applyNiceNumbers()
    left, bottom = (categories, counts) if horizontal else (counts, categories)
    chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(bottom, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(counts)
    return chart


CHARTED_DEPARTMENTS = 12  # more than this: the largest 11 and one "Other" bar for the rest


def chart_colors(widget: QWidget) -> tuple[QColor, QColor]:
    """Two series colours from the palette that are easy to tell apart, light or dark: the
    highlight, and its complement (hue turned half way round) at a clearly different
    lightness, so they differ in hue and in brightness (also for colour-blind eyes)."""
    first = widget.palette().color(QPalette.ColorRole.Highlight)
    hue, saturation, lightness, _ = first.getHsl()
    hue = (max(hue, 0) + 180) % 360  # a grey highlight has hue -1
    saturation = max(saturation, 150)
    lightness = lightness + 70 if lightness < 128 else lightness - 70
    second = QColor.fromHsl(hue, saturation, max(40, min(215, lightness)))
    return first, second


def charted_departments(
    coverage: insights.InternalCoverage, most: int = CHARTED_DEPARTMENTS
) -> list[tuple[str, int, int]]:
    """(name, known, met lately) per named department, largest first; past ``most``, the
    smallest are added up in one "Other (n)" row so every department is counted."""
    named = [d for d in coverage.departments if d.department]
    rows = [(d.department, d.known, d.met_recently) for d in named]
    if len(rows) <= most:
        return rows
    kept, rest = rows[: most - 1], rows[most - 1 :]
    other = QCoreApplication.translate("InsightsCards", "Other ({count} departments)").format(
        count=len(rest)
    )
    return [*kept, (other, sum(r[1] for r in rest), sum(r[2] for r in rest))]


def department_chart(coverage: insights.InternalCoverage, widget: QWidget) -> QChartView:
    """Known vs met in the last 12 months, one pair of bars per department (largest on top)."""
    shown = charted_departments(coverage)[::-1]
    met, known = chart_colors(widget)
    chart = _paired_bars(
        # Axis labels are drawn as HTML: a department name is escaped like any other.
        [(html.escape(name), n_known, n_met) for name, n_known, n_met in shown],
        (
            QCoreApplication.translate("InsightsCards", "Known"),
            QCoreApplication.translate("InsightsCards", "Met in the last 12 months"),
        ),
        (known, met),
        horizontal=True,
    )
    _theme(chart, widget)
    return _chart_view(chart, max(180, 26 * len(shown) + 60))


def reciprocity_chart(recip: insights.Reciprocity, widget: QWidget) -> QChartView:
    """Given and received per month over the last year."""
    chart = _paired_bars(
        [
            (QLocale().toString(dt.date.fromisoformat(m.label + "-01"), "MMM"), m.gave, m.received)
            for m in recip.months
        ],
        (
            QCoreApplication.translate("InsightsCards", "Gave"),
            QCoreApplication.translate("InsightsCards", "Received"),
        ),
        chart_colors(widget),
        horizontal=False,
    )
    _theme(chart, widget)
    return _chart_view(chart, 190)


def table(rows: list[list[str]], header: list[str]) -> str:
    """A small rich-text table: cells may hold links. The first column is left-aligned."""
    head = "".join(
        f'<th align="{"left" if i == 0 else "right"}">{html.escape(h)}</th>'
        for i, h in enumerate(header)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td align="{"left" if i == 0 else "right"}">{cell}</td>' for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f'<table cellspacing="0" cellpadding="3" width="100%"><tr>{head}</tr>{body}</table>'
