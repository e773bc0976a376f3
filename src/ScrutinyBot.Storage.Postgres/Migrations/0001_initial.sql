-- Version 1 of the PostgreSQL store: system of record, full-text index, chunk vectors and shared state
-- (Teams conversation references, feedback, digest subscriptions and outbox, source progress).
-- Dates are date, times time, instants timestamptz (UTC). The digest outbox period stays text (its key).

CREATE TABLE documents (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source        text NOT NULL,
    source_path   text NOT NULL UNIQUE,
    content_hash  text NOT NULL,
    format        text NOT NULL,
    page_count    integer NOT NULL,
    council       text,
    committee     text,
    meeting_date  date,
    title         text,
    ingested_at   timestamptz NOT NULL
);
CREATE INDEX ix_documents_source ON documents(source);

CREATE TABLE pages (
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number      integer NOT NULL,
    text        text NOT NULL,
    PRIMARY KEY (document_id, number)
);

CREATE TABLE parts (
    document_id  bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    kind         text NOT NULL,
    title        text NOT NULL,
    start_page   integer NOT NULL,
    end_page     integer NOT NULL,
    meeting_date date,
    PRIMARY KEY (document_id, ordinal)
);

-- Chunks with their weighted english tsvector (A part title, B item title, C committee, D text) and, once the
-- embedder has run, their vector (real[]; the vector leg of hybrid retrieval is computed in the application).
CREATE TABLE chunks (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id  bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq          integer NOT NULL,            -- reading order within the document
    part_ordinal integer NOT NULL,
    part_kind    text NOT NULL,
    part_title   text NOT NULL,
    item_title   text,
    page         integer NOT NULL,
    meeting_date date,
    committee    text,
    council      text,
    text         text NOT NULL,
    embedding    real[],
    -- words in the searched columns, for BM25's length normalisation
    token_count  integer GENERATED ALWAYS AS (cardinality(regexp_split_to_array(
        trim(part_title || ' ' || coalesce(item_title, '') || ' ' || coalesce(committee, '') || ' ' || text), '\s+'))) STORED,
    search       tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', part_title), 'A') ||
        setweight(to_tsvector('english', coalesce(item_title, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(committee, '')), 'C') ||
        setweight(to_tsvector('english', text), 'D')) STORED
);
CREATE INDEX ix_chunks_document ON chunks(document_id, seq);
CREATE INDEX ix_chunks_search ON chunks USING gin(search);
CREATE INDEX ix_chunks_unembedded ON chunks(id) WHERE embedding IS NULL;

-- Store generation: moves on whenever documents change (any instance), so every instance's caches reload.
CREATE TABLE store_generation (
    id    integer PRIMARY KEY CHECK (id = 1),
    value bigint NOT NULL
);
INSERT INTO store_generation (id, value) VALUES (1, 0);
CREATE FUNCTION bump_store_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE store_generation SET value = value + 1 WHERE id = 1;
    RETURN NULL;
END $$;
CREATE TRIGGER documents_generation AFTER INSERT OR UPDATE OR DELETE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION bump_store_generation();

-- Facts, each with its evidence (part title, page, quoted span).
CREATE TABLE meetings (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    council text, committee text, date date NOT NULL, start_time time, end_time time, place text, chair text,
    part text NOT NULL, page integer NOT NULL, quote text NOT NULL
);
CREATE TABLE attendance (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    committee text, meeting_date date NOT NULL, name text NOT NULL, status text NOT NULL, role text,
    part text NOT NULL, page integer NOT NULL, quote text NOT NULL
);
CREATE TABLE agenda_items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    committee text, meeting_date date NOT NULL, number text NOT NULL, title text NOT NULL,
    part text NOT NULL, page integer NOT NULL, quote text NOT NULL
);
CREATE TABLE resolutions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    committee text, meeting_date date NOT NULL, minute_number text, reference text, item text, text text NOT NULL,
    part text NOT NULL, page integer NOT NULL, quote text NOT NULL
);
CREATE TABLE recommendations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    committee text, meeting_date date NOT NULL, topic text, number text, text text NOT NULL, type text,
    issued date, deadline date, response_status text NOT NULL, response text,
    part text NOT NULL, page integer NOT NULL, quote text NOT NULL
);
CREATE TABLE work_programme (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    committee text, meeting_date date, when_text text, item text NOT NULL, lead text,
    part text NOT NULL, page integer NOT NULL, quote text NOT NULL
);
CREATE INDEX ix_meetings_document ON meetings(document_id);
CREATE INDEX ix_attendance_document ON attendance(document_id);
CREATE INDEX ix_agenda_items_document ON agenda_items(document_id);
CREATE INDEX ix_resolutions_document ON resolutions(document_id);
CREATE INDEX ix_recommendations_document ON recommendations(document_id);
CREATE INDEX ix_work_programme_document ON work_programme(document_id);

-- Teams state.
CREATE TABLE conversation_references (
    conversation_id text PRIMARY KEY,
    reference_json  text NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE TABLE feedback (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id text NOT NULL,
    activity_id     text,
    user_id         text,
    reaction        text NOT NULL,
    question        text,
    comment         text,
    created_at      timestamptz NOT NULL
);
CREATE INDEX ix_feedback_conversation ON feedback(conversation_id, id);

-- Digests: subscriptions and the exactly-once outbox (one row per subscription and period).
CREATE TABLE subscriptions (
    id              text PRIMARY KEY,
    conversation_id text NOT NULL,
    reference_json  text NOT NULL,
    cadence         text NOT NULL,
    at_time         text NOT NULL,
    weekday         text,
    committees      text,
    last_digest_at  timestamptz,
    paused_reason   text,
    created_at      timestamptz NOT NULL,
    last_period     timestamptz
);
CREATE INDEX ix_subscriptions_conversation ON subscriptions(conversation_id);
CREATE TABLE digest_outbox (
    subscription_id text NOT NULL,
    period          text NOT NULL,
    payload_json    text NOT NULL,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    activity_id     text,
    attempts        integer NOT NULL DEFAULT 0,
    last_error      text,
    status          text NOT NULL DEFAULT 'pending',
    claimed_at      timestamptz,
    PRIMARY KEY (subscription_id, period)
);
CREATE INDEX ix_digest_outbox_unsent ON digest_outbox(created_at, period) WHERE status IN ('pending', 'failed');

-- Sources: progress per site and meeting, and every fetched paper's URL and validators.
CREATE TABLE source_sites (
    site        text PRIMARY KEY,
    run_started timestamptz,
    last_sync   timestamptz,
    last_error  text,
    last_report text
);
CREATE TABLE source_meetings (
    site       text NOT NULL,
    meeting_id text NOT NULL,
    done_run   timestamptz NOT NULL,
    PRIMARY KEY (site, meeting_id)
);
CREATE TABLE source_documents (
    site          text NOT NULL,
    url           text NOT NULL,
    meeting_id    text NOT NULL,
    etag          text,
    last_modified text,
    length        bigint NOT NULL,
    content_hash  text NOT NULL,
    local_path    text NOT NULL,
    PRIMARY KEY (site, url)
);
CREATE INDEX ix_source_documents_meeting ON source_documents(site, meeting_id);
