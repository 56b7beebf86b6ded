"""A demo database with a row in every user table, and one person with every kind of record.

The demo fills people, events, encounters and follow-ups; what it leaves empty
(introductions, card profiles, reviews, templates, topics, attendee lists, imports,
CSV mappings, sync links, the trash, photos, preferences) is added here by hand.
"""

from __future__ import annotations

import sqlite3

from netdesk.core import demo
from netdesk.core.storage.store import Store

SUBJECT_NAME = "Zebedee Quux"
SUBJECT_EMAIL = "zebedee@quux.example"
PHOTO = bytes(range(256)) * 4
NOW = "2026-11-20T10:00:00Z"


def fill(store: Store, people: int = 60) -> int:
    """Fill ``store``; returns the id of the person with every kind of record."""
    demo.fill(store, people, seed=7)
    with store.transaction() as conn:
        return _extras(conn)


def _extras(conn: sqlite3.Connection) -> int:
    one = lambda sql, *params: conn.execute(sql, params).fetchone()[0]  # noqa: E731
    event = one("SELECT min(id) FROM events")
    other, third = (r[0] for r in conn.execute("SELECT id FROM people ORDER BY id LIMIT 2"))
    subject = conn.execute(
        "INSERT INTO people (full_name, given_name, family_name, organisation, photo,"
        " vcard_uid, cadence_days, name_guessed, created_at, updated_at)"
        " VALUES (?, 'Zebedee', 'Quux', 'Quux & Co', ?, 'b1946ac9-2f1e', 30, 1, ?, ?)",
        (SUBJECT_NAME, PHOTO, NOW, NOW),
    ).lastrowid
    conn.execute(
        "INSERT INTO contact_points (person_id, kind, value, normalized) VALUES (?, 'email', ?, ?)",
        (subject, SUBJECT_EMAIL, SUBJECT_EMAIL),
    )
    tag = conn.execute("INSERT INTO tags (name, cadence_days) VALUES ('quux-pumps', 14)").lastrowid
    conn.execute("INSERT INTO person_tags VALUES (?, ?)", (subject, tag))
    alone = conn.execute(
        "INSERT INTO encounters (event_id, met_at, context, introduced_by)"
        " VALUES (?, ?, 'talked about Zebedee Quux pumps', ?)",
        (event, NOW, other),
    ).lastrowid
    conn.execute("INSERT INTO encounter_people VALUES (?, ?)", (alone, subject))
    shared = conn.execute(
        "INSERT INTO encounters (event_id, met_at, context, introduced_by)"
        " VALUES (?, ?, 'the three of us', ?)",
        (event, NOW, subject),
    ).lastrowid
    conn.executemany(
        "INSERT INTO encounter_people VALUES (?, ?)", [(shared, subject), (shared, third)]
    )
    followup = conn.execute(
        "INSERT INTO followups (person_id, event_id, text, due_on, created_at)"
        " VALUES (?, ?, 'send the pump report', '2026-12-01', ?)",
        (subject, event, NOW),
    ).lastrowid
    conn.execute(
        "INSERT INTO interactions (person_id, happened_on, kind, note)"
        " VALUES (?, '2026-11-21', 'called', 'long call')",
        (subject,),
    )
    conn.execute(
        "INSERT INTO exchanges (person_id, direction, kind, happened_on)"
        " VALUES (?, 'gave', 'advice', '2026-11-22')",
        (subject,),
    )
    conn.executemany(
        "INSERT INTO introductions (person_a, person_b, why, made_on) VALUES (?, ?, ?, ?)",
        [(subject, other, "pumps", "2026-11-23"), (third, subject, "peers", "2026-11-24")],
    )
    conn.execute(
        "INSERT INTO card_profiles (name, fields, shared, created_at, updated_at)"
        """ VALUES ('work', '{"name": "Me"}', '["name"]', ?, ?)""",
        (NOW, NOW),
    )
    conn.execute(
        "INSERT INTO provenance (person_id, field, value, source, recorded_at)"
        " VALUES (?, 'full_name', ?, 'typed', ?)",
        (subject, SUBJECT_NAME, NOW),
    )
    conn.execute("INSERT INTO reviews VALUES (?, ?, ?, 'followed up')", (event, subject, NOW))
    conn.execute("INSERT INTO email_templates VALUES ('thanks', 'Thanks', 'Hi {name}', ?)", (NOW,))
    low, high = sorted((subject, other))
    conn.execute(
        "INSERT INTO duplicate_candidates VALUES (?, ?, 'name', 'distinct', ?)", (low, high, NOW)
    )
    batch = conn.execute(
        "INSERT INTO import_batches (source, format, counts, imported_at)"
        """ VALUES ('cards.vcf', 'vcard', '{"created": 1}', ?)""",
        (NOW,),
    ).lastrowid
    conn.execute(
        "INSERT INTO import_changes VALUES (?, ?, 'merged', ?, ?)",
        (batch, subject, f'{{"full_name": "{SUBJECT_NAME}"}}', NOW),
    )
    conn.execute("""INSERT INTO csv_mappings VALUES ('name|email', '{"0": "name"}', ?)""", (NOW,))
    topic = conn.execute("INSERT INTO topics (label, key) VALUES ('Pumps', 'pump')").lastrowid
    conn.execute(
        "INSERT INTO person_topics (person_id, topic_id, role, added_at)"
        " VALUES (?, ?, 'challenge', ?)",
        (subject, topic, NOW),
    )
    conn.execute("INSERT INTO my_topics VALUES (?, 'offer', ?)", (topic, NOW))
    conn.execute("INSERT INTO event_attendees VALUES (?, ?, 'import', ?)", (event, subject, NOW))
    collection = conn.execute(
        "INSERT INTO sync_collections (kind, url) VALUES ('contacts', 'https://dav.example/c/')"
    ).lastrowid
    conn.executemany(
        "INSERT INTO sync_items (collection_id, href, uid, person_id, followup_id, base)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (collection, "/c/z.vcf", "b1946ac9-2f1e", subject, None, f'{{"n": "{SUBJECT_NAME}"}}'),
            (collection, "/t/f.ics", "uid-task", None, followup, '{"text": "pump report"}'),
        ],
    )
    conn.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("pref:phone_region", "NL"), ("rhythm", '{"first": 2, "second": 9, "third": 40}')],
    )
    conn.execute("UPDATE people SET deleted_at = ? WHERE id = ?", (NOW, third + 5))
    return subject
