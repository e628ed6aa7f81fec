-- foedus store, version 2: whether a report's date is only its document's publication date (no date stated
-- in its evidence), so the cross-document merge may match it with an event of the days before.
ALTER TABLE event_mentions ADD COLUMN dated_by_publication BOOLEAN DEFAULT false;
