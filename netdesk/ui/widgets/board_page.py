"""The frame that Home and Insights share: a title, when the figures were read, one button,
and the board of cards below it, scrolling as a whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netdesk.ui.widgets.look import scaled_font, set_muted


def board_page(
    owner: QWidget, title: str, button: QPushButton, board: QWidget
) -> tuple[QScrollArea, QLabel]:
    """The scrolling page around ``board``, and the muted label that says when it was read."""
    heading = QLabel(title)
    heading.setFont(scaled_font(owner, 1.5, bold=True))
    updated = QLabel()
    set_muted(updated)
    header = QHBoxLayout()
    header.addWidget(heading)
    header.addSpacing(12)
    header.addWidget(updated, 1, Qt.AlignmentFlag.AlignBottom)
    header.addWidget(button)
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(16, 12, 16, 16)
    column.addLayout(header)
    column.addSpacing(6)
    column.addWidget(board)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll, updated
