"""The scan operation the CLI and the UI share.

image → QR texts → payloads → contacts → match or create → people and
encounters, in one transaction per image: an image is added whole or not at
all. Codes that are not contacts are explained in ``errors``, never imported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

# Pillow and zxing-cpp load with this module, in the thread that imports it: the app
# decodes on a worker thread, and a first import there raced the GUI thread's garbage
# collection. The command line imports this module only to scan or import.
from PIL import Image

from netdesk.core.dates import now_utc
from netdesk.core.errors import NetdeskError, escape_controls
from netdesk.core.formats.contact import Contact
from netdesk.core.formats.payloads import classify
from netdesk.core.i18n import translate
from netdesk.core.people.resolve import FieldRow, Proposal, apply_merge, new_person_fields, resolve
from netdesk.core.people.resolve import propose as make_proposal
from netdesk.core.qr.decode import decode_file, decode_image

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store


class Control(Protocol):
    """What a background runner hands a long task (netdesk.ui.runtime.tasks.TaskControl fits)."""

    @property
    def cancelled(self) -> bool: ...

    def progress(self, done: int, total: int) -> None: ...


@dataclass(frozen=True)
class ScanItem:
    """What happened to one contact found in a code."""

    where: str
    outcome: str  # created, merged or unchanged
    person_id: int
    name: str
    kind: str  # the payload kind: vcard, mecard, bizcard, profile-link…
    # Fields where the card and the person disagree; kept as they were.
    differences: tuple[FieldRow, ...] = ()
    flags: tuple[str, ...] = ()
    name_guessed: bool = False
    # Created, but perhaps someone we know: these people, for the user to decide.
    possible_duplicates: tuple[int, ...] = ()
    # Matched someone in the trash, who came back with the card's details.
    restored: bool = False
    proposal: Proposal | None = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "where": self.where,
            "outcome": self.outcome,
            "id": self.person_id,
            "name": self.name,
            "kind": self.kind,
            "differences": [
                {"field": r.field, "current": r.current, "scanned": r.scanned}
                for r in self.differences
            ],
            "flags": list(self.flags),
            "name_guessed": self.name_guessed,
            "possible_duplicates": list(self.possible_duplicates),
            "restored": self.restored,
        }


@dataclass
class ScanSummary:
    items: list[ScanItem] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    # The decoded texts, in order, for callers that de-duplicate camera reads.
    texts: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for item in self.items if item.outcome == outcome)

    @property
    def possible_duplicates(self) -> int:
        """People created who may be someone already known."""
        return sum(1 for item in self.items if item.possible_duplicates)

    @property
    def restored(self) -> int:
        return sum(1 for item in self.items if item.restored)

    @property
    def ids(self) -> list[int]:
        return list(dict.fromkeys(item.person_id for item in self.items))

    def extend(self, other: ScanSummary) -> None:
        self.items += other.items
        self.errors += other.errors
        self.texts += other.texts

    def to_json(self) -> dict[str, Any]:
        return {
            "ids": self.ids,
            "summary": {
                "created": self.count("created"),
                "merged": self.count("merged"),
                "unchanged": self.count("unchanged"),
                "possible_duplicates": self.possible_duplicates,
                "restored": self.restored,
                "errors": list(self.errors),
            },
            "people": [item.to_json() for item in self.items],
        }


def scan_texts(
    store: Store,
    texts: Sequence[str],
    *,
    where: str,
    event_id: int | None = None,
    origin: str = "",
) -> ScanSummary:
    """Turn decoded QR texts into people met at ``event_id``: all of them or none."""
    store.events.require(event_id)
    summary = ScanSummary(texts=list(texts))
    if not texts:
        summary.errors.append({"where": where, "reason": translate("scan", "no QR code found")})
        return summary
    with store.transaction():
        for number, text in enumerate(texts, start=1):
            place = (
                where
                if len(texts) == 1
                else translate("scan", "{where}, code {n}").format(where=where, n=number)
            )
            payload = classify(text)
            if payload.reason is not None:
                reason = escape_controls(str(payload.reason))  # quotes the code's text
                summary.errors.append({"where": place, "reason": reason, "kind": payload.kind})
                continue
            for contact in payload.contacts:
                summary.items.append(
                    take_contact(
                        store,
                        contact,
                        kind=payload.kind,
                        where=place,
                        event_id=event_id,
                        origin=origin or where,
                    )
                )
    return summary


def take_contact(
    store: Store,
    contact: Contact,
    *,
    kind: str,
    where: str,
    event_id: int | None,
    origin: str,
    source: str = "scan",
) -> ScanItem:
    """Add ``contact`` as a new person, or merge it (filling empty fields only) into the
    person it matches, bringing them back from the trash if need be; either way they were
    met at ``event_id``. A new person who may be someone known is recorded as a possible
    duplicate, never merged. Call inside a transaction."""
    how = "qr" if source == "scan" else "import"
    resolution = resolve(store, contact)
    match = resolution.match
    if match is None:
        person_id = store.people.add(
            new_person_fields(contact), source=source, event_id=event_id, how=how, origin=origin
        )
        if event_id is None:
            _record_encounter(store, person_id, event_id, how)
        for candidate in resolution.candidates:
            store.duplicates.record(person_id, candidate.person_id, candidate.reason)
        return ScanItem(
            where,
            "created",
            person_id,
            contact.full_name,
            kind,
            flags=contact.flags,
            name_guessed=contact.name_guessed,
            possible_duplicates=tuple(c.person_id for c in resolution.candidates),
        )
    if match.trashed:
        store.people.restore([match.person_id])
    proposal = make_proposal(store, contact, match)
    changed = apply_merge(store, proposal, event_id=event_id, origin=origin, source=source)
    _record_encounter(store, match.person_id, event_id, how)
    return ScanItem(
        where,
        "merged" if changed or match.trashed else "unchanged",
        match.person_id,
        proposal.person.full_name,
        kind,
        differences=proposal.differences,
        flags=contact.flags,
        name_guessed=contact.name_guessed,
        restored=match.trashed,
        proposal=proposal,
    )


def _record_encounter(store: Store, person_id: int, event_id: int | None, how: str) -> None:
    """Once per event (once a day without one): a second scan is not a second meeting.
    An import without an event records no meeting at all: a file is not a handshake."""
    if event_id is None and how != "qr":
        return
    if event_id is not None:
        already = store.encounters.met_at_event(person_id, event_id)
    else:
        already = store.encounters.met_on_day(person_id, now_utc()[:10], how="qr")
    if not already:
        store.encounters.add([person_id], event_id=event_id, how=how)


def scan_image(
    store: Store, image: Image.Image, *, where: str, event_id: int | None = None
) -> ScanSummary:
    """A loaded image (a camera frame, a pasted picture): decode, then add."""
    try:
        texts = [d.text for d in decode_image(image, where)]
    except NetdeskError as error:
        return ScanSummary(errors=[{"where": where, "reason": str(error)}])
    return scan_texts(store, texts, where=where, event_id=event_id)


@dataclass(frozen=True)
class DecodedFile:
    """What one image file held: its QR texts, or why it could not be read."""

    where: str  # the file's name as shown, control characters escaped
    origin: str
    texts: tuple[str, ...] = ()
    error: str | None = None


def decode_files(
    paths: Sequence[Path | str], *, control: Control | None = None
) -> list[DecodedFile]:
    """Decode every image; touches no database, so it can run beside the app's writer."""
    found: list[DecodedFile] = []
    for done, raw in enumerate(paths):
        if control is not None:
            if control.cancelled:
                break
            control.progress(done, len(paths))
        path = Path(raw)
        where = escape_controls(path.name)  # a file name can carry terminal escapes
        try:
            texts = tuple(d.text for d in decode_file(path))
        except NetdeskError as error:
            found.append(DecodedFile(where, path.name, error=str(error)))
        else:
            found.append(DecodedFile(where, path.name, texts))
    if control is not None:
        control.progress(len(found), len(paths))
    return found


def scan_decoded(
    store: Store,
    decoded: Sequence[DecodedFile],
    *,
    event_id: int | None = None,
    on_image: Callable[[ScanSummary], None] | None = None,
) -> ScanSummary:
    """Add what each image held, each image in its own transaction."""
    store.events.require(event_id)
    total = ScanSummary()
    for image in decoded:
        if image.error is not None:
            part = ScanSummary(errors=[{"where": image.where, "reason": image.error}])
        else:
            part = scan_texts(
                store, image.texts, where=image.where, event_id=event_id, origin=image.origin
            )
        total.extend(part)
        if on_image is not None:
            on_image(part)
    return total


def scan_files(
    store: Store,
    paths: Sequence[Path | str],
    *,
    event_id: int | None = None,
    control: Control | None = None,
    on_image: Callable[[ScanSummary], None] | None = None,
) -> ScanSummary:
    """Decode, then add; a bad image is an error entry, not a stop."""
    store.events.require(event_id)
    decoded = decode_files(paths, control=control)
    return scan_decoded(store, decoded, event_id=event_id, on_image=on_image)
