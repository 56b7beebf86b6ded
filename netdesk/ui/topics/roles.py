"""The words for the three topic roles, and the marks typed before a topic in quick capture."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from netdesk.ui.widgets.vocabulary import label

ROLE_WORDS = {
    "challenge": QT_TRANSLATE_NOOP("Vocabulary", "Challenge"),
    "offer": QT_TRANSLATE_NOOP("Vocabulary", "Offers"),
    "interest": QT_TRANSLATE_NOOP("Vocabulary", "Interest"),
    "mentioned": QT_TRANSLATE_NOOP("Vocabulary", "Mentioned it when you met"),
}


def role_label(code: str) -> str:
    return label(ROLE_WORDS, code)


def role_tip(code: str) -> str:
    """What a role means, for a chip's tooltip."""
    tips = {
        "challenge": QCoreApplication.translate("Topics", "Working on or struggling with this"),
        "offer": QCoreApplication.translate("Topics", "Can offer expertise, resources or contacts"),
        "interest": QCoreApplication.translate("Topics", "Interested in this"),
    }
    return tips.get(code, code)
