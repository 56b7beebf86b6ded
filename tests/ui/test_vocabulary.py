"""Every code the core knows has a word in the UI's vocabulary, and only those codes."""

from __future__ import annotations

import pytest

from netdesk.core import model
from netdesk.core.people import resolve
from netdesk.ui.widgets import vocabulary


@pytest.mark.parametrize(
    ("codes", "words"),
    [
        (model.EVENT_KINDS, vocabulary.EVENT_KINDS),
        (model.EXCHANGE_KINDS, vocabulary.EXCHANGE_KINDS),
        (model.EXCHANGE_DIRECTIONS, vocabulary.EXCHANGE_DIRECTIONS),
        (model.INTERACTION_KINDS, vocabulary.INTERACTION_KINDS),
        (model.FOLLOWUP_ACTIONS, vocabulary.FOLLOWUP_ACTIONS),
        (model.FOLLOWUP_STATUSES, vocabulary.FOLLOWUP_STATUSES),
        (set(model.SOURCES) | set(model.PROVENANCE_SOURCES), vocabulary.SOURCES),
        (model.ENCOUNTER_HOWS, vocabulary.WAYS_OF_MEETING),
        (model.CONTACT_KINDS, vocabulary.CONTACT_KINDS),
        (resolve.MERGE_FIELDS, vocabulary.PERSON_FIELDS),
        ((*resolve.STRONG_REASONS, "name"), vocabulary.DUPLICATE_REASONS),
    ],
)
def test_every_code_has_a_word(codes, words):
    assert set(words) == set(codes)


def test_an_unknown_code_is_shown_as_is():
    assert vocabulary.exchange_kind("gift") == "gift"
    assert vocabulary.exchange_kind("referral") == "Referral"
    assert vocabulary.contact_kind("url") == "web"
