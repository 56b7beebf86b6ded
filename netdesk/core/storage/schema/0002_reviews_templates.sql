-- Step 2: who has been reviewed after an event, and the user's email templates.
-- Released: frozen. Never edit; add a step.
CREATE TABLE reviews (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    reviewed_at TEXT NOT NULL,
    decision TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, person_id)
) WITHOUT ROWID;

CREATE TABLE email_templates (
    name TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
