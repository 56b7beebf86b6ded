"""Walking a large JSON text one member or element at a time.

``json.loads`` turns a 50 MB archive into half a gigabyte of Python objects before a
row can be written. :class:`Cursor` walks the objects and arrays around the rows
itself and decodes only the values asked for (each row, with the json module's own
decoder), so a reader holds one row at a time besides the text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

_SPACE = re.compile(r"[ \t\n\r]*")


class JsonError(ValueError):
    """The text is not JSON at ``line``, ``column`` (1-based), or nests too deeply."""

    def __init__(self, line: int, column: int, *, too_deep: bool = False) -> None:
        super().__init__(f"line {line}, column {column}")
        self.line, self.column, self.too_deep = line, column, too_deep


class Cursor:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self._decode = json.JSONDecoder().raw_decode

    def peek(self) -> str:
        """The next character that is not white space ('' at the end)."""
        self.pos = _SPACE.match(self.text, self.pos).end()
        return self.text[self.pos : self.pos + 1]

    def value(self) -> Any:
        """Decode the value at the cursor and move past it."""
        self.peek()
        try:
            value, self.pos = self._decode(self.text, self.pos)
        except json.JSONDecodeError as error:
            raise self.error(error.pos) from None
        except RecursionError:  # arrays nested thousands deep
            raise self.error(self.pos, too_deep=True) from None
        return value

    def members(self) -> Iterator[str]:
        """The keys of the object at the cursor; the caller reads each value before the next."""
        self._expect("{")
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            if self.peek() != '"':
                raise self.error(self.pos)
            key = self.value()
            self._expect(":")
            yield key
            if self._separator("}"):
                return

    def elements(self) -> Iterator[None]:
        """Once per element of the array at the cursor; the caller reads each one."""
        self._expect("[")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield
            if self._separator("]"):
                return

    def end(self) -> None:
        """Nothing but white space may follow the document."""
        if self.peek():
            raise self.error(self.pos)

    def _expect(self, char: str) -> None:
        if self.peek() != char:
            raise self.error(self.pos)
        self.pos += 1

    def _separator(self, closing: str) -> bool:
        """Past a ',' (False) or the ``closing`` bracket (True)."""
        char = self.peek()
        if char not in (",", closing):
            raise self.error(self.pos)
        self.pos += 1
        return char == closing

    def error(self, pos: int, *, too_deep: bool = False) -> JsonError:
        line = self.text.count("\n", 0, pos) + 1
        return JsonError(line, pos - self.text.rfind("\n", 0, pos), too_deep=too_deep)
