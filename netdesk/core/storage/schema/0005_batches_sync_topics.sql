-- Step 5: imports as batches that can be undone, with remembered CSV column mappings and
-- names marked as guessed; sync state for the user's own CardDAV/CalDAV server; topics
-- (challenges, offers, interests) for peers and matches; and attendee lists per event.
-- Released: frozen. Never edit; add a step.

-- A person whose name was made up from an email, organisation or phone at import.
ALTER TABLE people ADD COLUMN name_guessed INTEGER NOT NULL DEFAULT 0
    CHECK (name_guessed IN (0, 1));

-- The name folded for sorting (case and accents, so Hélène comes before Hiroshi). SQL
-- cannot fold accents, so netdesk fills it: at each commit that wrote people, and when it
-- opens a file. A rename by any program empties it (the trigger), so it is never stale.
ALTER TABLE people ADD COLUMN sort_name TEXT;
CREATE INDEX people_sort_name ON people(sort_name);
CREATE INDEX people_sort_name_missing ON people(id) WHERE sort_name IS NULL;
CREATE TRIGGER people_sort_name_stale AFTER UPDATE OF full_name ON people
WHEN NEW.sort_name IS OLD.sort_name
BEGIN
    UPDATE people SET sort_name = NULL WHERE id = NEW.id;
END;

CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL,
    event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
    counts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts)),
    imported_at TEXT NOT NULL,
    undone_at TEXT
);

-- What one batch did to one person: added them, or merged into them (``before`` holds
-- the person as they were, as JSON, so undo can put them back). ``stamp`` is the
-- person's updated_at right after the import: a later edit by the user shows as a
-- different updated_at and is kept.
CREATE TABLE import_changes (
    batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    action TEXT NOT NULL CHECK (action IN ('added', 'merged')),
    before TEXT CHECK (before IS NULL OR json_valid(before)),
    stamp TEXT NOT NULL,
    PRIMARY KEY (batch_id, person_id)
) WITHOUT ROWID;
CREATE INDEX import_changes_person ON import_changes(person_id);

-- A CSV column mapping the user confirmed, keyed by the file's normalised header.
CREATE TABLE csv_mappings (
    header_key TEXT PRIMARY KEY,
    mapping TEXT NOT NULL CHECK (json_valid(mapping)),
    used_at TEXT NOT NULL
) WITHOUT ROWID;

-- One address book or task list on the user's server. The password is never here: it
-- lives in the operating system's keyring.
CREATE TABLE sync_collections (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('contacts', 'tasks')),
    url TEXT NOT NULL UNIQUE,
    username TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    sync_token TEXT,
    last_synced_at TEXT,
    last_error TEXT NOT NULL DEFAULT ''
);

-- One resource on the server and the local record it is linked to. ``base`` is the
-- record's fields as last agreed with the server (JSON), the common ancestor for a
-- field-by-field merge; ``stamp`` the local updated_at at that moment. A link whose
-- person or follow-up is gone (erased here) is a deletion still to send.
CREATE TABLE sync_items (
    collection_id INTEGER NOT NULL REFERENCES sync_collections(id) ON DELETE CASCADE,
    href TEXT NOT NULL,
    uid TEXT NOT NULL,
    etag TEXT NOT NULL DEFAULT '',
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    followup_id INTEGER REFERENCES followups(id) ON DELETE SET NULL,
    base TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(base)),
    stamp TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (collection_id, href)
) WITHOUT ROWID;
CREATE UNIQUE INDEX sync_items_uid ON sync_items(collection_id, uid);
CREATE INDEX sync_items_person ON sync_items(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX sync_items_followup ON sync_items(followup_id) WHERE followup_id IS NOT NULL;

-- Both sides changed the same field: kept for the user to choose, nothing overwritten.
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    collection_id INTEGER NOT NULL REFERENCES sync_collections(id) ON DELETE CASCADE,
    href TEXT NOT NULL,
    person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
    followup_id INTEGER REFERENCES followups(id) ON DELETE CASCADE,
    local TEXT NOT NULL CHECK (json_valid(local)),
    remote TEXT NOT NULL CHECK (json_valid(remote)),
    remote_etag TEXT NOT NULL DEFAULT '',
    found_at TEXT NOT NULL
);
CREATE INDEX sync_conflicts_person ON sync_conflicts(person_id);

-- What someone works on or struggles with, what they offer, what interests them.
-- ``key`` is the label folded (case, accents, plural) so one topic written twice is one.
CREATE TABLE topics (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL CHECK (length(trim(label)) > 0),
    key TEXT NOT NULL UNIQUE
);
CREATE TABLE person_topics (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('challenge', 'offer', 'interest')),
    event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    PRIMARY KEY (person_id, topic_id, role)
) WITHOUT ROWID;
CREATE INDEX person_topics_topic ON person_topics(topic_id, role, person_id);

-- The user's own challenges, offers and interests (Preferences).
CREATE TABLE my_topics (
    topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('challenge', 'offer', 'interest')),
    added_at TEXT NOT NULL,
    PRIMARY KEY (topic_id, role)
) WITHOUT ROWID;

-- Who is expected at an event: an imported attendee list, or people tagged for it.
CREATE TABLE event_attendees (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    source TEXT NOT NULL DEFAULT 'typed' CHECK (source IN ('typed', 'import', 'tag', 'sync')),
    added_at TEXT NOT NULL,
    PRIMARY KEY (event_id, person_id)
) WITHOUT ROWID;
CREATE INDEX event_attendees_person ON event_attendees(person_id);

-- Foreign keys whose child column had no index: deleting a person or an event made
-- SQLite read the whole child table once per row deleted (emptying a trash of 10,000
-- people read every encounter 10,000 times).
CREATE INDEX encounters_introduced_by ON encounters(introduced_by);
CREATE INDEX reviews_person ON reviews(person_id);
CREATE INDEX provenance_event ON provenance(event_id);
CREATE INDEX interactions_event ON interactions(event_id);
CREATE INDEX exchanges_event ON exchanges(event_id);
CREATE INDEX person_topics_event ON person_topics(event_id);
