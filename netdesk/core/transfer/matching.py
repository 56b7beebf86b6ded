"""Who each contact of an import is, for a whole batch at once.

The rules are those of :mod:`netdesk.core.people.resolve` (same UID, email, phone or
profile link with nothing contradicting merges; a close name at the same organisation
is only a possible duplicate), asked in a few indexed queries per batch instead of
several per contact: 10,000 cards cost a dozen queries, not 50,000. One rule is the
import's own: a card with no identifier at all whose exact name and organisation
belong to exactly one living person is that person, so importing an attendee list
twice changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from netdesk.core.formats.contact import Contact
from netdesk.core.people.contacts import normalize
from netdesk.core.people.resolve import (
    MAX_CANDIDATES,
    NAME_CUTOFF,
    OWN_UID,
    STRONG_REASONS,
    first_name,
)

if TYPE_CHECKING:
    import sqlite3

    from netdesk.core.storage.store import Store

# SQLite's default limit on variables in one statement is 999 (older builds): stay under.
CHUNK = 500


@dataclass(frozen=True)
class Found:
    """What one contact is: ``person_id`` to merge into (None: someone new), why, whether
    that person is in the trash, and people a new person may duplicate."""

    person_id: int | None = None
    reason: str = ""
    trashed: bool = False
    candidates: tuple[tuple[int, str], ...] = ()  # (person id, reason)


def keys_of(contact: Contact) -> list[tuple[str, str]]:
    """The contact's strong identifiers as (kind, normalised value), UID first."""
    keys = [("uid", contact.uid)] if contact.uid else []
    for point in contact.contacts:
        key = normalize(point.kind, point.value)
        if point.kind == "url" and "/" not in key:
            continue  # a company's home page is shared by everyone who works there
        keys.append((point.kind, key))
    return list(dict.fromkeys(keys))


def chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def match_all(
    store: Store, contacts: Sequence[Contact], keys: Sequence[list[tuple[str, str]]]
) -> list[Found]:
    """One :class:`Found` per contact; ``keys[i]`` is :func:`keys_of` of ``contacts[i]``."""
    conn = store.conn
    holders = _holders(conn, keys)
    found: list[Found | None] = [None] * len(contacts)
    judged: dict[int, list[tuple[int, str, bool]]] = {}
    for index, contact_keys in enumerate(keys):
        matches: dict[int, tuple[str, bool]] = {}
        for key in contact_keys:
            for person_id, trashed in holders.get(key, ()):
                matches.setdefault(person_id, (key[0], trashed))
        own = OWN_UID.fullmatch(contacts[index].uid or "")
        if own is not None:
            for person_id, trashed in _own_export_holder(conn, int(own.group(1)), contacts[index]):
                matches.setdefault(person_id, ("uid", trashed))
        if matches:
            rank = {reason: i for i, reason in enumerate(STRONG_REASONS)}
            judged[index] = sorted(
                ((pid, reason, trashed) for pid, (reason, trashed) in matches.items()),
                key=lambda m: (m[2], rank[m[1]], m[0]),
            )
    people = _people(conn, {m[0][0] for m in judged.values()})
    for index, ordered in judged.items():
        found[index] = _judge(contacts[index], ordered, people)
    rest = [i for i, f in enumerate(found) if f is None]
    _by_name(conn, contacts, rest, found)
    return [f or Found() for f in found]


def _holders(
    conn: sqlite3.Connection, keys: Sequence[list[tuple[str, str]]]
) -> dict[tuple[str, str], list[tuple[int, bool]]]:
    """Everyone (trash included) holding any of the keys: one query per kind and chunk."""
    wanted: dict[str, set[str]] = {}
    for contact_keys in keys:
        for kind, value in contact_keys:
            wanted.setdefault(kind, set()).add(value)
    holders: dict[tuple[str, str], list[tuple[int, bool]]] = {}
    for kind, values in wanted.items():
        for part in chunks(sorted(values)):
            if kind == "uid":
                sql = (
                    "SELECT vcard_uid, id, deleted_at IS NOT NULL FROM people"
                    f" WHERE vcard_uid IN ({_marks(part)})"
                )
                params: tuple[Any, ...] = tuple(part)
            else:
                sql = (
                    "SELECT DISTINCT c.normalized, c.person_id, p.deleted_at IS NOT NULL"
                    " FROM contact_points c JOIN people p ON p.id = c.person_id"
                    f" WHERE c.kind = ? AND c.normalized IN ({_marks(part)})"
                )
                params = (kind, *part)
            for value, person_id, trashed in conn.execute(sql, params):
                holders.setdefault((kind, value), []).append((person_id, bool(trashed)))
    return holders


def _own_export_holder(
    conn: sqlite3.Connection, person_id: int, contact: Contact
) -> list[tuple[int, bool]]:
    """netdesk's own export names a person without a UID ``netdesk-person-ID`` (rare:
    one query per such card, as :func:`netdesk.core.people.resolve.resolve` does)."""
    rows = conn.execute(
        "SELECT id, deleted_at IS NOT NULL FROM people WHERE id = ?"
        " AND coalesce(vcard_uid, '') = '' AND full_name = ? COLLATE NOCASE",
        (person_id, contact.full_name),
    ).fetchall()
    return [(pid, bool(trashed)) for pid, trashed in rows]


def _people(conn: sqlite3.Connection, ids: set[int]) -> dict[int, tuple[str, str, str | None]]:
    """(full name, given name, UID) of these people."""
    found = {}
    for part in chunks(sorted(ids)):
        sql = (
            f"SELECT id, full_name, given_name, vcard_uid FROM people WHERE id IN ({_marks(part)})"
        )
        for person_id, full, given, uid in conn.execute(sql, tuple(part)):
            found[person_id] = (full, given, uid)
    return found


def _judge(
    contact: Contact,
    ordered: list[tuple[int, str, bool]],
    people: dict[int, tuple[str, str, str | None]],
) -> Found:
    """As :func:`netdesk.core.people.resolve._judge`: one person the card's identifiers
    point at and nothing contradicting, else someone new and the holders as candidates."""
    living = [m for m in ordered if not m[2]]
    group = living or ordered
    person_id, reason, trashed = group[0]
    if reason == "uid":
        return Found(person_id, reason, trashed)
    full, given, uid = people[person_id]
    if len(group) > 1 or contradicts(contact, full, given, uid):
        return Found(candidates=tuple((m[0], m[1]) for m in ordered[:MAX_CANDIDATES]))
    return Found(person_id, reason, trashed)


def contradicts(contact: Contact, full: str, given: str, uid: str | None) -> bool:
    """Another UID, or a clearly different first name: a colleague on the same switchboard
    number or team address, not the same person."""
    if contact.uid and uid and contact.uid != uid:
        return True
    if contact.name_guessed:
        return False
    ours = first_name(given, full)
    theirs = first_name(contact.given_name, contact.full_name)
    if not ours or not theirs:
        return False
    return not (ours.startswith(theirs) or theirs.startswith(ours))


def _by_name(
    conn: sqlite3.Connection,
    contacts: Sequence[Contact],
    indexes: list[int],
    found: list[Found | None],
) -> None:
    """Cards no identifier matched: by exact name (no organisation, nothing else on the
    card), exact name and organisation, or a close name there (a possible duplicate)."""
    bare: dict[str, list[int]] = {}
    at_org: dict[str, list[int]] = {}
    for index in indexes:
        contact = contacts[index]
        if contact.name_guessed or not contact.full_name:
            continue
        if not contact.organisation:
            if not contact.contacts:
                bare.setdefault(contact.full_name.lower(), []).append(index)
            continue
        at_org.setdefault(contact.organisation.lower(), []).append(index)
    names = sorted({contacts[i].full_name for group in bare.values() for i in group})
    for part in chunks(names):
        sql = (
            "SELECT lower(full_name), min(id) FROM people WHERE deleted_at IS NULL"
            f" AND organisation = '' AND full_name COLLATE NOCASE IN ({_marks(part)})"
            " GROUP BY lower(full_name)"
        )
        for name, person_id in conn.execute(sql, tuple(part)):
            for index in bare.get(name, ()):
                found[index] = Found(person_id, "name")
    orgs = sorted({contacts[group[0]].organisation for group in at_org.values()})
    staff: dict[str, list[tuple[int, str, bool]]] = {}
    for part in chunks(orgs):
        sql = (
            "SELECT id, full_name, organisation, deleted_at IS NOT NULL FROM people"
            f" WHERE organisation COLLATE NOCASE IN ({_marks(part)})"
        )
        for person_id, full, org, trashed in conn.execute(sql, tuple(part)):
            staff.setdefault(org.lower(), []).append((person_id, full, bool(trashed)))
    for org, group in at_org.items():
        people = staff.get(org, [])
        if not people:
            continue
        # Folded and token-sorted once per organisation, not once per card: then each
        # comparison is the plain ratio that token_sort_ratio computes.
        keys = [name_key(name) for _pid, name, _trashed in people]
        for index in group:
            found[index] = _at_organisation(contacts[index], people, keys)


def name_key(name: str) -> str:
    """A name as ``token_sort_ratio`` compares it: folded, words sorted."""
    return " ".join(sorted(name.casefold().split()))


def _at_organisation(
    contact: Contact, people: list[tuple[int, str, bool]], keys: list[str]
) -> Found:
    same = [p for p in people if not p[2] and p[1].casefold() == contact.full_name.casefold()]
    if len(same) == 1 and not contact.contacts and not contact.uid:
        return Found(same[0][0], "name")
    best = process.extract(
        name_key(contact.full_name),
        keys,
        scorer=fuzz.ratio,
        processor=None,
        score_cutoff=NAME_CUTOFF,
        limit=MAX_CANDIDATES,
    )
    return Found(candidates=tuple((people[i][0], "name") for _n, _score, i in best))
