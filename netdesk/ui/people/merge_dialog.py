"""Merge a scanned card into a person we know: fields side by side, a choice per field.

Nothing is overwritten unless the user picks the card's value for that field;
empty fields default to the card's value, differing ones to what we have.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.model import ContactPoint
from netdesk.core.people.resolve import KEEP, TAKE, Proposal
from netdesk.ui.widgets import vocabulary
from netdesk.ui.widgets.look import (
    plain_label,
    plain_mnemonic,
    plain_tooltip,
    scaled_font,
    set_muted,
)


class MergeDialog(QDialog):
    """Shows a :class:`Proposal`; read :meth:`choices` and :meth:`points` after ``exec()``."""

    def __init__(self, proposal: Proposal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposal = proposal
        self.setWindowTitle(self.tr("Merge scanned card"))
        self.setMinimumWidth(620)
        self._groups: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        self._point_boxes: list[tuple[QCheckBox, ContactPoint]] = []

        heading = plain_label(
            self.tr("This card looks like {name}, whom you already know ({reason}).").format(
                name=proposal.person.full_name,
                reason=vocabulary.duplicate_reason(proposal.match.reason),
            )
        )
        heading.setWordWrap(True)
        heading.setFont(scaled_font(self, 1.1, bold=True))
        hint = QLabel(
            self.tr(
                "Choose, field by field, what to keep. Nothing changes unless you pick the"
                " card's value."
            )
        )
        hint.setWordWrap(True)
        set_muted(hint)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        for column, text in enumerate(("", self.tr("You have"), self.tr("The card says"))):
            header = QLabel(text)
            header.setFont(scaled_font(self, 1.0, bold=True))
            grid.addWidget(header, 0, column)
        row_index = 1
        for row in proposal.rows:
            if row.state == "none":
                continue
            if row.state == "same":
                # Shown for context (who this is), with nothing to choose.
                grid.addWidget(QLabel(vocabulary.person_field(row.field)), row_index, 0)
                value = plain_label(row.current)
                value.setWordWrap(True)
                set_muted(value)
                grid.addWidget(value, row_index, 1, 1, 2)
                row_index += 1
                continue
            grid.addWidget(QLabel(vocabulary.person_field(row.field)), row_index, 0)
            keep = QRadioButton(plain_mnemonic(row.current) or self.tr("(empty)"))
            take = QRadioButton(plain_mnemonic(row.scanned))
            for button, value in ((keep, row.current), (take, row.scanned)):
                # The whole value, for one too long for its column.
                button.setToolTip(plain_tooltip(value) if value else button.text())
            group = QButtonGroup(self)
            group.addButton(keep)
            group.addButton(take)
            (take if row.state == "fill" else keep).setChecked(True)
            grid.addWidget(keep, row_index, 1)
            grid.addWidget(take, row_index, 2)
            self._groups[row.field] = (keep, take)
            row_index += 1
        if proposal.new_points:
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            grid.addWidget(line, row_index, 0, 1, 3)
            row_index += 1
            grid.addWidget(
                QLabel(self.tr("New on the card")), row_index, 0, Qt.AlignmentFlag.AlignTop
            )
            for point in proposal.new_points:
                text = point.value + (f"  ({point.label})" if point.label else "")
                box = QCheckBox(plain_mnemonic(text))
                box.setChecked(True)
                grid.addWidget(box, row_index, 2)
                self._point_boxes.append((box, point))
                row_index += 1
        if not self._groups and not self._point_boxes:
            same = QLabel(self.tr("The card holds nothing you do not already have."))
            set_muted(same)
            grid.addWidget(same, row_index, 0, 1, 3)
            row_index += 1
        grid.setRowStretch(row_index, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addSpacing(6)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def choose(self, field: str, choice: str) -> None:
        """Pick ``'current'`` or ``'scanned'`` for a field (what a click does)."""
        keep, take = self._groups[field]
        (take if choice == TAKE else keep).setChecked(True)

    def choices(self) -> dict[str, str]:
        return {
            name: TAKE if take.isChecked() else KEEP for name, (_keep, take) in self._groups.items()
        }

    def points(self) -> tuple[ContactPoint, ...]:
        return tuple(point for box, point in self._point_boxes if box.isChecked())
