"""The brief and the report on screen: the pages as they will print, and Save as PDF.

The figures are read on the window's own (read-only) connection: a brief or a month is a
handful of indexed queries. The pages are drawn by the same code that writes the PDF.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.briefing.brief import brief
from netdesk.core.briefing.report import MonthReport, report
from netdesk.core.errors import NetdeskError
from netdesk.core.storage.store import Store
from netdesk.ui.reports.brief_pdf import draw_brief
from netdesk.ui.reports.paper import Draw, page_images, write_pdf
from netdesk.ui.reports.report_pdf import draw_report
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.look import plain_label, set_error_style

MONTHS_OFFERED = 18


class PaperDialog(QDialog):
    """Pages to read, with Save as PDF…; ``pages`` holds the page labels (for tests)."""

    def __init__(
        self,
        title: str,
        file_name: str,
        parent: QWidget | None = None,
        *,
        top: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._draw: Draw | None = None
        self._file_name = file_name
        self._pdf_title = title
        self.pages: list[QLabel] = []
        self.saved: Path | None = None
        self.sheets = QWidget()
        self.sheets.setObjectName("paperSheets")
        self._column = QVBoxLayout(self.sheets)
        self._column.setSpacing(16)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sheets)
        scroll.setBackgroundRole(self.backgroundRole())
        self.error = plain_label()
        set_error_style(self.error)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        char = self.fontMetrics().averageCharWidth()
        self.resize(max(860, 100 * char), 900)

    def show_drawing(self, draw: Draw) -> None:
        self._draw = draw
        for label in self.pages:
            # Out of the column at once: deleteLater alone would leave the old page on
            # screen, above the new one, until the event loop comes round.
            self._column.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.pages = []
        for image in page_images(draw, dpi=96 * self.devicePixelRatioF()):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            label = QLabel()
            label.setPixmap(pixmap)
            label.setFrameShape(QLabel.Shape.Box)
            self._column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(label)

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Ask where (unless ``path`` is given) and write the PDF; the path written."""
        if self._draw is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), self._file_name, self.tr("PDF files (*.pdf)")
            )
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        try:
            write_pdf(path, self._draw, title=self._pdf_title)
        except NetdeskError as error:
            self.error.setText(str(error))
            self.error.show()
            return None
        self.error.hide()
        self.saved = path
        return path


def open_brief(services: Services, event_id: int, parent: QWidget | None = None) -> PaperDialog:
    """The pre-event brief of one event, on screen."""
    data = brief(services.store, event_id)
    dialog = PaperDialog(
        QCoreApplication.translate("PaperDialog", "Brief: {event}").format(event=data.event.name),
        f"brief-{data.event.starts_on.isoformat()}.pdf",
        parent,
    )
    dialog.show_drawing(lambda paper: draw_brief(paper, data))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def read_report(path: str, month: str, generation: int) -> tuple[int, MonthReport]:
    """On a worker thread, with a connection of its own: a month is a second's reading at
    100,000 people, too long for the window's thread."""
    with Store.open(path, read_only=True) as store:
        return generation, report(store, month)


class ReportDialog(PaperDialog):
    """The monthly report, with a choice of month (the current one first). The month's
    figures are read in the background; ``shown`` fires when its pages are on screen."""

    shown = Signal(str)  # the month shown

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__("", "report.pdf", parent)
        self._generation = 0
        self.setWindowTitle(self.tr("Monthly report"))
        self._services = services
        self.month = QComboBox()
        self.month.setObjectName("reportMonth")
        day = today or dt.date.today()
        year, month = day.year, day.month
        for _ in range(MONTHS_OFFERED):
            text = QDate(year, month, 1).toString("MMMM yyyy")
            self.month.addItem(text, f"{year:04d}-{month:02d}")
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Month:"))
        label.setBuddy(self.month)
        row.addWidget(label)
        row.addWidget(self.month)
        row.addStretch(1)
        self.layout().insertWidget(0, top)
        self.month.currentIndexChanged.connect(self._on_month)
        self._on_month()

    def _on_month(self, *_args: object) -> None:
        self._generation += 1
        self.save_button.setEnabled(False)
        self._services.tasks.run(
            read_report,
            str(self._services.store.path),
            self.month.currentData(),
            self._generation,
            on_done=self._on_read,
            on_error=self._on_failed,
        )

    def show_month_now(self, month: str) -> None:
        """Read and show ``month`` on this thread: for the screenshot command."""
        self._generation += 1
        self.month.blockSignals(True)
        self.month.setCurrentIndex(max(self.month.findData(month), 0))
        self.month.blockSignals(False)
        self._show_report(report(self._services.store, month))

    def _on_read(self, numbered: tuple[int, MonthReport]) -> None:
        generation, data = numbered
        if generation == self._generation:  # else a later month is on its way
            self._show_report(data)

    def _on_failed(self, error: Exception) -> None:
        self.error.setText(str(error))
        self.error.show()

    def _show_report(self, data: MonthReport) -> None:
        self._file_name = f"netdesk-report-{data.month}.pdf"
        self._pdf_title = self.tr("Networking report {month}").format(month=data.month)
        self.show_drawing(lambda paper: draw_report(paper, data))
        self.save_button.setEnabled(True)
        self.shown.emit(data.month)


def open_report(services: Services, parent: QWidget | None = None) -> ReportDialog:
    dialog = ReportDialog(services, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
