"""Field-by-field three-way merge of two versions of one record against their ancestor.

A field changed on one side only takes that side's value; a field changed on both sides
to the same value is no conflict; a field changed on both sides to different values is
a conflict and keeps the local value until the user chooses. Lists (emails, phones,
links, tags) merge by element: what either side added is added, what either side
removed is removed, so a number added on the phone and an address added here both stay.

With no ancestor (the first sync matched a person who was already here) an empty field
takes the other side's value, lists are united, and two different values conflict.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from netdesk.core.sync.cards import FIELDS, LISTS, Record


@dataclass
class Merged:
    record: Record
    conflicts: list[str] = field(default_factory=list)


def _key(item: Any) -> str:
    return json.dumps(item, sort_keys=True)


def _merge_list(base: list | None, local: list, remote: list) -> list:
    local_keys = {_key(i) for i in local}
    remote_keys = {_key(i) for i in remote}
    if base is None:
        return local + [i for i in remote if _key(i) not in local_keys]
    base_keys = {_key(i) for i in base}
    removed = (base_keys - local_keys) | (base_keys - remote_keys)
    out = [i for i in local if _key(i) not in removed]
    seen = {_key(i) for i in out}
    out += [i for i in remote if _key(i) not in seen and _key(i) not in removed]
    return out


def merge(base: Record | None, local: Record, remote: Record, fields: tuple = FIELDS) -> Merged:
    """Merge ``local`` and ``remote``; ``base`` None when they share no ancestor."""
    out = Merged(dict(local))
    for name in fields:
        ours, theirs = local.get(name), remote.get(name)
        if name in LISTS:
            ancestor = None if base is None else base.get(name, [])
            out.record[name] = _merge_list(ancestor, ours or [], theirs or [])
            continue
        if ours == theirs:
            continue
        if base is None:
            if not ours:
                out.record[name] = theirs
            elif theirs:
                out.conflicts.append(name)
            continue
        was = base.get(name)
        if ours == was:
            out.record[name] = theirs
        elif theirs != was:
            out.conflicts.append(name)
    return out
