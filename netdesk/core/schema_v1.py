"""Schema step 1: the whole domain model, search index and its triggers.

Frozen once released: later changes are new steps in ``migrations.py``, never
edits here, so that every database reaches the same schema by the same path.
"""

from __future__ import annotations

# Letters that unicode61's remove_diacritics leaves alone because they do not
# decompose (Ø is not O + a combining mark). Folding them in SQL keeps the
# index writable from any SQLite, not only from netdesk.
FOLDED_LETTERS = {
    "ø": "o",
    "Ø": "o",
    "ł": "l",
    "Ł": "l",
    "ß": "ss",
    "ẞ": "ss",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "đ": "d",
    "Đ": "d",
    "ð": "d",
    "Ð": "d",
    "þ": "th",
    "Þ": "th",
    "ı": "i",
    "ħ": "h",
    "Ħ": "h",
}


def fold_sql(expr: str) -> str:
    """SQL that applies :data:`FOLDED_LETTERS` to ``expr``."""
    for letter, plain in FOLDED_LETTERS.items():
        expr = f"replace({expr}, '{letter}', '{plain}')"
    return expr


FTS_COLUMNS = (
    "name",
    "organisation",
    "department",
    "title",
    "contacts",
    "notes",
    "tags",
    "context",
)


def fts_refresh_statements(ids: str) -> tuple[str, str]:
    """The two statements that rewrite the search rows of the people in ``ids`` (SQL list)."""
    values = {
        "name": "p.full_name",
        "organisation": "p.organisation",
        "department": "p.department",
        "title": "p.title",
        "contacts": "(SELECT group_concat(value, ' ') FROM contact_points WHERE person_id = p.id)",
        "notes": "p.notes",
        "tags": "(SELECT group_concat(t.name, ' ') FROM person_tags pt"
        " JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id = p.id)",
        "context": "(SELECT group_concat(e.context, ' ') FROM encounter_people ep"
        " JOIN encounters e ON e.id = ep.encounter_id WHERE ep.person_id = p.id)",
    }
    columns = ", ".join(FTS_COLUMNS)
    selected = ", ".join(fold_sql(f"coalesce({values[c]}, '')") for c in FTS_COLUMNS)
    return (
        f"DELETE FROM people_fts WHERE rowid IN ({ids})",
        f"INSERT INTO people_fts(rowid, {columns}) SELECT p.id, {selected} "
        f"FROM people p WHERE p.id IN ({ids}) AND p.deleted_at IS NULL",
    )


def _fts_refresh(ids: str) -> str:
    """The refresh as trigger body text."""
    return ";\n    ".join(fts_refresh_statements(ids)) + ";"


# Rewrites the search rows of people with ids in [:first, :last]; bulk loads use it.
FTS_REBUILD_RANGE = fts_refresh_statements(
    "SELECT id FROM people WHERE id BETWEEN :first AND :last"
)


# Bulk loads set meta 'fts_paused' inside their transaction, insert, then index
# the new range in one statement: far faster than a trigger per row.
_ACTIVE = "(SELECT value FROM meta WHERE key = 'fts_paused') IS NULL"

TABLES = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN
        ('breakfast', 'workshop', 'conference', 'away-day', 'meetup', 'internal', 'other')),
    starts_on TEXT NOT NULL CHECK (date(starts_on) IS starts_on),
    ends_on TEXT CHECK (ends_on IS NULL OR (date(ends_on) IS ends_on AND ends_on >= starts_on)),
    location TEXT NOT NULL DEFAULT '',
    organiser TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX events_starts_on ON events(starts_on);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    internal INTEGER NOT NULL DEFAULT 0 CHECK (internal IN (0, 1)),
    photo BLOB,
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'scan', 'import', 'demo')),
    vcard_uid TEXT,
    cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX people_full_name ON people(full_name COLLATE NOCASE);
CREATE INDEX people_organisation ON people(organisation COLLATE NOCASE);
CREATE INDEX people_department ON people(department COLLATE NOCASE);
CREATE INDEX people_vcard_uid ON people(vcard_uid) WHERE vcard_uid IS NOT NULL;
CREATE INDEX people_deleted_at ON people(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE contact_points (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'url')),
    value TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    normalized TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_points_person ON contact_points(person_id);
CREATE INDEX contact_points_match ON contact_points(kind, normalized);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0)
);
CREATE TABLE person_tags (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX person_tags_tag ON person_tags(tag_id, person_id);

CREATE TABLE encounters (
    id INTEGER PRIMARY KEY,
    event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
    met_at TEXT NOT NULL,
    context TEXT NOT NULL DEFAULT '',
    how TEXT NOT NULL DEFAULT 'manual' CHECK (how IN ('qr', 'manual', 'import')),
    introduced_by INTEGER REFERENCES people(id) ON DELETE SET NULL
);
CREATE INDEX encounters_event ON encounters(event_id);
CREATE TABLE encounter_people (
    encounter_id INTEGER NOT NULL REFERENCES encounters(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (encounter_id, person_id)
) WITHOUT ROWID;
CREATE INDEX encounter_people_person ON encounter_people(person_id, encounter_id);

CREATE TABLE followups (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
    action TEXT NOT NULL DEFAULT 'other' CHECK (action IN
        ('email', 'call', 'send-info', 'introduce', 'meet', 'connect', 'other')),
    text TEXT NOT NULL,
    due_on TEXT NOT NULL CHECK (date(due_on) IS due_on),
    due_time TEXT CHECK (due_time IS NULL OR time(due_time) IS due_time || ':00'
                         OR time(due_time) IS due_time),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'snoozed')),
    snoozed_until TEXT CHECK (snoozed_until IS NULL OR date(snoozed_until) IS snoozed_until),
    done_on TEXT,
    outcome TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    effective_due TEXT GENERATED ALWAYS AS
        (CASE WHEN status = 'snoozed' THEN snoozed_until ELSE due_on END) VIRTUAL
);
CREATE INDEX followups_status_due ON followups(status, effective_due);
CREATE INDEX followups_person ON followups(person_id);
CREATE INDEX followups_event ON followups(event_id);

CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
    happened_on TEXT NOT NULL CHECK (date(happened_on) IS happened_on),
    kind TEXT NOT NULL DEFAULT 'note' CHECK (kind IN
        ('met', 'emailed', 'called', 'helped', 'introduced', 'note', 'other')),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interactions_person ON interactions(person_id, happened_on);

CREATE TABLE exchanges (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
    direction TEXT NOT NULL CHECK (direction IN ('gave', 'received')),
    kind TEXT NOT NULL DEFAULT 'help' CHECK (kind IN
        ('referral', 'introduction', 'advice', 'information', 'help', 'other')),
    note TEXT NOT NULL DEFAULT '',
    happened_on TEXT NOT NULL CHECK (date(happened_on) IS happened_on)
);
CREATE INDEX exchanges_person ON exchanges(person_id, happened_on);

CREATE TABLE introductions (
    id INTEGER PRIMARY KEY,
    person_a INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    person_b INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    why TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    made_on TEXT NOT NULL CHECK (date(made_on) IS made_on),
    CHECK (person_a <> person_b)
);
CREATE INDEX introductions_a ON introductions(person_a);
CREATE INDEX introductions_b ON introductions(person_b);

CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    target INTEGER NOT NULL DEFAULT 1 CHECK (target > 0),
    match_field TEXT CHECK (match_field IS NULL OR match_field IN
        ('organisation', 'department', 'title', 'tag', 'internal', 'external')),
    match_value TEXT NOT NULL DEFAULT '',
    manual_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX goals_event ON goals(event_id);

CREATE TABLE card_profiles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
    shared TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(shared)),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE provenance (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('typed', 'scan', 'import', 'demo', 'merge')),
    event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
    origin TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
CREATE INDEX provenance_person ON provenance(person_id);
"""

FTS = f"""
CREATE VIRTUAL TABLE people_fts USING fts5(
    {", ".join(FTS_COLUMNS)},
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER people_fts_insert AFTER INSERT ON people WHEN {_ACTIVE} BEGIN
    {_fts_refresh("new.id")}
END;
CREATE TRIGGER people_fts_update AFTER UPDATE OF
    full_name, organisation, department, title, notes, deleted_at ON people
WHEN {_ACTIVE} BEGIN
    {_fts_refresh("new.id")}
END;
CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
    DELETE FROM people_fts WHERE rowid = old.id;
END;
CREATE TRIGGER contact_points_fts_insert AFTER INSERT ON contact_points WHEN {_ACTIVE} BEGIN
    {_fts_refresh("new.person_id")}
END;
CREATE TRIGGER contact_points_fts_update AFTER UPDATE ON contact_points WHEN {_ACTIVE} BEGIN
    {_fts_refresh("old.person_id, new.person_id")}
END;
CREATE TRIGGER contact_points_fts_delete AFTER DELETE ON contact_points WHEN {_ACTIVE} BEGIN
    {_fts_refresh("old.person_id")}
END;
CREATE TRIGGER person_tags_fts_insert AFTER INSERT ON person_tags WHEN {_ACTIVE} BEGIN
    {_fts_refresh("new.person_id")}
END;
CREATE TRIGGER person_tags_fts_delete AFTER DELETE ON person_tags WHEN {_ACTIVE} BEGIN
    {_fts_refresh("old.person_id")}
END;
CREATE TRIGGER tags_fts_rename AFTER UPDATE OF name ON tags WHEN {_ACTIVE} BEGIN
    {_fts_refresh("SELECT person_id FROM person_tags WHERE tag_id = new.id")}
END;
CREATE TRIGGER encounters_fts_update AFTER UPDATE OF context ON encounters WHEN {_ACTIVE} BEGIN
    {_fts_refresh("SELECT person_id FROM encounter_people WHERE encounter_id = new.id")}
END;
CREATE TRIGGER encounter_people_fts_insert AFTER INSERT ON encounter_people WHEN {_ACTIVE} BEGIN
    {_fts_refresh("new.person_id")}
END;
CREATE TRIGGER encounter_people_fts_delete AFTER DELETE ON encounter_people WHEN {_ACTIVE} BEGIN
    {_fts_refresh("old.person_id")}
END;
"""

STEP_1 = TABLES + FTS
