-- Version 4 (PostgreSQL only): the tsvector reads the text as FTS5's unicode61 tokenizer does, every run of letters
-- and digits a word. PostgreSQL's parser took "2021/22" for a file name and "2023-24" for 2023 and -24, so a search
-- for "22" or "24" missed chunks the embedded engine finds.
DROP INDEX IF EXISTS ix_chunks_search;
ALTER TABLE chunks DROP COLUMN search;
ALTER TABLE chunks ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', regexp_replace(part_title, '[^[:alnum:]]+', ' ', 'g')), 'A') ||
    setweight(to_tsvector('english', regexp_replace(coalesce(item_title, ''), '[^[:alnum:]]+', ' ', 'g')), 'B') ||
    setweight(to_tsvector('english', regexp_replace(coalesce(committee, ''), '[^[:alnum:]]+', ' ', 'g')), 'C') ||
    setweight(to_tsvector('english', regexp_replace(text, '[^[:alnum:]]+', ' ', 'g')), 'D')) STORED;
CREATE INDEX ix_chunks_search ON chunks USING gin(search);
