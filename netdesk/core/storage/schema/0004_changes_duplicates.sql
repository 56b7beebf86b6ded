-- Step 4: a counter per kind of data, bumped by every committed write, so that an open
-- window learns exactly what another process (the command line, sync) changed; and
-- the pairs of people that look alike but were not merged, for the user to decide.
-- Released: frozen. Never edit; add a step.
CREATE TABLE change_counters (
    kind TEXT PRIMARY KEY,
    version INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE duplicate_candidates (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'distinct')),
    found_at TEXT NOT NULL,
    PRIMARY KEY (person_id, other_id),
    CHECK (person_id < other_id)
) WITHOUT ROWID;
CREATE INDEX duplicate_candidates_other ON duplicate_candidates(other_id);
