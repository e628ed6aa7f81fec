"""Attribution: who says so (quotes, cues, reporting chain), quantities and dates."""
