"""A topic's key: its label folded so that the same topic written twice is one.

"Pumping stations", "pumping-station" and "Pumping Station" are one topic, as are
"pompstations" and "Pompstation". Folding is deliberately simple (case, accents,
punctuation, spaces, and the commonest English and Dutch plural endings): a user reads
the label, the key only has to make the obvious variants meet.
"""

from __future__ import annotations

import re

from netdesk.core.people.search import fold

ROLES = ("challenge", "offer", "interest")
# Typed before a topic: "? pumping station" is a challenge, "+ asset management" an
# offer, "* energy transition" an interest. Unmarked topics are challenges.
MARKS = {"?": "challenge", "+": "offer", "*": "interest"}
MAX_LABEL = 80  # a topic is a few words, not a note

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
# Dutch plurals of words ending in a vowel (foto's, auto's) and English possessives.
_APOSTROPHE_S = re.compile(r"(\w)['’`]s\b", re.UNICODE)
# Endings that look plural but are not: "business", "status", "analysis", "gas", "bus".
_KEEP_S = ("ss", "us", "is", "ics")


def singular(word: str) -> str:
    """One word's singular, by the commonest English and Dutch plural endings."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ingen") and len(word) > 6:  # uitdagingen → uitdaging
        return word[:-2]
    if word.endswith("heden") and len(word) > 6:  # mogelijkheden → mogelijkheid
        return word[:-5] + "heid"
    if word.endswith("ies") and len(word) > 4:  # utilities → utility
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):  # processes, approaches, boxes
        return word[:-2]
    if word.endswith("s") and not word.endswith(_KEEP_S):
        return word[:-1]
    return word


def topic_key(label: str) -> str:
    """The folded key of ``label``: lower case, no accents, words joined by one space,
    each word singular. Empty when the label holds no word."""
    words = _NON_WORD.sub(" ", _APOSTROPHE_S.sub(r"\1", fold(label))).split()
    return " ".join(singular(word) for word in words)


def clean_label(label: str) -> str:
    """The label as shown: spaces collapsed, a leading capital kept as typed."""
    return " ".join(label.split())[:MAX_LABEL].strip()


def contains_key(text_key: str, key: str) -> bool:
    """Whether the folded text holds the whole words of ``key`` (not a part of a word)."""
    return bool(key) and f" {key} " in f" {text_key} "


def parse_marked(text: str) -> list[tuple[str, str]]:
    """``(role, label)`` for each topic in ``text``, topics apart by commas or semicolons:
    "? pumping stations; + asset management" → a challenge and an offer."""
    found: list[tuple[str, str]] = []
    for part in re.split(r"[,;\n]", text):
        item = part.strip()
        role = MARKS.get(item[:1], "")
        label = clean_label(item[1:] if role else item)
        if topic_key(label) and (role or "challenge", label) not in found:
            found.append((role or "challenge", label))
    return found
