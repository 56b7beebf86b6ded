"""What a write changed, broadcast once per committed transaction.

Views listen to one signal and refresh only when a kind they show changed
(Anki's OpChanges). The store never knows who listens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

KINDS = (
    "events",
    "people",
    "encounters",
    "followups",
    "interactions",
    "exchanges",
    "introductions",
    "goals",
    "cards",
    "tags",
)


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[str]

    def __contains__(self, kind: str) -> bool:
        return kind in self.kinds

    def touches(self, *kinds: str) -> bool:
        return any(kind in self.kinds for kind in kinds)


Listener = Callable[[Changes], None]
