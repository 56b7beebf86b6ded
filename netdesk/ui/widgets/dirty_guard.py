"""Unsaved work is never dropped silently: a dialog asks before discarding what was typed.

:class:`DirtyGuard` takes a snapshot of every input field under a widget (text, ticks,
choices, dates, list entries) and compares it with what the fields hold now.
:class:`GuardedDialog` takes the snapshot when it is first shown and asks "Discard your
changes?" on reject, which is where Esc, Cancel/Close and the window's close button all
end up. Nothing changed: it closes without a question.

The question is window-modal but not blocking (``open()``, not ``exec()``): the answer
arrives by a signal, so a close from code (a test's teardown, the app quitting) never
waits on a nested event loop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _value(widget: QWidget) -> Any:
    """What the user can change in ``widget``; None for widgets that hold no input."""
    if isinstance(widget, QLineEdit):
        # The editor inside a spin box or combo box is read through its owner.
        owner = widget.parentWidget()
        return None if isinstance(owner, QAbstractSpinBox | QComboBox) else widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QListWidget):
        return tuple(widget.item(i).text() for i in range(widget.count()))
    return None


class DirtyGuard(QObject):
    """Whether the fields under ``root`` changed since :meth:`mark_clean`, and the question."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self._root = root
        self._ignored: list[QWidget] = []
        self._snapshot: list[tuple[QWidget, Any]] | None = None
        self.question: QMessageBox | None = None  # while the question is open

    def ignore(self, *widgets: QWidget) -> None:
        """Leave ``widgets`` (and what they hold) out: a search field is not work."""
        self._ignored.extend(widgets)
        if self._snapshot is not None:
            self.mark_clean()

    def _fields(self) -> Iterable[tuple[QWidget, Any]]:
        window = self._root.window()
        for widget in self._root.findChildren(QWidget):
            # Other windows hold no work of this one: a calendar popup, a child dialog.
            if widget.window() is not window:
                continue
            if any(w is widget or w.isAncestorOf(widget) for w in self._ignored):
                continue
            value = _value(widget)
            if value is not None:
                yield widget, value

    def mark_clean(self) -> None:
        """What the fields hold now is saved (or is what the dialog opened with)."""
        self._snapshot = list(self._fields())

    @property
    def armed(self) -> bool:
        return self._snapshot is not None

    def is_dirty(self) -> bool:
        return self._snapshot is not None and list(self._fields()) != self._snapshot

    def confirm_discard(self, proceed: Callable[[], None]) -> None:
        """Run ``proceed`` now when nothing changed, else once the user chose Discard."""
        if not self.is_dirty():
            proceed()
        elif self.question is None:  # asked already (Esc twice): the open question stands
            self._ask(proceed)

    def _ask(self, proceed: Callable[[], None]) -> None:
        def translate(text: str) -> str:
            return QCoreApplication.translate("DirtyGuard", text)

        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Unsaved changes"),
            translate("Discard your changes?"),
            QMessageBox.StandardButton.NoButton,
            self._root,
        )
        discard = box.addButton(translate("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discard")
        keep = box.addButton(translate("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep-editing")
        # The safe answer is the easy one: Enter and Esc both keep editing.
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered() -> None:
            self.question = None
            box.deleteLater()
            if box.clickedButton() is discard:
                proceed()

        box.finished.connect(answered)
        self.question = box
        box.open()


class GuardedDialog(QDialog):
    """A dialog whose typed work is not dropped by Esc, Cancel or the close button.

    Subclasses call :meth:`DirtyGuard.mark_clean` on ``self.unsaved`` after they save
    without closing, and :meth:`DirtyGuard.ignore` for fields that hold no work.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unsaved = DirtyGuard(self)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.unsaved.armed:
            self.unsaved.mark_clean()  # the fields as the dialog opened with them
        super().showEvent(event)

    def reject(self) -> None:
        self.unsaved.confirm_discard(self._discard)

    def _discard(self) -> None:
        QDialog.reject(self)
