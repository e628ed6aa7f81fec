"""Text: repair scrape/MT debris, segment sentences, identify language."""
