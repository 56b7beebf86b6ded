"""An import's plan: what each record of the files will do, worked out without writing.

Per record: ``new`` (someone new), ``merge`` (fills empty fields of someone known, field
by field), ``unchanged`` (known, nothing to add), ``duplicate`` (the same person as an
earlier record of the files: folded into it) or ``unusable`` (with its place and
reason). The preview shows the plan; :func:`netdesk.core.transfer.applying.apply_plan`
works it out again inside its transaction (the database may have changed meanwhile)
and writes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from netdesk.core.errors import NetdeskError
from netdesk.core.formats.contact import Contact
from netdesk.core.people.contacts import normalize
from netdesk.core.people.resolve import MAX_CANDIDATES, MERGE_FIELDS, NAME_CUTOFF
from netdesk.core.transfer.matching import chunks, contradicts, keys_of, match_all, name_key

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store
    from netdesk.core.transfer.scanning import Control

ACTIONS = ("new", "merge", "duplicate", "unchanged", "unusable")
# What a person's state holds besides the merge fields (kept whole for undo).
_NAME_PARTS = ("given_name", "family_name")


@dataclass(frozen=True)
class Record:
    """One contact a file holds, with its place (``where``) and file name (``origin``)."""

    where: str
    kind: str  # vcard, csv, mecard…
    origin: str
    contact: Contact


@dataclass(frozen=True)
class Change:
    """One field of a merge: ``fill`` (empty before), ``differs`` (kept as it is), ``add`` (a
    new email, phone or link) or ``restore`` (back from the trash)."""

    field: str
    current: str
    incoming: str
    state: str


@dataclass(frozen=True)
class PlanRow:
    number: int  # the row's place in the plan, what an unticked set names
    where: str
    action: str
    name: str
    record: Record | None = None
    reason: str = ""  # unusable: why
    person_id: int | None = None  # merge and unchanged: into whom
    person_name: str = ""
    changes: tuple[Change, ...] = ()
    duplicate_of: int | None = None  # the row number this one repeats
    candidates: tuple[int, ...] = ()  # people a new person may be
    candidate_rows: tuple[int, ...] = ()  # earlier new rows of the files it may be
    restored: bool = False

    @property
    def tickable(self) -> bool:
        return self.action != "unusable"


@dataclass
class ImportPlan:
    rows: list[PlanRow]
    # Values left out of records that were kept (an invalid address): place and reason.
    notes: list[dict[str, str]] = field(default_factory=list)
    sources: tuple[str, ...] = ()
    fmt: str = "auto"

    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(ACTIONS, 0)
        for row in self.rows:
            found[row.action] += 1
        return found

    def errors(self) -> list[dict[str, str]]:
        """Everything not used, in the shape of the command line's summary."""
        unusable = [{"where": r.where, "reason": r.reason} for r in self.rows if not r.record]
        return unusable + self.notes


@dataclass
class Worked:
    """A plan worked out against the database: its rows, and for :mod:`applying` the state
    of every person it touches before and after."""

    rows: list[PlanRow]
    before: dict[int, dict[str, Any]]  # person id -> state as stored
    after: dict[int, dict[str, Any]]  # person id -> state once merged
    new: dict[int, dict[str, Any]]  # row number -> state of a new person
    found_candidates: dict[int, tuple[tuple[int, str], ...]]  # row number -> candidates
    # Row number -> earlier new rows (and why) it may be the same person as.
    row_candidates: dict[int, tuple[tuple[int, str], ...]] = field(default_factory=dict)


def state_of(contact: Contact) -> dict[str, Any]:
    """A new person's state from a contact."""
    state: dict[str, Any] = {name: getattr(contact, name) for name in (*MERGE_FIELDS, *_NAME_PARTS)}
    state.update(
        vcard_uid=contact.uid,
        name_guessed=contact.name_guessed,
        contacts=[[p.kind, p.value, p.label] for p in contact.contacts],
        tags=[],
        deleted_at=None,
    )
    return state


def fold(state: dict[str, Any], contact: Contact) -> list[Change]:
    """Merge ``contact`` into ``state`` the way a scan does: fill empty fields, add new
    contact points, report what differs and keep it. A guessed name counts as empty."""
    changes: list[Change] = []
    for name in MERGE_FIELDS:
        current, incoming = state[name], getattr(contact, name)
        if not incoming or incoming == current:
            continue
        guessed_away = name == "full_name" and state["name_guessed"] and not contact.name_guessed
        if not current or guessed_away:
            changes.append(Change(name, current, incoming, "fill"))
            state[name] = incoming
            if name == "full_name":
                state["name_guessed"] = contact.name_guessed
                for part in _NAME_PARTS:
                    state[part] = getattr(contact, part) or state[part]
        elif not (name == "full_name" and contact.name_guessed):
            changes.append(Change(name, current, incoming, "differs"))
    if contact.uid and not state["vcard_uid"]:
        state["vcard_uid"] = contact.uid
        changes.append(Change("uid", "", contact.uid, "fill"))
    known = {(kind, normalize(kind, value)) for kind, value, _label in state["contacts"]}
    for point in contact.contacts:
        key = (point.kind, normalize(point.kind, point.value))
        if key not in known:
            known.add(key)
            state["contacts"].append([point.kind, point.value, point.label])
            changes.append(Change(point.kind, "", point.value, "add"))
    return changes


def load_states(store: Store, ids: set[int]) -> dict[int, dict[str, Any]]:
    """People as stored (fields, contact points, tags, trash), a few queries per 500."""
    conn = store.conn
    states: dict[int, dict[str, Any]] = {}
    columns = (
        *MERGE_FIELDS, *_NAME_PARTS, "vcard_uid", "name_guessed", "deleted_at", "updated_at"
    )  # fmt: skip
    for part in chunks(sorted(ids)):
        marks = ",".join("?" * len(part))
        sql = f"SELECT id, {', '.join(columns)} FROM people WHERE id IN ({marks})"
        for row in conn.execute(sql, tuple(part)):
            state = dict(zip(columns, row[1:], strict=True))
            state.update(name_guessed=bool(state["name_guessed"]), contacts=[], tags=[])
            states[row[0]] = state
        sql = (
            "SELECT person_id, kind, value, label FROM contact_points"
            f" WHERE person_id IN ({marks}) ORDER BY person_id, position, id"
        )
        for person_id, kind, value, label in conn.execute(sql, tuple(part)):
            states[person_id]["contacts"].append([kind, value, label])
        sql = (
            "SELECT pt.person_id, t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id"
            f" WHERE pt.person_id IN ({marks}) ORDER BY t.name COLLATE NOCASE"
        )
        for person_id, name in conn.execute(sql, tuple(part)):
            states[person_id]["tags"].append(name)
    return states


def work_out(
    store: Store,
    records: Sequence[Record],
    *,
    numbers: Sequence[int] | None = None,
    control: Control | None = None,
) -> Worked:
    """Match every record and fold them into the people they are; writes nothing.
    ``numbers``: the plan row number of each record (default: their order)."""
    numbers = list(numbers) if numbers is not None else list(range(len(records)))
    contacts = [r.contact for r in records]
    keys = [keys_of(c) for c in contacts]
    _check(control, 1, 3)
    found = match_all(store, contacts, keys)
    _check(control, 2, 3)
    before = load_states(store, {f.person_id for f in found if f.person_id is not None})
    after = {pid: _copy(state) for pid, state in before.items()}
    new: dict[int, dict[str, Any]] = {}
    seen: dict[tuple[str, ...], tuple[str, int]] = {}  # key -> ("person"|"row", id)
    rows: list[PlanRow] = []
    candidates: dict[int, tuple[tuple[int, str], ...]] = {}
    row_candidates: dict[int, tuple[tuple[int, str], ...]] = {}
    close = _CloseNames()
    for index, record in enumerate(records):
        contact, number, match = record.contact, numbers[index], found[index]
        own_keys: list[tuple[str, ...]] = list(keys[index])
        if not own_keys and contact.full_name and not contact.name_guessed:
            own_keys = [("name", contact.full_name.casefold(), contact.organisation.casefold())]
        target: tuple[str, int] | None = None
        maybe: list[tuple[str, int, str]] = []  # ("person"|"row", id, reason)
        if match.person_id is not None:
            target = ("person", match.person_id)
        else:
            for key in own_keys:
                earlier = seen.get(key)
                if earlier is None:
                    continue
                if not _contradicts_state(
                    contact, after if earlier[0] == "person" else new, earlier[1]
                ):
                    target = earlier
                    break
                maybe.append((*earlier, key[0]))
        for key in own_keys:
            seen.setdefault(key, target or ("row", number))
        if target is None:
            new[number] = state_of(contact)
            maybe += [("row", n, "name") for n in close.look(contact, number)]
            people = match.candidates
            if maybe:  # rare: only look-alikes need sorting out
                people = tuple(dict.fromkeys((*people, *_of(maybe, "person"))))
                if _of(maybe, "row"):
                    row_candidates[number] = tuple(dict.fromkeys(_of(maybe, "row")))
            if people:
                candidates[number] = people
            rows.append(
                PlanRow(
                    number,
                    record.where,
                    "new",
                    contact.full_name,
                    record,
                    candidates=tuple(pid for pid, _reason in people),
                    candidate_rows=tuple(n for n, _reason in row_candidates.get(number, ())),
                )
            )
            continue
        kind, target_id = target
        state = after[target_id] if kind == "person" else new[target_id]
        restored = kind == "person" and state["deleted_at"] is not None
        changes = fold(state, contact)
        if restored:
            state["deleted_at"] = None
            changes.insert(0, Change("trash", "", "", "restore"))
        if kind == "row":
            rows.append(
                PlanRow(
                    number,
                    record.where,
                    "duplicate",
                    contact.full_name,
                    record,
                    person_name=state["full_name"],
                    changes=tuple(changes),
                    duplicate_of=target_id,
                )
            )
            continue
        useful = any(c.state != "differs" for c in changes)
        rows.append(
            PlanRow(
                number,
                record.where,
                "merge" if useful else "unchanged",
                contact.full_name,
                record,
                person_id=target_id,
                person_name=before[target_id]["full_name"] if target_id in before else "",
                changes=tuple(changes),
                restored=restored,
            )
        )
    _check(control, 3, 3)
    return Worked(rows, before, after, new, candidates, row_candidates)


def _of(maybe: list[tuple[str, int, str]], kind: str) -> list[tuple[int, str]]:
    return [(key, reason) for what, key, reason in maybe if what == kind]


class _CloseNames:
    """New people of the files so far, by organisation: a later card with a close name at
    the same organisation is a possible duplicate of the earlier one, as it would be of
    someone already stored. Names are kept folded and token-sorted, so each comparison
    is a plain ratio (what ``token_sort_ratio`` computes) without redoing the group's."""

    def __init__(self) -> None:
        self._by_org: dict[str, tuple[list[str], list[int]]] = {}

    def look(self, contact: Contact, number: int) -> list[int]:
        if not (contact.organisation and contact.full_name) or contact.name_guessed:
            return []
        keys, numbers = self._by_org.setdefault(contact.organisation.casefold(), ([], []))
        key = name_key(contact.full_name)
        found = process.extract(
            key,
            keys,
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=NAME_CUTOFF,
            limit=MAX_CANDIDATES,
        )
        keys.append(key)
        numbers.append(number)
        return [numbers[index] for _key, _score, index in found]


def _contradicts_state(contact: Contact, states: dict[int, dict[str, Any]], key: int) -> bool:
    state = states.get(key)
    if state is None:
        return False
    return contradicts(contact, state["full_name"], state["given_name"], state["vcard_uid"])


def _copy(state: dict[str, Any]) -> dict[str, Any]:
    copied = dict(state)
    copied["contacts"] = [list(point) for point in state["contacts"]]
    copied["tags"] = list(state["tags"])
    return copied


def _check(control: Control | None, done: int, total: int) -> None:
    if control is None:
        return
    if control.cancelled:
        raise NetdeskError("import-cancelled")
    control.progress(done, total)


def make_plan(
    store: Store,
    records: Sequence[Record],
    unusable: Sequence[dict[str, str]] = (),
    notes: Sequence[dict[str, str]] = (),
    *,
    sources: Sequence[str] = (),
    fmt: str = "auto",
    control: Control | None = None,
    matched: bool = True,
) -> ImportPlan:
    """The plan for these records (and the places that gave none), written nowhere.
    ``matched=False``: the records as read, not matched yet; enough for
    :func:`~netdesk.core.transfer.applying.apply_plan`, which matches in its transaction
    (the command line, which shows no preview, need not match twice)."""
    if matched:
        rows = work_out(store, records, control=control).rows
    else:
        rows = [PlanRow(i, r.where, "new", r.contact.full_name, r) for i, r in enumerate(records)]
    first = len(records)
    rows = rows + [
        PlanRow(first + i, u["where"], "unusable", "", reason=u["reason"])
        for i, u in enumerate(unusable)
    ]
    return ImportPlan(rows, list(notes), tuple(sources), fmt)
