-- The embedded store: system of record and FTS5 index in one file.
-- Dates are ISO text (YYYY-MM-DD), instants ISO 8601 UTC text.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS documents (
    id            INTEGER PRIMARY KEY,
    source        TEXT NOT NULL,              -- file name, what citations show
    source_path   TEXT NOT NULL UNIQUE,
    content_hash  TEXT NOT NULL,
    format        TEXT NOT NULL,
    page_count    INTEGER NOT NULL,
    council       TEXT,
    committee     TEXT,
    meeting_date  TEXT,
    title         TEXT,
    ingested_at   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_documents_source ON documents(source);

CREATE TABLE IF NOT EXISTS pages (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (document_id, number)
);

CREATE TABLE IF NOT EXISTS parts (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    start_page   INTEGER NOT NULL,
    end_page     INTEGER NOT NULL,
    meeting_date TEXT,
    display_title TEXT,                       -- what citations show ("Minutes, 13 November 2024")
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE IF NOT EXISTS chunks (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    part_ordinal INTEGER NOT NULL,
    part_kind    TEXT NOT NULL,
    part_title   TEXT NOT NULL,
    item_title   TEXT,
    page         INTEGER NOT NULL,
    meeting_date TEXT,
    committee    TEXT,
    council      TEXT,
    text         TEXT NOT NULL,
    embedding    BLOB                         -- float32 vector when AI:EmbeddingModel is set
);
CREATE INDEX IF NOT EXISTS ix_chunks_document ON chunks(document_id);
-- The columns searches filter on, small enough that checking every full-text match against them stays cheap
-- (the chunk rows themselves are large); SqliteSearchIndex names it with INDEXED BY.
CREATE INDEX IF NOT EXISTS ix_chunks_filter ON chunks(id, part_kind, meeting_date, committee);

-- External-content FTS5 over chunks; kept in step by triggers so a replace is one transaction.
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
    part_title, item_title, text, committee,
    content = 'chunks', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS chunks_ai AFTER INSERT ON chunks BEGIN
    INSERT INTO chunks_fts(rowid, part_title, item_title, text, committee)
    VALUES (new.id, new.part_title, coalesce(new.item_title, ''), new.text, coalesce(new.committee, ''));
END;
CREATE TRIGGER IF NOT EXISTS chunks_ad AFTER DELETE ON chunks BEGIN
    INSERT INTO chunks_fts(chunks_fts, rowid, part_title, item_title, text, committee)
    VALUES ('delete', old.id, old.part_title, coalesce(old.item_title, ''), old.text, coalesce(old.committee, ''));
END;

-- Store generation: one row whose value goes up whenever a document is added, replaced or forgotten (its chunks and
-- facts are written in the same transaction), by any process sharing the file. Caches compare it to know when to reload.
CREATE TABLE IF NOT EXISTS store_generation (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT OR IGNORE INTO store_generation (id, value) VALUES (1, 0);
CREATE TRIGGER IF NOT EXISTS documents_generation_ai AFTER INSERT ON documents BEGIN
    UPDATE store_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER IF NOT EXISTS documents_generation_ad AFTER DELETE ON documents BEGIN
    UPDATE store_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER IF NOT EXISTS documents_generation_au AFTER UPDATE ON documents BEGIN
    UPDATE store_generation SET value = value + 1 WHERE id = 1;
END;

-- Facts. Each keeps its evidence: part title, page and the quoted span.
CREATE TABLE IF NOT EXISTS meetings (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    council TEXT, committee TEXT, date TEXT NOT NULL, start_time TEXT, end_time TEXT, place TEXT, chair TEXT,
    part TEXT NOT NULL, page INTEGER NOT NULL, quote TEXT NOT NULL,
    chair_page INTEGER, chair_quote TEXT,             -- where the chair is named, when found
    end_page INTEGER, end_quote TEXT                  -- where the closing time is stated, when another line than the date's
);
CREATE TABLE IF NOT EXISTS attendance (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    committee TEXT, meeting_date TEXT NOT NULL, name TEXT NOT NULL, status TEXT NOT NULL, role TEXT,
    part TEXT NOT NULL, page INTEGER NOT NULL, quote TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS agenda_items (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    committee TEXT, meeting_date TEXT NOT NULL, number TEXT NOT NULL, title TEXT NOT NULL,
    part TEXT NOT NULL, page INTEGER NOT NULL, quote TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS resolutions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    committee TEXT, meeting_date TEXT NOT NULL, minute_number TEXT, reference TEXT, item TEXT, text TEXT NOT NULL,
    part TEXT NOT NULL, page INTEGER NOT NULL, quote TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS recommendations (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    committee TEXT, meeting_date TEXT NOT NULL, topic TEXT, number TEXT, text TEXT NOT NULL, type TEXT,
    issued TEXT, deadline TEXT, response_status TEXT NOT NULL, response TEXT,
    part TEXT NOT NULL, page INTEGER NOT NULL, quote TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS work_programme (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    committee TEXT, meeting_date TEXT, when_text TEXT, item TEXT NOT NULL, lead TEXT,
    part TEXT NOT NULL, page INTEGER NOT NULL, quote TEXT NOT NULL
);

-- Replacing or forgetting a document deletes its fact rows by document_id.
CREATE INDEX IF NOT EXISTS ix_meetings_document ON meetings(document_id);
CREATE INDEX IF NOT EXISTS ix_attendance_document ON attendance(document_id);
CREATE INDEX IF NOT EXISTS ix_agenda_items_document ON agenda_items(document_id);
CREATE INDEX IF NOT EXISTS ix_resolutions_document ON resolutions(document_id);
CREATE INDEX IF NOT EXISTS ix_recommendations_document ON recommendations(document_id);
CREATE INDEX IF NOT EXISTS ix_work_programme_document ON work_programme(document_id);

-- Teams state: conversation references (stored on every turn) and answer feedback.
CREATE TABLE IF NOT EXISTS conversation_references (
    conversation_id TEXT PRIMARY KEY,
    reference_json  TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS feedback (
    id              INTEGER PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    activity_id     TEXT,
    user_id         TEXT,
    reaction        TEXT NOT NULL,            -- helpful | not-helpful
    question        TEXT,
    comment         TEXT,
    created_at      TEXT NOT NULL
);

-- Digests: subscriptions and the exactly-once outbox (one row per subscription and period).
CREATE TABLE IF NOT EXISTS subscriptions (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    reference_json  TEXT NOT NULL,
    cadence         TEXT NOT NULL,            -- daily | weekly | monthly
    at_time         TEXT NOT NULL,            -- HH:MM in Digests:TimeZone
    weekday         TEXT,                     -- weekly: monday..sunday; monthly: day of month 1-31
    committees      TEXT,                     -- JSON array, empty = all
    last_digest_at  TEXT,                     -- ingestion cursor: resolutions newer than this are new
    paused_reason   TEXT,
    created_at      TEXT NOT NULL,
    last_period     TEXT                      -- last scheduled occurrence composed (ISO instant)
);
CREATE TABLE IF NOT EXISTS digest_outbox (
    subscription_id TEXT NOT NULL,
    period          TEXT NOT NULL,            -- the scheduled occurrence, ISO instant
    payload_json    TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    activity_id     TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    status          TEXT NOT NULL DEFAULT 'pending', -- pending | sending | sent | failed | empty | gone | unknown | abandoned
    claimed_at      TEXT,                     -- when the current send attempt started
    PRIMARY KEY (subscription_id, period)
);

-- Sources (Sources:ModernGov...): progress per site and meeting, and every fetched paper's URL and validators.
CREATE TABLE IF NOT EXISTS source_sites (
    site        TEXT PRIMARY KEY,
    run_started TEXT,                         -- set while a run is unfinished; a restart resumes it
    last_sync   TEXT,
    last_error  TEXT,
    last_report TEXT
);

CREATE TABLE IF NOT EXISTS source_meetings (
    site       TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    done_run   TEXT NOT NULL,                 -- the run_started of the run that finished this meeting
    PRIMARY KEY (site, meeting_id)
);

CREATE TABLE IF NOT EXISTS source_documents (
    site          TEXT NOT NULL,
    url           TEXT NOT NULL,              -- the paper's address; citations can add #page=N
    meeting_id    TEXT NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    length        INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    local_path    TEXT NOT NULL,              -- documents.source_path of the ingested copy
    PRIMARY KEY (site, url)
);
CREATE INDEX IF NOT EXISTS ix_source_documents_meeting ON source_documents(site, meeting_id);

CREATE TABLE IF NOT EXISTS source_leases (   -- one host syncs a site at a time, however many share the store
    site    TEXT PRIMARY KEY,
    holder  TEXT NOT NULL,                    -- machine/process/instance of the host that holds it
    expires TEXT NOT NULL,                    -- renewed after each meeting; another host takes it over once passed
    claimed_at TEXT                           -- when this holder took it (kept while it renews), for `sources status`
);

-- A synced meeting as the site's web service describes it (version 3): these values win over what the papers' text
-- suggests for the documents of that meeting (joined by source_documents.local_path = documents.source_path).
CREATE TABLE IF NOT EXISTS source_meeting_details (
    site       TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    committee  TEXT NOT NULL,
    date       TEXT NOT NULL,                 -- YYYY-MM-DD
    start_time TEXT,                          -- HH:MM
    venue      TEXT,
    fingerprint TEXT NOT NULL,                -- all of the above and the agenda items: unchanged meetings are not rewritten
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (site, meeting_id)
);
CREATE TABLE IF NOT EXISTS source_agenda_items (
    site       TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    ordinal    INTEGER NOT NULL,              -- the site's order
    number     TEXT NOT NULL,
    title      TEXT NOT NULL,
    PRIMARY KEY (site, meeting_id, ordinal)
);
