"""What every command handler gets: parsed options, the store (opened lazily), output."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from functools import cached_property
from pathlib import Path
from typing import Any

from netdesk.core import preferences
from netdesk.core.files.paths import default_db_path
from netdesk.core.storage.store import Store


def to_jsonable(value: Any) -> Any:
    """Dataclasses, dates, tuples and paths as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_jsonable(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name != "photo"
        }
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.json: bool = getattr(args, "json", False)

    @property
    def db_path(self) -> Path:
        db = getattr(self.args, "db", None)
        return Path(db).expanduser() if db else default_db_path()

    @cached_property
    def store(self) -> Store:
        store = Store.open(self.db_path)
        preferences.apply(store)  # e.g. the country for phone numbers written without +
        return store

    def close(self) -> None:
        if "store" in self.__dict__:
            self.store.close()

    def emit(self, data: Any, text: str | None = None) -> None:
        """Print ``data`` as JSON with --json, else ``text`` (when there is any)."""
        if self.json:
            json.dump(to_jsonable(data), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        elif text:
            print(text)

    def table(self, rows: list[list[str]], headers: list[str]) -> str:
        """A plain aligned text table for terminal output."""
        if not rows:
            return ""
        widths = [max(len(str(x)) for x in column) for column in zip(headers, *rows, strict=True)]
        lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
        for row in rows:
            lines.append(
                "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            )
        return "\n".join(lines)
