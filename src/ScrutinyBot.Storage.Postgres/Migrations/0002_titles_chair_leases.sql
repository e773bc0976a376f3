-- Version 2 of the PostgreSQL store, matching the embedded store's version 2: the title citations show for a part,
-- where a meeting's chair is named, and one lease per synced site so only one instance syncs it at a time.
ALTER TABLE parts ADD COLUMN display_title text;
ALTER TABLE meetings ADD COLUMN chair_page integer;
ALTER TABLE meetings ADD COLUMN chair_quote text;

CREATE TABLE source_leases (
    site    text PRIMARY KEY,
    holder  text NOT NULL,                    -- machine/process/instance of the host that holds it
    expires timestamptz NOT NULL              -- renewed after each meeting; another instance takes it over once passed
);
