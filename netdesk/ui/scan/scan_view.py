"""The Scan view: QR cards from the webcam, image files, drag and drop, or the clipboard.

Every source ends in the same core operation (:mod:`netdesk.core.transfer.scanning`),
run off the GUI thread. Camera frames go through :meth:`ScanView.push_frame`,
which a test can call with its own QImage frames: throttled, one decode in
flight at a time, and the same code read twice in a row is not added twice.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.operations.capture import note_context
from netdesk.core.people.resolve import Match, apply_merge, propose
from netdesk.core.qr.decode import decode_image
from netdesk.core.transfer.scanning import (
    DecodedFile,
    ScanItem,
    ScanSummary,
    decode_files,
    scan_decoded,
    scan_texts,
)
from netdesk.ui.people.merge_dialog import MergeDialog
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.look import is_dark, plain_label, scaled_font, set_muted

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp"}
# Item data roles in the results list.
ITEM_ROLE = Qt.ItemDataRole.UserRole


def qimage_to_pil(image: QImage) -> Image.Image:
    """A grey Pillow copy of ``image``: safe to hand to another thread."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    data = bytes(grey.constBits())[: stride * height]
    return Image.frombuffer("L", (width, height), data, "raw", "L", stride, 1).copy()


def camera_inputs() -> list[Any]:
    """The cameras QtMultimedia sees; [] when it is missing or cannot load (no libpulse)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return []
    return list(QMediaDevices.videoInputs())


class ScanView(QWidget):
    scan_finished = Signal(object)  # ScanSummary, after every file batch, paste or frame
    frame_decoded = Signal(list)  # the texts read in a camera frame (may be empty)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setAcceptDrops(True)
        # At most one frame decoded at a time, and no more often than this.
        self.frame_interval_ms = 250
        # The same code seen again within this many seconds is the card still in view.
        self.repeat_seconds = 30.0
        self._decoding = False
        self._last_frame_at = 0.0
        self._last_texts: tuple[str, ...] = ()
        self._last_seen_at = 0.0
        self._camera: Any = None
        self._session: Any = None
        self._batch = None

        title = QLabel(self.tr("Scan QR cards"))
        title.setFont(scaled_font(self, 1.5, bold=True))
        self.event_label = plain_label()
        self.event_label.setWordWrap(True)
        set_muted(self.event_label)

        self.camera_stack = QStackedWidget()
        self.camera_stack.setMinimumSize(360, 240)
        # Without a running camera the panel is the drop zone, and says what else works.
        self.idle_panel = QFrame()
        self.idle_panel.setObjectName("scanDropZone")
        border = self.palette().color(QPalette.ColorRole.Mid).name()
        self.idle_panel.setStyleSheet(
            f"#scanDropZone {{ border: 2px dashed {border}; border-radius: 10px; }}"
        )
        self.no_camera = QLabel()
        self.no_camera.setWordWrap(True)
        self.no_camera.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_camera.setFont(scaled_font(self, 1.25, bold=True))
        self.idle_hint = QLabel()
        self.idle_hint.setWordWrap(True)
        self.idle_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.camera_button = QPushButton(self.tr("Start &camera"))
        self.camera_button.clicked.connect(self._toggle_camera)
        self.open_button = QPushButton(self.tr("&Open images…"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_files)
        self.paste_button = QPushButton(self.tr("&Paste image"))
        self.paste_button.clicked.connect(self.paste)
        QShortcut(QKeySequence.StandardKey.Paste, self, activated=self.paste)
        QShortcut(QKeySequence.StandardKey.Open, self, activated=self.open_files)
        idle = QVBoxLayout(self.idle_panel)
        idle.setContentsMargins(48, 24, 48, 24)
        idle.addStretch(2)
        idle.addWidget(self.no_camera)
        idle.addSpacing(8)
        idle.addWidget(self.idle_hint)
        idle.addStretch(3)
        self.camera_stack.addWidget(self.idle_panel)

        self.cue = plain_label()  # names the person just scanned
        self.cue.setWordWrap(True)
        self.cue.setMargin(10)
        self.cue.hide()
        self._cue_timer = QTimer(self)
        self._cue_timer.setSingleShot(True)
        self._cue_timer.setInterval(4000)
        self._cue_timer.timeout.connect(self.cue.hide)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()

        results_title = QLabel(self.tr("Scanned in this session"))
        results_title.setFont(scaled_font(self, 1.1, bold=True))
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(3)
        self.results.itemDoubleClicked.connect(self._on_item_activated)
        self.results.currentItemChanged.connect(self._on_current_changed)
        self.results_empty = QLabel(
            self.tr("Nothing scanned yet. Each card you scan appears here, newest first.")
        )
        self.results_empty.setWordWrap(True)
        set_muted(self.results_empty)
        self.results_empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.results_empty.setContentsMargins(0, 6, 0, 0)
        # A card says who; only the user can say why they matter. Enter keeps it.
        self.context = QLineEdit()
        self.context.setPlaceholderText(self.tr("What did you talk about? Enter keeps it"))
        self.context.setEnabled(False)
        self.context.returnPressed.connect(self.save_context)
        self.context_label = QLabel(self.tr("&Context"))
        self.context_label.setBuddy(self.context)
        self.review_button = QPushButton(self.tr("&Review differences…"))
        self.review_button.setEnabled(False)
        self.review_button.clicked.connect(self.review_current)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.camera_button, self.open_button, self.paste_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.camera_stack, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(results_title)
        self.results_stack = QStackedWidget()
        self.results_stack.addWidget(self.results_empty)
        self.results_stack.addWidget(self.results)
        right.addWidget(self.results_stack, 1)
        right.addWidget(self.context_label)
        right.addWidget(self.context)
        right.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignRight)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.event_label)
        layout.addWidget(self.cue)
        layout.addWidget(self.progress)
        layout.addLayout(columns, 1)

        self._cameras = camera_inputs()
        self._show_camera_state()
        self._show_event()
        self._show_empty()
        services.current_event_changed.connect(self._show_event)
        services.changed.connect(self._on_changed)

    # -- what the view says ------------------------------------------------------

    def _show_event(self, *_args: object) -> None:
        event_id = self.services.current_event_id
        if event_id is None:
            self.event_label.setText(
                self.tr("No current event: people you scan are added without one.")
            )
            return
        try:
            name = self.services.store.events.get(event_id).name
        except NetdeskError:
            name = "?"
        self.event_label.setText(
            self.tr("People you scan are added as met at {event}.").format(event=name)
        )

    def _on_changed(self, changes: object) -> None:
        if "events" in getattr(changes, "kinds", ()):
            self._show_event()

    def _show_camera_state(self) -> None:
        has_camera = bool(self._cameras)
        self.camera_button.setVisible(has_camera)
        if not has_camera:
            self.no_camera.setText(self.tr("No camera found"))
            self.idle_hint.setText(
                self.tr(
                    "Open photos or screenshots of QR cards, drop them here (several at once),"
                    " or paste an image from the clipboard with Ctrl+V."
                )
            )
        else:
            self.no_camera.setText(self.tr("Hold a QR card in front of the camera"))
            self.idle_hint.setText(
                self.tr(
                    "Start the camera, or open photos and screenshots, drop them here, or paste"
                    " an image with Ctrl+V."
                )
            )

    def _show_empty(self) -> None:
        empty = self.results.count() == 0
        self.results_stack.setCurrentWidget(self.results_empty if empty else self.results)

    def _flash(self, text: str, *, good: bool) -> None:
        """The success cue: a coloured banner that fades after a few seconds."""
        dark = is_dark(self)
        if good:
            colours = ("#1b4332", "#d8f3dc") if dark else ("#d8f3dc", "#1b4332")
        else:
            colours = ("#4a1c1c", "#ffdad6") if dark else ("#ffdad6", "#5f1412")
        self.cue.setStyleSheet(
            f"background: {colours[0]}; color: {colours[1]}; border-radius: 6px;"
        )
        self.cue.setText(text)
        self.cue.show()
        self._cue_timer.start()

    # -- sources -----------------------------------------------------------------

    def open_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open images of QR cards"),
            "",
            self.tr("Images ({patterns});;All files (*)").format(
                patterns=" ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
            ),
        )
        if paths:
            self.scan_paths(paths)

    def scan_paths(self, paths: list[str] | list[Path]) -> None:
        """Decode image files on the pool, then add what they held through the writer."""
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()
        self._batch = self.services.tasks.run(
            decode_files,
            [Path(p) for p in paths],
            with_control=True,
            on_done=self._add_decoded,
            on_error=self._on_failed,
        )
        self._batch.progressed.connect(lambda done, total: self.progress.setValue(done))

    def _add_decoded(self, decoded: list[DecodedFile]) -> None:
        self.services.writer.submit(
            scan_decoded,
            decoded,
            event_id=self.services.current_event_id,
            on_done=self._on_scanned,
            on_error=self._on_failed,
        )

    def scan_qimage(self, image: QImage, where: str) -> None:
        """A whole image (pasted or dropped): decoded on the pool, then added."""
        self.services.tasks.run(
            decode_image,
            qimage_to_pil(image),
            where,
            on_done=lambda found: self.scan_texts([d.text for d in found], where),
            on_error=self._on_failed,
        )

    def scan_text(self, text: str, where: str) -> None:
        """Text that is itself a card (a vCard copied from an email)."""
        self.scan_texts([text], where)

    def scan_texts(self, texts: list[str], where: str) -> None:
        """Decoded QR texts become people met at the current event, through the writer."""
        self.services.writer.submit(
            scan_texts,
            texts,
            where=where,
            event_id=self.services.current_event_id,
            on_done=self._on_scanned,
            on_error=self._on_failed,
        )

    def paste(self) -> None:
        self.take_mime(QGuiApplication.clipboard().mimeData(), self.tr("clipboard"))

    def take_mime(self, mime: QMimeData | None, where: str) -> bool:
        """Images, image files or card text from the clipboard or a drop; False if none."""
        if mime is None:
            self._flash(self.tr("The clipboard holds no image or card to scan."), good=False)
            return False
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        files = [f for f in files if Path(f).suffix.lower() in IMAGE_SUFFIXES]
        if files:
            self.scan_paths(files)
            return True
        if mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                self.scan_qimage(image, where)
                return True
        if mime.hasText() and mime.text().strip():
            self.scan_text(mime.text(), where)
            return True
        self._flash(self.tr("The clipboard holds no image or card to scan."), good=False)
        return False

    def dragEnterEvent(self, event: Any) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        if self.take_mime(event.mimeData(), self.tr("dropped image")):
            event.acceptProposedAction()

    # -- the camera --------------------------------------------------------------

    def _toggle_camera(self) -> None:
        if self._camera is not None:
            self.stop_camera()
        else:
            self.start_camera()

    def start_camera(self) -> None:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession
        from PySide6.QtMultimediaWidgets import QVideoWidget

        if not self._cameras:
            return
        preview = QVideoWidget()
        self.camera_stack.addWidget(preview)
        self.camera_stack.setCurrentWidget(preview)
        self._session = QMediaCaptureSession(self)
        self._camera = QCamera(self._cameras[0], self)
        self._session.setCamera(self._camera)
        self._session.setVideoOutput(preview)
        preview.videoSink().videoFrameChanged.connect(self._on_video_frame)
        self._camera.errorOccurred.connect(self._on_camera_error)
        self._camera.start()
        self.camera_button.setText(self.tr("Stop &camera"))

    def _on_camera_error(self, _error: object, text: str = "") -> None:
        self._flash(self.tr("The camera stopped: {reason}").format(reason=text or "?"), good=False)

    def stop_camera(self) -> None:
        if self._camera is None:
            return
        self._camera.stop()
        preview = self.camera_stack.currentWidget()
        self.camera_stack.setCurrentWidget(self.idle_panel)
        if preview is not self.idle_panel:
            self.camera_stack.removeWidget(preview)
            preview.deleteLater()
        self._camera.deleteLater()
        self._session.deleteLater()
        self._camera = self._session = None
        self.camera_button.setText(self.tr("Start &camera"))

    def _on_video_frame(self, frame: Any) -> None:
        # Decide to skip before converting: toImage() costs more than the check.
        if self._wants_frame():
            self.push_frame(frame.toImage())

    def _wants_frame(self) -> bool:
        if self._decoding:
            return False
        return (time.monotonic() - self._last_frame_at) * 1000 >= self.frame_interval_ms

    def push_frame(self, frame: QImage) -> bool:
        """Decode one camera frame in the background; False when throttled away."""
        if frame.isNull() or not self._wants_frame():
            return False
        self._decoding = True
        self._last_frame_at = time.monotonic()
        self.services.tasks.run(
            decode_image,
            qimage_to_pil(frame),
            "camera",
            on_done=self._on_frame_decoded,
            on_error=self._on_frame_failed,
        )
        return True

    def _on_frame_decoded(self, found: list) -> None:
        self._decoding = False
        texts = tuple(d.text for d in found)
        self.frame_decoded.emit(list(texts))
        if not texts:
            return
        now = time.monotonic()
        if texts == self._last_texts and now - self._last_seen_at < self.repeat_seconds:
            self._last_seen_at = now  # still in view: not a new scan
            return
        self._last_texts, self._last_seen_at = texts, now
        self.scan_texts(list(texts), self.tr("camera"))

    def _on_frame_failed(self, error: Exception) -> None:
        self._decoding = False

    # -- results -----------------------------------------------------------------

    def _on_scanned(self, summary: ScanSummary) -> None:
        self.progress.hide()
        for error in summary.errors:
            item = QListWidgetItem(self.tr("Not imported · {where}\n{reason}").format(**error))
            item.setForeground(self.palette().placeholderText())
            self.results.insertItem(0, item)
        for scanned in summary.items:
            self.results.insertItem(0, self._item_for(scanned))
        self._show_empty()
        if summary.items:
            self._flash(self._cue_text(summary), good=True)
        elif summary.errors:
            first = summary.errors[0]
            self._flash(f"{first['where']}: {first['reason']}", good=False)
        self.results.setCurrentRow(0)
        if summary.items and not self.context.hasFocus():
            self.context.setFocus()  # the next thing to type is why they matter
        self.scan_finished.emit(summary)

    def _cue_text(self, summary: ScanSummary) -> str:
        created, merged = summary.count("created"), summary.count("merged")
        unchanged = summary.count("unchanged")
        if len(summary.items) == 1:
            item = summary.items[0]
            texts = {
                "created": self.tr("✓ Added {name}"),
                "merged": self.tr("✓ Updated {name} (already known)"),
                "unchanged": self.tr("✓ {name} is already known: nothing new on the card"),
            }
            return texts[item.outcome].format(name=item.name)
        return self.tr("✓ {created} added, {merged} updated, {unchanged} already known").format(
            created=created, merged=merged, unchanged=unchanged
        )

    def _item_for(self, scanned: ScanItem) -> QListWidgetItem:
        outcome = {
            "created": self.tr("Added"),
            "merged": self.tr("Updated"),
            "unchanged": self.tr("Already known"),
        }[scanned.outcome]
        lines = [f"{outcome} · {scanned.name}", scanned.where]
        if scanned.differences:
            count = len(scanned.differences)
            lines.append(
                self.tr("1 field differs from the card: double-click to review")
                if count == 1
                else self.tr("{n} fields differ from the card: double-click to review").format(
                    n=count
                )
            )
        if scanned.name_guessed:
            lines.append(self.tr("The name was guessed from the link or address: please check it"))
        if scanned.flags:
            lines.append(self.tr("Some text looks like a formula or HTML: kept as plain text"))
        item = QListWidgetItem("\n".join(lines))
        item.setData(ITEM_ROLE, scanned)
        return item

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        scanned = current.data(ITEM_ROLE) if current is not None else None
        self.review_button.setEnabled(bool(scanned and scanned.differences))
        self.context.setEnabled(scanned is not None)
        self.context.clear()
        if scanned is not None:
            self.context.setPlaceholderText(
                self.tr("What did you talk about with {name}? Enter keeps it").format(
                    name=scanned.name
                )
            )

    def save_context(self) -> None:
        """The line typed goes on the meeting the scan recorded with the selected person."""
        item = self.results.currentItem()
        scanned = item.data(ITEM_ROLE) if item is not None else None
        text = self.context.text().strip()
        if scanned is None or not text:
            return
        self.services.writer.submit(
            note_context,
            scanned.person_id,
            text,
            event_id=self.services.current_event_id,
            on_done=lambda _id: self._flash(
                self.tr("✓ Noted for {name}").format(name=scanned.name), good=True
            ),
            on_error=lambda error: self._flash(str(error), good=False),
        )
        self.context.clear()

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        scanned = item.data(ITEM_ROLE)
        if scanned and scanned.differences:
            self.review(scanned)

    def review_current(self) -> None:
        item = self.results.currentItem()
        if item is not None and item.data(ITEM_ROLE):
            self.review(item.data(ITEM_ROLE))

    def merge_dialog_for(self, scanned: ScanItem) -> MergeDialog | None:
        """The merge dialog for a scanned card, against the person as they are now."""
        if scanned.proposal is None:
            return None
        store = self.services.store
        match = Match(scanned.person_id, scanned.proposal.match.reason)
        try:
            proposal = propose(store, scanned.proposal.contact, match)
        except NetdeskError as error:  # deleted since the scan
            self._flash(str(error), good=False)
            return None
        return MergeDialog(proposal, self)

    def review(self, scanned: ScanItem) -> None:
        dialog = self.merge_dialog_for(scanned)
        if dialog is not None and dialog.exec() == MergeDialog.DialogCode.Accepted:
            self.apply_dialog(dialog)

    def apply_dialog(self, dialog: MergeDialog) -> None:
        try:
            self.services.writer.call(
                apply_merge,
                dialog.proposal,
                dialog.choices(),
                add_points=dialog.points(),
                event_id=self.services.current_event_id,
            )
        except NetdeskError as error:
            self._flash(str(error), good=False)
            return
        self._flash(
            self.tr("✓ Merged into {name}").format(name=dialog.proposal.person.full_name), good=True
        )

    def _on_failed(self, error: Exception) -> None:
        self.progress.hide()
        self._flash(str(error), good=False)
        self.scan_finished.emit(ScanSummary(errors=[{"where": "", "reason": str(error)}]))

    def closeEvent(self, event: Any) -> None:
        self.stop_camera()
        super().closeEvent(event)
