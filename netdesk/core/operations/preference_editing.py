"""Save what the Preferences dialog edits that lives in the database."""

from __future__ import annotations

from collections.abc import Mapping

from netdesk.core import preferences
from netdesk.core.followups import cadence, rhythm
from netdesk.core.storage.store import Store


def save_preferences(
    store: Store,
    *,
    follow_rhythm: rhythm.Rhythm,
    tag_cadences: Mapping[str, int | None],
    backup_keep: int,
    phone_region: str | None,
) -> None:
    """Every preference in one transaction; ``tag_cadences`` holds only the changed tags."""
    checked = rhythm.check(follow_rhythm)
    with store.transaction():
        rhythm.save(store, checked)
        for name, days in tag_cadences.items():
            cadence.set_tag_cadence(store, name, days)
        preferences.set_backup_keep(store, backup_keep)
        preferences.set_phone_region(store, phone_region)
