"""The main window: a sidebar of pages, the search field, the current event, a status bar.

Pages come from :data:`netdesk.ui.pages.PAGES` and are built the first time
they are shown. Ctrl+F reaches the search from anywhere, Ctrl+N captures a
person, Ctrl+1… switch pages, Ctrl+Z undoes the last delete or bulk action.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.storage.changes import Changes, Kind
from netdesk.ui.pages import DEFAULT_PAGE, PAGES, Page
from netdesk.ui.people.quick_capture import QuickCapture
from netdesk.ui.runtime.first_paint import after_first_paint
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.settings import Settings
from netdesk.ui.widgets.look import english_plural, page_action

SEARCH_PAGE = "people"  # the page the main search field drives
# Page actions the window takes over, so that they work from every page:
# (page, the page action's attribute).
WINDOW_WIDE = (("events", "new_action"), ("events", "review_action"))


def plain_text(action: QAction) -> str:
    """An action's text without its accelerator mark and trailing dots."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...")


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        settings: Settings | None = None,
        *,
        pages: list[Page] | None = None,
        restore: bool = True,
    ) -> None:
        super().__init__()
        self.services = services
        self.settings = settings or Settings()
        self.pages_list = list(pages if pages is not None else PAGES)
        self.pages: dict[str, QWidget] = {}
        self._card_message = ""  # what the status bar last said about an unusable card
        self.setWindowTitle(self.tr("netdesk"))
        self.setMinimumSize(QSize(760, 480))
        self.setAcceptDrops(True)  # .vcf and .csv files: the import preview

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setSpacing(2)
        for page in self.pages_list:
            item = QListWidgetItem(
                page.make_icon(), QCoreApplication.translate("Pages", page.title)
            )
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 18))
            self.sidebar.addItem(item)
        char = self.fontMetrics().averageCharWidth()
        self.sidebar.setFixedWidth(max(150, 18 * char + 40))
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(line)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._make_toolbar()
        self._make_actions()
        self.people_label = QLabel()
        self.statusBar().addPermanentWidget(self.people_label)
        self.sync_label = QLabel()
        self.statusBar().addPermanentWidget(self.sync_label)
        self._status_timer = QTimer(self, singleShot=True, interval=0)
        self._status_timer.timeout.connect(self._update_status)
        self._events_timer = QTimer(self, singleShot=True, interval=0)
        self._events_timer.timeout.connect(self._fill_events)

        services.changed.connect(self._on_changes)
        services.problem.connect(self.show_message)
        services.current_event_changed.connect(self._on_current_event)
        services.navigation_requested.connect(self.open_page)
        services.undo.indexChanged.connect(self._on_undo_index)
        if services.current_event_id is None:
            services.pick_current_event()
        self._fill_events()
        # Two counts over every person: once the window has painted.
        after_first_paint(self, self._status_timer.start)
        # The sync modules (matching, vCards) cost ~40 ms to import: after the paint too.
        after_first_paint(self, self._start_sync)

        self.resize(1280, 800)
        start = DEFAULT_PAGE
        if restore:
            geometry = self.settings.state("window/geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)
            start = self.settings.text("window/page", DEFAULT_PAGE)
        self.show_page(start if any(p.key == start for p in self.pages_list) else DEFAULT_PAGE)

    # -- building ---------------------------------------------------------------------

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setEnabled(False)
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

        bar.addWidget(QLabel(" " + self.tr("Current event:") + " "))
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("current-event")
        self.event_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_combo.setMinimumContentsLength(30)
        self.event_combo.setToolTip(self.tr("Quick capture (Ctrl+N) adds people to this event"))
        self.event_combo.activated.connect(self._on_event_chosen)
        bar.addWidget(self.event_combo)

        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search people… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(28 * self.fontMetrics().averageCharWidth())
        self.search.textEdited.connect(self._on_search_edited)
        self.search.textChanged.connect(lambda text: text or self._on_search_edited(""))
        self.search.returnPressed.connect(self._focus_results)
        bar.addWidget(self.search)

        self.capture_button = QToolButton()
        bar.addWidget(self.capture_button)

    def _make_actions(self) -> None:
        def action(text: str, slot: Any, shortcut: Any = None) -> QAction:
            return page_action(
                self, text, slot, shortcut, context=Qt.ShortcutContext.WindowShortcut
            )

        self.capture_action = action(self.tr("Quick &capture…"), self.quick_capture, "Ctrl+N")
        self.capture_action.setToolTip(self.tr("Capture someone you just met (Ctrl+N)"))
        self.capture_button.setDefaultAction(self.capture_action)
        self.capture_button.setText(self.tr("+ Capture"))
        self.find_action = action(
            self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find
        )
        quit_action = action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.services.undo.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        # What the status bar said of the action ("Moved … to the trash") is no longer true.
        self.undo_action.triggered.connect(
            lambda: self.show_message(
                self.tr("Undone: {what}").format(what=self.services.undo.redoText())
            )
        )
        self.redo_action = self.services.undo.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([self.undo_action, self.redo_action])

        self.present_action = action(self.tr("&Present my card"), self.present_card, "F5")
        self.present_action.setToolTip(self.tr("Show your QR card full screen (F5)"))
        import_action = action(self.tr("&Import contacts…"), self.import_contacts, "Ctrl+I")
        self.past_imports_action = action(self.tr("Past i&mports…"), self.past_imports)
        self.undo_import_action = action(self.tr("Undo last i&mport"), self.undo_last_import)
        self.undo_import_action.setToolTip(
            self.tr("Remove who the last import added and restore who it merged into")
        )
        self.new_event_action = action(self.tr("&New event…"), self.new_event, "Ctrl+E")
        self.backup_action = action(self.tr("&Backup now"), self.backup_now)
        self.restore_action = action(self.tr("&Restore from a backup…"), self.restore_backup)
        self.backup_action.setToolTip(self.tr("Copy the database to the backups folder"))
        self.trash_action = action(self.tr("Tr&ash…"), self.show_trash)
        self.review_action = action(self.tr("&Review…"), self.review, "Ctrl+R")
        self.review_action.setToolTip(
            self.tr("Walk through everyone you met at an event and decide how to follow up")
        )
        self.brief_action = action(self.tr("&Brief…"), self.brief)
        self.brief_action.setToolTip(
            self.tr("Before an event: its goals, who you already know there, what you owe them")
        )
        self.report_action = action(self.tr("Monthly re&port…"), self.monthly_report)
        self.shortcuts_action = action(
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addAction(self.capture_action)
        file_menu.addAction(self.new_event_action)
        file_menu.addAction(self.present_action)
        file_menu.addSeparator()
        file_menu.addAction(import_action)
        file_menu.addAction(self.past_imports_action)
        export_menu = file_menu.addMenu(self.tr("&Export"))
        for fmt, text in (
            ("vcard", self.tr("Everyone as &vCard…")),
            ("csv", self.tr("Everyone as &CSV…")),
            ("json", self.tr("A &JSON backup…")),
            ("ics", self.tr("Follow-ups to a c&alendar…")),
        ):
            export_menu.addAction(action(text, lambda fmt=fmt: self.export(fmt)))
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addAction(self.undo_import_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.trash_action)
        edit_menu.addSeparator()
        edit_menu.addAction(action(self.tr("Email &templates…"), self.edit_templates))
        edit_menu.addAction(
            action(
                self.tr("&Preferences…"),
                self.preferences,
                "Ctrl+,",  # Qt has no standard Preferences key on Linux
            )
        )
        view_menu = menus.addMenu(self.tr("&View"))
        self.page_actions: dict[str, QAction] = {}
        for number, page in enumerate(self.pages_list, start=1):
            act = action(
                QCoreApplication.translate("Pages", page.title),
                lambda key=page.key: self.show_page(key),
                f"Ctrl+{number}" if number <= 9 else None,
            )
            view_menu.addAction(act)
            self.page_actions[page.key] = act
        events_menu = menus.addMenu(self.tr("Even&ts"))
        events_menu.addAction(self.review_action)
        events_menu.addAction(self.brief_action)
        events_menu.addSeparator()
        events_menu.addAction(self.report_action)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(action(self.tr("&Guide"), self.show_guide))
        help_menu.addAction(action(self.tr("&About netdesk"), self.show_about))

    # -- pages ----------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, built on first use."""
        if key not in self.pages:
            spec = next(p for p in self.pages_list if p.key == key)
            widget = spec.factory(self.services)
            widget.setObjectName(f"page-{key}")
            if hasattr(widget, "set_search_delay"):
                widget.set_search_delay(self.settings.get("search/delay_ms"))
            if hasattr(widget, "status_message"):
                widget.status_message.connect(self.show_message)
            if hasattr(widget, "restore_state"):
                widget.restore_state(self.settings)
            for page_key, name in WINDOW_WIDE:
                if page_key == key and hasattr(widget, name):
                    # The window's own action carries the shortcut now (from every page);
                    # two actions on one key would make Qt refuse both as ambiguous.
                    getattr(widget, name).setShortcut(QKeySequence())
            self.pages[key] = widget
            self.stack.addWidget(widget)
        return self.pages[key]

    def show_page(self, key: str) -> QWidget:
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        row = next(i for i, p in enumerate(self.pages_list) if p.key == key)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)
        return widget

    def current_page_key(self) -> str:
        widget = self.stack.currentWidget()
        return next((k for k, w in self.pages.items() if w is widget), DEFAULT_PAGE)

    def _on_sidebar_row(self, row: int) -> None:
        if 0 <= row < len(self.pages_list):
            self.show_page(self.pages_list[row].key)

    def open_page(self, key: str, params: dict | None = None) -> None:
        widget = self.show_page(key)
        if key == SEARCH_PAGE and params and self.search.text():
            self.search.clear()  # jumping to someone: a stale search would hide them
        if params and hasattr(widget, "navigate"):
            widget.navigate(**params)

    # -- search ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search_edited(self, text: str) -> None:
        if text and self.current_page_key() != SEARCH_PAGE:
            self.show_page(SEARCH_PAGE)
        if SEARCH_PAGE in self.pages or text:
            self.page(SEARCH_PAGE).set_search(text)

    def _focus_results(self) -> None:
        people = self.page(SEARCH_PAGE)
        if hasattr(people, "table"):
            people._apply_search()
            people.table.setFocus()
            if people.model.rowCount() and not people.selected_ids():
                people.table.selectRow(0)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search.hasFocus():
            self.search.clear()
            return
        super().keyPressEvent(event)

    # -- current event, capture, status ---------------------------------------------------------

    def _fill_events(self) -> None:
        combo = self.event_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("None: people are saved without an event"), None)
        happening = self.services.store.events.happening_on()
        for event_id, name, start in self.services.store.events.choices():
            label = f"{start.isoformat()}  {name}"
            if happening and event_id == happening.id:
                label += "  " + self.tr("(today)")
            combo.addItem(label, event_id)
        index = combo.findData(self.services.current_event_id)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _on_event_chosen(self, index: int) -> None:
        self.services.set_current_event(self.event_combo.itemData(index))

    def _on_current_event(self, event_id: int | None) -> None:
        index = self.event_combo.findData(event_id) if event_id is not None else 0
        if index < 0:
            self._fill_events()
        else:
            self.event_combo.setCurrentIndex(index)

    def quick_capture(self) -> QuickCapture:
        dialog = QuickCapture(
            self.services, followup_days=self.settings.get("capture/followup_days"), parent=self
        )
        dialog.finished.connect(lambda _result: self._after_capture(dialog))
        dialog.open()
        return dialog

    def _after_capture(self, dialog: QuickCapture) -> None:
        if dialog.added:
            name = self.services.store.people.get(dialog.added[-1]).full_name
            self.show_message(
                english_plural(
                    self.tr("Captured %n person(s), last {name}.", "", len(dialog.added)),
                    len(dialog.added),
                ).format(name=name)
            )
        dialog.deleteLater()

    def present_card(self) -> None:
        from netdesk.core.errors import NetdeskError
        from netdesk.ui.card.card_presenter import present_card

        try:
            self._presenter = present_card(self.services.store, screen=self.screen())
        except NetdeskError as error:
            if error.code == "no-profile":
                text = self.tr("Set up your card first (My card): {reason}")
            else:  # a card that exists but cannot be drawn, such as one too long for a code
                text = self.tr("Your card cannot be shown yet: {reason}")
            self.show_page("card")  # first: a page shown clears the status bar
            self._card_message = text.format(reason=error)
            self.show_message(self._card_message)

    def import_contacts(self) -> None:
        from netdesk.ui.transfer import import_files

        import_files(self, self.services)

    def past_imports(self) -> QDialog:
        from netdesk.ui.transfer import past_imports

        return past_imports(self, self.services)

    def undo_last_import(self) -> None:
        from netdesk.ui.transfer import undo_last_import

        undo_last_import(self, self.services)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Contact files dropped on the window open the import preview."""
        paths = self._dropped_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            from netdesk.ui.transfer import preview_paths

            preview_paths(self, self.services, paths)

    @staticmethod
    def _dropped_files(mime: QMimeData) -> list[str]:
        from netdesk.ui.transfer import DROPPABLE

        paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if p.lower().endswith(DROPPABLE)]

    def export(self, fmt: str) -> None:
        from netdesk.ui.transfer import export_to_file

        export_to_file(self, self.services, fmt)

    def new_event(self) -> None:
        self.show_page("events").new_event()

    def review(self) -> QWidget | None:
        """Review an event from any page: the one selected on the Events page, else the
        current event, else the latest that has started."""
        from netdesk.ui.events.review_wizard import ReviewWizard

        event_id = None
        if self.current_page_key() == "events":
            selected = self.page("events").selected_event()
            event_id = selected.id if selected is not None else None
        if event_id is None:
            event_id = self.services.current_event_id
        if event_id is None:
            today = dt.date.today()
            started = [
                eid for eid, _name, start in self.services.store.events.choices() if start <= today
            ]
            event_id = started[0] if started else None
        if event_id is None:
            self.show_message(self.tr("No event to review yet: add one with File ▸ New event."))
            return None
        wizard = ReviewWizard(self.services, event_id, parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show()
        return wizard

    def brief(self) -> QWidget | None:
        """The brief of the event selected on the Events page, else the current event, else
        the one a brief helps most with (the next with an attendee list)."""
        from netdesk.core.briefing.brief import event_to_brief
        from netdesk.ui.reports.paper_dialog import open_brief

        event_id = None
        if self.current_page_key() == "events":
            selected = self.page("events").selected_event()
            event_id = selected.id if selected is not None else None
        if event_id is None:
            event_id = self.services.current_event_id
        if event_id is None:
            event_id = event_to_brief(self.services.store, today=dt.date.today())
        if event_id is None:
            self.show_message(self.tr("No event to brief: add one with File ▸ New event."))
            return None
        return open_brief(self.services, event_id, self)

    def monthly_report(self) -> QWidget:
        from netdesk.ui.reports.paper_dialog import open_report

        return open_report(self.services, self)

    def backup_now(self) -> None:
        from netdesk.core.storage import backup

        self.show_message(self.tr("Backing up…"))
        self.services.writer.submit(
            backup.backup,
            on_done=lambda path: self.show_message(
                self.tr("Backed up to {path}").format(path=str(path))
            ),
            on_error=lambda error: self.show_message(str(error)),
        )

    def restore_backup(self) -> None:
        from netdesk.ui.restore_backup import restore_from_backup

        restore_from_backup(self, self.services)

    def show_trash(self) -> QDialog:
        from netdesk.ui.trash_dialog import TrashDialog

        dialog = TrashDialog(self.services, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def shortcuts(self) -> list[tuple[str, str, str]]:
        """(where, what, keys) for every action with a shortcut: the menus' actions, then
        each page's own; read from the actions themselves."""
        found: list[tuple[str, str, str]] = []
        seen: set[int] = set()

        def add(where: str, actions: list[QAction]) -> None:
            for act in actions:
                if act.menu() is not None:
                    add(where, act.menu().actions())
                elif not act.isSeparator() and id(act) not in seen:
                    seen.add(id(act))
                    keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                    if keys:
                        found.append((where, plain_text(act), keys))

        for menu_action in self.menuBar().actions():
            add(plain_text(menu_action), menu_action.menu().actions())
        for page in self.pages_list:
            add(QCoreApplication.translate("Pages", page.title), self.page(page.key).actions())
        return found

    def show_shortcuts(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        tree = QTreeWidget()
        tree.setObjectName("shortcuts")
        tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        tree.setRootIsDecorated(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for where, what, keys in self.shortcuts():
            if where not in groups:
                groups[where] = QTreeWidgetItem(tree, [where])
                groups[where].setFirstColumnSpanned(True)
                font = groups[where].font(0)
                font.setBold(True)
                groups[where].setFont(0, font)
                groups[where].setFlags(Qt.ItemFlag.ItemIsEnabled)
            QTreeWidgetItem(groups[where], [what, keys])
        tree.expandAll()
        tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(tree)
        layout.addWidget(buttons)
        dialog.resize(50 * self.fontMetrics().averageCharWidth(), 32 * self.fontMetrics().height())
        dialog.show()
        return dialog

    def edit_templates(self) -> None:
        from netdesk.ui.followups.email_drafts import TemplatesDialog

        TemplatesDialog(self.services, parent=self).exec()

    def preferences(self) -> None:
        from netdesk.ui.preferences_dialog import PreferencesDialog

        PreferencesDialog(self.services, self, settings=self.settings).exec()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.CARDS) and self.statusBar().currentMessage() == self._card_message:
            self.statusBar().clearMessage()  # about the card as it was
        if changes.touches(Kind.PEOPLE, Kind.FOLLOWUPS):
            self._status_timer.start()
        if changes.touches(Kind.EVENTS):
            self._events_timer.start()

    def _on_undo_index(self, _index: int) -> None:
        self._status_timer.start()

    def _start_sync(self) -> None:
        """The last sync in the status bar, and the automatic one."""
        from netdesk.ui.sync.runner import SyncRunner

        sync = SyncRunner.of(self.services)
        sync.status_changed.connect(self.sync_label.setText)
        self.sync_label.setText(sync.status_text())

    def _update_status(self) -> None:
        store = self.services.store
        people, due = store.people.count(), store.followups.count_due()
        text = " · ".join(
            (
                english_plural(self.tr("%n person(s)", "", people), people),
                english_plural(self.tr("%n follow-up(s) due", "", due), due),
            )
        )
        self.people_label.setText(text + "  ")

    def show_guide(self) -> QDialog:
        """Help ▸ Guide: before, at and after an event, with this window's shortcuts."""
        from netdesk.ui.help_windows import GuideDialog

        actions = {
            "new_event": self.new_event_action,
            "present": self.present_action,
            "capture": self.capture_action,
            "review": self.review_action,
            **{key: self.page_actions[key] for key in ("card", "scan", "followups", "insights")},
        }
        return self._show_dialog(GuideDialog(actions, self))

    def show_about(self) -> QDialog:
        from netdesk.ui.help_windows import AboutDialog

        return self._show_dialog(AboutDialog(self.services.store.path, self))

    @staticmethod
    def _show_dialog(dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_state("window/geometry", self.saveGeometry())
        self.settings.set_text("window/page", self.current_page_key())
        for widget in self.pages.values():
            if hasattr(widget, "save_state"):
                widget.save_state(self.settings)
        self.settings.sync()
        super().closeEvent(event)
