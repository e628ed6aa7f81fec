-- foedus store, version 4: a quantity may be a range ("10,000 to 12,000"): its upper end.
ALTER TABLE quantities ADD COLUMN high DOUBLE;
