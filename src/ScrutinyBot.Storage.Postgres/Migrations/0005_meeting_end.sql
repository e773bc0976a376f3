-- Version 5 of the PostgreSQL store (the embedded store's version 4): where a meeting's closing time is stated
-- ("The meeting closed at 1:18pm"), so an answer giving the end cites that line.
ALTER TABLE meetings ADD COLUMN end_page integer;
ALTER TABLE meetings ADD COLUMN end_quote text;
