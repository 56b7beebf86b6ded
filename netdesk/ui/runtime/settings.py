"""User preferences and window state, kept apart (Picard's options, declared once).

Preferences are declared once with a type, a default and a translatable title;
window state (geometry, splitters, the last page) is opaque bytes or text the
widgets save and restore. User data never goes here: it lives in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings

VERSION = 1


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    title: str  # English, translated in the "Settings" context where shown

    @property
    def type(self) -> type:
        return type(self.default)


# The languages netdesk speaks, each named in itself (as language menus do, so that a user
# finds their own whatever language the app is in now); "ui/language" holds one of the codes.
LANGUAGES: dict[str, str] = {"en": "English", "nl": "Nederlands"}

OPTIONS: dict[str, Option] = {
    option.key: option
    for option in (
        Option(
            "search/delay_ms",
            120,
            QT_TRANSLATE_NOOP("Settings", "Wait this long after a keystroke before searching"),
        ),
        Option("backup/daily", True, QT_TRANSLATE_NOOP("Settings", "Back up once a day")),
        Option(
            "capture/followup_days",
            3,
            QT_TRANSLATE_NOOP("Settings", "Quick capture: follow-up due in this many days"),
        ),
        # "" follows the system; otherwise a language code netdesk has a catalogue for.
        Option("ui/language", "", QT_TRANSLATE_NOOP("Settings", "Language")),
    )
}


class Settings:
    """Typed access to QSettings; ``Settings(path)`` keeps a test or screenshot away from the
    user's own settings."""

    def __init__(self, path: Path | str | None = None) -> None:
        self._qs = QSettings(str(path), QSettings.Format.IniFormat) if path else QSettings()
        if self._qs.value("version") is None:
            self._qs.setValue("version", VERSION)

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        value = self._qs.value(f"options/{key}", option.default)
        if option.type is bool and isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        try:
            return option.type(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, key: str, value: Any) -> None:
        self._qs.setValue(f"options/{key}", OPTIONS[key].type(value))

    def state(self, key: str) -> QByteArray | None:
        value = self._qs.value(f"state/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._qs.setValue(f"state/{key}", value)

    def text(self, key: str, default: str = "") -> str:
        value = self._qs.value(f"state/{key}", default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self._qs.setValue(f"state/{key}", value)

    def flag(self, key: str) -> bool:
        """A desktop switch kept at its own key (``reminders/start_minimised``), from before
        options were declared; moving it would forget the users' choice."""
        return bool(self._qs.value(key, False, type=bool))

    def set_flag(self, key: str, on: bool) -> None:
        self._qs.setValue(key, bool(on))

    def sync(self) -> None:
        self._qs.sync()
