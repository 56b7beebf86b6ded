"""Help ▸ Guide (the three moments of an event) and Help ▸ About netdesk.

The guide is our own rich text: each step names the window's action and its shortcut, read
from the action itself, so the guide never promises a key the menus do not have. The About
window shows paths as plain text: they are the user's, never markup.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from netdesk import __version__
from netdesk.core.storage.backup import backup_dir
from netdesk.ui.widgets.look import escaped, plain_label

LICENCE = "MIT"  # pyproject.toml's; read from the installed metadata where there is one


def licence() -> str:
    try:
        return metadata("netdesk")["License"] or LICENCE
    except PackageNotFoundError:  # a packaged app without the distribution's metadata
        return LICENCE


def step(action: QAction) -> str:
    """'<b>Quick capture</b> (Ctrl+N)': the action's own text and shortcut, as markup."""
    from netdesk.ui.main_window import plain_text

    text = plain_text(action)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"<b>{escaped(text)}</b>" + (f" ({escaped(keys)})" if keys else "")


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    return buttons


class GuideDialog(QDialog):
    """Before, at and after an event, in a dozen lines."""

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.html(actions))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(_close_buttons(self))
        metrics = self.fontMetrics()
        self.resize(72 * metrics.averageCharWidth(), 40 * metrics.height())

    def html(self, actions: dict[str, QAction]) -> str:
        s = {key: step(action) for key, action in actions.items()}
        moments = [
            (
                self.tr("Before the event"),
                [
                    self.tr("Create the event: {new_event}.").format(new_event=s["new_event"]),
                    self.tr(
                        "Set goals in the event: whom you want to meet and how many. The review"
                        " counts them for you."
                    ),
                    self.tr("Check the QR card others will scan on {card}.").format(card=s["card"]),
                    self.tr("Print name badges for the attendee list on the same page."),
                ],
            ),
            (
                self.tr("At the event"),
                [
                    self.tr("Choose the event in the toolbar: everyone you add is met there."),
                    self.tr("Show your card full screen for others to scan: {present}.").format(
                        present=s["present"]
                    ),
                    self.tr(
                        "Scan cards and badges from photos, the clipboard or the camera: {scan}."
                    ).format(scan=s["scan"]),
                    self.tr(
                        "Note someone in seconds, with the follow-up you promised: {capture}."
                    ).format(capture=s["capture"]),
                ],
            ),
            (
                self.tr("After the event"),
                [
                    self.tr(
                        "Review everyone you met, one card each, and choose how to follow up:"
                        " {review}."
                    ).format(review=s["review"]),
                    self.tr("Work through what is due, done or snoozed: {followups}.").format(
                        followups=s["followups"]
                    ),
                    self.tr(
                        "Give before you take: note what you gave and received (exchanges) on a"
                        " person, and introduce people who should meet."
                    ),
                    self.tr("See whether you give as much as you get: {insights}.").format(
                        insights=s["insights"]
                    ),
                ],
            ),
        ]
        parts = []
        for title, lines in moments:
            parts.append(f"<h3>{title}</h3><ul>")
            parts.extend(f"<li>{line}</li>" for line in lines)
            parts.append("</ul>")
        return "".join(parts)


class AboutDialog(QDialog):
    """Version, licence, where the data lives, and the Qt underneath."""

    def __init__(self, db_path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About netdesk"))
        title = QLabel(f"<h2>netdesk {escaped(__version__)}</h2>")
        title.setTextFormat(Qt.TextFormat.RichText)
        blurb = QLabel(
            self.tr(
                "Capture who you meet at events, swap QR cards and follow up. Everything stays"
                " in one file on this computer."
            )
        )
        blurb.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, caption, value in (
            ("version", self.tr("Version"), __version__),
            ("licence", self.tr("Licence"), licence()),
            ("database", self.tr("Your data"), str(db_path)),
            ("backups", self.tr("Backups"), str(backup_dir(db_path))),
            (
                "qt",
                self.tr("Built with"),
                f"Qt {qVersion()} · PySide6 {PySide6.__version__}",
            ),
        ):
            label = plain_label(value)  # a path is the user's: shown as typed, never as markup
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = label
            form.addRow(caption, label)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(_close_buttons(self))
        self.resize(60 * self.fontMetrics().averageCharWidth(), self.sizeHint().height())
