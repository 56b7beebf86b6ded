"""Translation hook for text produced by the core.

The core cannot import Qt, yet its messages must be translatable with the same
catalogues as the UI. Core code calls :func:`translate` with a context, exactly
like ``QCoreApplication.translate``; the UI installs Qt's translator at start-up
and the CLI leaves the identity in place (or installs one of its own).
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install_translator(translator: Translator | None) -> None:
    """Route every core string through ``translator(context, text)``."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    """Translate ``text``; placeholders use ``{name}`` and are filled afterwards."""
    return _translator(context, text)


# Named as Qt names it, because that name is what lupdate looks for.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction by lupdate; it is translated later, where it is shown."""
    return text
