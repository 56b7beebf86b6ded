"""Preferences: the follow-up rhythm, keep-in-touch per tag, reminders, backups, phone numbers.

Everything that belongs with the user's data (rhythm, cadences, backups kept,
phone region) is saved through the core into the database, in one transaction
when OK is pressed; 'start minimised to the tray' is desktop behaviour and
goes to the window's ``Settings`` under the key the reminders read. Cancel changes nothing.
"""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netdesk.core import preferences
from netdesk.core.errors import NetdeskError
from netdesk.core.followups import cadence, rhythm
from netdesk.core.operations.preference_editing import save_preferences
from netdesk.ui.followups.cadence_dialog import MAX_DAYS, CadencePicker
from netdesk.ui.followups.reminders import (
    set_start_minimised_preference,
    start_minimised_preference,
)
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.settings import LANGUAGES, Settings
from netdesk.ui.sync.sync_page import SyncPage
from netdesk.ui.widgets.dirty_guard import GuardedDialog
from netdesk.ui.widgets.look import (
    dialog_buttons,
    number_text,
    plain_label,
    set_error_style,
    set_muted,
    stack_dialog,
)


def region_name(code: str) -> str:
    """'Netherlands (NL)', from Qt's locale data; the bare code where Qt does not know it."""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return f"{QLocale.territoryToString(territory)} ({code})"


class PreferencesDialog(GuardedDialog):
    """Edit the preferences; OK saves them all or, on an error, none."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        settings: Settings,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        store = services.store

        self.tabs = QTabWidget()
        self.tabs.addTab(self._rhythm_tab(rhythm.load(store)), self.tr("Follow-ups"))
        self.tabs.addTab(self._cadence_tab(), self.tr("Keep in touch"))
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        from netdesk.ui.topics.my_topics_page import MyTopicsPage

        self.my_topics = MyTopicsPage(services)
        self.tabs.addTab(self.my_topics, self.tr("My topics"))
        self.unsaved.ignore(self.my_topics.list, self.my_topics.role)  # saved as they change
        # The account acts at once (Discover, Use these, Sync now); OK does not wait on it.
        self.tabs.addTab(SyncPage(services), self.tr("Sync"))

        self.error = plain_label()  # refusals quote the value typed
        self.error.setWordWrap(True)
        set_error_style(self.error)
        self.error.hide()
        buttons = dialog_buttons(self, ok=QDialogButtonBox.StandardButton.Ok)
        stack_dialog(self, self.tabs, self.error, buttons)
        self.resize(620, 480)

    # -- the tabs -------------------------------------------------------------------------------

    def _days_spin(self, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, MAX_DAYS)
        spin.setMinimumWidth(200)

        def suffix(days: int) -> None:
            spin.setSuffix(
                self.tr(" day after the event") if days == 1 else self.tr(" days after the event")
            )

        spin.valueChanged.connect(suffix)
        spin.setValue(value)
        suffix(value)
        return spin

    def _rhythm_tab(self, current: rhythm.Rhythm) -> QWidget:
        intro = QLabel(
            self.tr(
                "The review after an event proposes these due dates. Networkers recommend a "
                "note within a day, connecting within a week and meeting within a month."
            )
        )
        intro.setWordWrap(True)
        set_muted(intro)
        self.note_days = self._days_spin(current.note_days)
        self.connect_days = self._days_spin(current.connect_days)
        self.meet_days = self._days_spin(current.meet_days)
        self.skip_weekends = QCheckBox(self.tr("Move dates that fall on a weekend to Monday"))
        self.skip_weekends.setToolTip(self.tr("A next-day note is never moved."))
        self.skip_weekends.setChecked(current.skip_weekends)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Send a note"), self.note_days)
        form.addRow(self.tr("Connect"), self.connect_days)
        form.addRow(self.tr("Meet"), self.meet_days)
        form.addRow("", self.skip_weekends)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _cadence_tab(self) -> QWidget:
        store = self.services.store
        current = cadence.tag_cadences(store)
        tags = store.people.tags()
        intro = QLabel(
            self.tr(
                "Everyone with a tag is due for a message when you have not been in touch for "
                "longer than its cadence. A cadence set on a person wins over their tags'."
            )
        )
        intro.setWordWrap(True)
        set_muted(intro)
        self.tag_table = QTableWidget(len(tags), 3)
        self.tag_table.setHorizontalHeaderLabels(
            [self.tr("Tag"), self.tr("People"), self.tr("Keep in touch")]
        )
        self.tag_table.verticalHeader().hide()
        self.tag_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.tag_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.tag_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 250)
        self.tag_pickers: dict[str, CadencePicker] = {}
        for row, (name, count) in enumerate(tags):
            self.tag_table.setItem(row, 0, QTableWidgetItem(name))
            people = QTableWidgetItem(number_text(count))
            people.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tag_table.setItem(row, 1, people)
            picker = CadencePicker(current.get(name))
            self.tag_table.setCellWidget(row, 2, picker)
            self.tag_pickers[name] = picker
        self.tag_table.resizeRowsToContents()
        self._initial_tags = {name: current.get(name) for name, _ in tags}
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        if tags:
            layout.addWidget(self.tag_table, 1)
        else:
            empty = QLabel(self.tr("No tags yet: tag people (for example “mentor”) first."))
            layout.addWidget(empty)
            layout.addStretch(1)
        return page

    def _general_tab(self) -> QWidget:
        store = self.services.store
        self.start_minimised = QCheckBox(self.tr("Start minimised to the system tray"))
        self.start_minimised.setChecked(start_minimised_preference(self.settings))
        reminders = QGroupBox(self.tr("Reminders"))
        box = QVBoxLayout(reminders)
        box.addWidget(self.start_minimised)

        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, preferences.BACKUP_KEEP_MAX)
        self.backup_keep.setValue(preferences.backup_keep(store))
        self.backup_keep.setSuffix(self.tr(" daily backups"))
        backups = QGroupBox(self.tr("Automatic backups"))
        form = QFormLayout(backups)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Keep the newest"), self.backup_keep)

        self.region = QComboBox()
        self.region.setEditable(False)
        system = self._locale_region()
        automatic = (
            self.tr("From the system settings ({region})").format(region=system)
            if system
            else self.tr("From the system settings (none)")
        )
        self.region.addItem(automatic, None)
        for code in sorted(phonenumbers.SUPPORTED_REGIONS, key=region_name):
            self.region.addItem(region_name(code), code)
        self.region.setCurrentIndex(max(0, self.region.findData(preferences.phone_region(store))))
        self.region.setMaxVisibleItems(20)
        phones = QGroupBox(self.tr("Phone numbers"))
        form = QFormLayout(phones)
        form.addRow(self.tr("Numbers without + are in"), self.region)
        note = QLabel(self.tr("Used to recognise the same number written in different ways."))
        note.setWordWrap(True)
        set_muted(note)
        form.addRow("", note)

        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.settings.get("ui/language")))
        )
        languages = QGroupBox(self.tr("Language"))
        form = QFormLayout(languages)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Show netdesk in"), self.language)
        restart = QLabel(
            self.tr("Takes effect when netdesk is restarted. Dates and numbers follow it too.")
        )
        restart.setWordWrap(True)
        set_muted(restart)
        form.addRow("", restart)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(languages)
        layout.addWidget(reminders)
        layout.addWidget(backups)
        layout.addWidget(phones)
        layout.addStretch(1)
        return page

    @staticmethod
    def _locale_region() -> str | None:
        name = QLocale.system().name()  # "nl_NL"
        region = name.partition("_")[2][:2].upper()
        return region if region in phonenumbers.SUPPORTED_REGIONS else None

    # -- values and saving ---------------------------------------------------------------------

    def rhythm_value(self) -> rhythm.Rhythm:
        return rhythm.Rhythm(
            note_days=self.note_days.value(),
            connect_days=self.connect_days.value(),
            meet_days=self.meet_days.value(),
            skip_weekends=self.skip_weekends.isChecked(),
        )

    def tag_values(self) -> dict[str, int | None]:
        return {name: picker.days() for name, picker in self.tag_pickers.items()}

    def save(self) -> None:
        """Write every preference; raises :class:`NetdeskError` with nothing written."""
        changed_tags = {
            name: days
            for name, days in self.tag_values().items()
            if days != self._initial_tags.get(name)
        }
        self.services.writer.call(
            save_preferences,
            follow_rhythm=self.rhythm_value(),
            tag_cadences=changed_tags,
            backup_keep=self.backup_keep.value(),
            phone_region=self.region.currentData(),
        )
        set_start_minimised_preference(self.start_minimised.isChecked(), self.settings)
        self.settings.set("ui/language", self.language.currentData())

    def accept(self) -> None:
        try:
            self.save()
        except NetdeskError as error:
            # The transaction rolled back; the region set in memory follows the database again.
            preferences.apply(self.services.store)
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()
