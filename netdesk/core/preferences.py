"""The user's working preferences that belong with their data, kept in the ``meta`` table.

Window state and desktop behaviour live in QSettings; what should travel with
the database (and apply to the command line too) lives here: how many
automatic backups to keep, and the country assumed for phone numbers written
without a ``+``. Each value is checked on the way in and a damaged value reads
as the default, so a bad row can never stop the app from starting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netdesk.core.errors import NetdeskError
from netdesk.core.people import contacts

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

BACKUP_KEEP_KEY = "pref:backup_keep"
PHONE_REGION_KEY = "pref:phone_region"
BACKUP_KEEP_MAX = 365


def _get(store: Store, key: str) -> str | None:
    return store.meta.get(key)


def _put(store: Store, key: str, value: str | None) -> None:
    store.meta.put(key, value, kind="preferences")


def check_backup_keep(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= BACKUP_KEEP_MAX:
        raise NetdeskError("bad-backup-keep", value=value, limit=BACKUP_KEEP_MAX)
    return value


def backup_keep(store: Store) -> int:
    """How many automatic daily backups to keep (pass to ``backup.auto_backup(keep=…)``)."""
    from netdesk.core.storage.backup import AUTO_KEEP  # backup's helpers: not for every command

    try:
        return check_backup_keep(int(_get(store, BACKUP_KEEP_KEY) or AUTO_KEEP))
    except (ValueError, NetdeskError):
        return AUTO_KEEP


def set_backup_keep(store: Store, keep: int) -> int:
    _put(store, BACKUP_KEEP_KEY, str(check_backup_keep(keep)))
    return keep


def check_region(value: str | None) -> str | None:
    """A two-letter region phonenumbers knows (``NL``), or None for 'from the system locale'."""
    if value is None or not value.strip():
        return None
    region = value.strip().upper()
    if region not in contacts.supported_regions():
        raise NetdeskError("bad-region", value=value)
    return region


def phone_region(store: Store) -> str | None:
    """The region chosen by the user for numbers without +, or None (use the locale)."""
    try:
        return check_region(_get(store, PHONE_REGION_KEY))
    except NetdeskError:
        return None


def set_phone_region(store: Store, region: str | None) -> str | None:
    checked = check_region(region)
    _put(store, PHONE_REGION_KEY, checked)
    contacts.set_configured_region(checked)
    return checked


def apply(store: Store) -> None:
    """Make the stored preferences take effect in this process (call once after opening).

    The region is checked against phonenumbers' list when a phone number first needs
    it (contacts.default_region), so a command without phone numbers never loads it.
    """
    stored = (_get(store, PHONE_REGION_KEY) or "").strip().upper()
    shaped = stored if len(stored) == 2 and stored.isascii() and stored.isalpha() else None
    contacts.set_configured_region(shaped, checked=False)
