"""My card: the profiles (work, personal, internal…) the user shares by QR code.

A profile stores every field the user filled in and, separately, which of them
it shares, so hiding a phone number from the 'internal' card loses nothing.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from netdesk.core.dates import now_utc
from netdesk.core.errors import NetdeskError
from netdesk.core.model import CardProfile
from netdesk.core.people.contacts import check_email, check_phone, check_url
from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

CARD_FIELDS = (
    "name",
    "organisation",
    "department",
    "title",
    "emails",
    "phones",
    "website",
    "linkedin",
    "urls",
    "address",
    "note",
)
DEFAULT_PROFILE = "work"
# Fields that go into the QR code as addresses: checked when saved, so that a bad value is
# named with its field then, not found later by whoever scans the code.
_CHECKED = {
    "emails": check_email,
    "phones": check_phone,
    "website": check_url,
    "linkedin": check_url,
    "urls": check_url,
}


class CardProfiles:
    def __init__(self, store: Store) -> None:
        self._store = store

    def list(self) -> list[CardProfile]:
        rows = self._store.rows("SELECT * FROM card_profiles ORDER BY position, id")
        return [self._from_row(row) for row in rows]

    def get(self, name: str = DEFAULT_PROFILE) -> CardProfile:
        row = self._store.row("SELECT * FROM card_profiles WHERE name = ?", (name,))
        if row is None:
            raise NetdeskError("no-profile", name=name)
        return self._from_row(row)

    def save(
        self,
        name: str,
        fields: dict[str, Any],
        *,
        shared: tuple[str, ...] | None = None,
    ) -> CardProfile:
        """Create or replace profile ``name``; by default it shares every filled field."""
        name = name.strip()
        if not name:
            raise NetdeskError("empty-name", what="card profile")
        clean = {key: value for key, value in fields.items() if key in CARD_FIELDS}
        check_fields(clean)
        if shared is None:
            shared = tuple(key for key in CARD_FIELDS if clean.get(key))
        stamp = now_utc()
        with self._store.transaction() as conn:
            position = self._store.scalar("SELECT count(*) FROM card_profiles")
            conn.execute(
                "INSERT INTO card_profiles (name, fields, shared, position, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET"
                " fields = excluded.fields, shared = excluded.shared,"
                " updated_at = excluded.updated_at",
                (
                    name,
                    json.dumps(clean, ensure_ascii=False),
                    json.dumps(list(shared)),
                    position,
                    stamp,
                    stamp,
                ),
            )
            self._store.touched(Kind.CARDS)
        return self.get(name)

    def ensure_one(self) -> str:
        """The first profile's name, making an empty "work" card when there is none yet.

        One transaction, so an app and a command line starting together make one.
        """
        with self._store.transaction():
            first = self._store.scalar("SELECT name FROM card_profiles ORDER BY position LIMIT 1")
            if first is not None:
                return first
            self.save(DEFAULT_PROFILE, {}, shared=CARD_FIELDS)
        return DEFAULT_PROFILE

    def delete(self, name: str) -> None:
        self.get(name)
        with self._store.transaction() as conn:
            conn.execute("DELETE FROM card_profiles WHERE name = ?", (name,))
            self._store.touched(Kind.CARDS)

    @staticmethod
    def _from_row(row: dict[str, Any]) -> CardProfile:
        return CardProfile(
            id=row["id"],
            name=row["name"],
            fields=json.loads(row["fields"]),
            shared=tuple(json.loads(row["shared"])),
            position=row["position"],
        )


def check_fields(fields: dict[str, Any]) -> None:
    """:class:`NetdeskError` ``bad-card-field`` naming the first address that is not valid."""
    for key, check in _CHECKED.items():
        value = fields.get(key)
        for item in value if isinstance(value, list | tuple) else [value]:
            if item is None or not str(item).strip():
                continue
            try:
                check(str(item))
            except NetdeskError as error:
                raise NetdeskError("bad-card-field", field=key, problem=str(error)) from None
