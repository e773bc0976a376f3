-- Version 3 (both engines): when a site lease was claimed, and each synced meeting as the site's web service
-- describes it (committee, date, time, venue, agenda items). Those values win over what the papers' text suggests
-- for the documents of that meeting (joined by source_documents.local_path = documents.source_path).
ALTER TABLE source_leases ADD COLUMN claimed_at timestamptz;

CREATE TABLE source_meeting_details (
    site       text NOT NULL,
    meeting_id text NOT NULL,
    committee  text NOT NULL,
    date       date NOT NULL,
    start_time time,
    venue      text,
    fingerprint text NOT NULL,               -- all of the above and the agenda items: unchanged meetings are not rewritten
    fetched_at timestamptz NOT NULL,
    PRIMARY KEY (site, meeting_id)
);
CREATE TABLE source_agenda_items (
    site       text NOT NULL,
    meeting_id text NOT NULL,
    ordinal    integer NOT NULL,
    number     text NOT NULL,
    title      text NOT NULL,
    PRIMARY KEY (site, meeting_id, ordinal)
);
