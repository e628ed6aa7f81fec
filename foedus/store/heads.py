"""An in-memory index of event heads (the first report of each merged event) by date, loaded as needed.

The cross-document merge compares each new report with the heads dated within
the merge window; the index loads a day's heads from the store once, and keeps
the heads created by the ingest run since, so the result does not depend on
where batches begin and end.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import duckdb

from foedus.store.dedup import MergeRules, Report, best_head


class HeadIndex:
    """Heads by date; ``match`` finds the head a report merges into, or makes it a new head."""

    def __init__(self, con: duckdb.DuckDBPyConnection, rules: MergeRules, max_days: int = 5000) -> None:
        self.con = con
        self.rules = rules
        self.max_days = max_days
        self.by_day: dict[date, list[Report]] = defaultdict(list)
        self.loaded: set[date] = set()

    def prepare(self, reports: list[Report]) -> None:
        """Load, in one query, the stored heads of every day within the window of the reports' dates."""
        w = self.rules.window_days
        need = {d + timedelta(days=k) for r in reports if r.date for d in (r.date,) for k in range(-w, w + 1)}
        missing = sorted(need - self.loaded)
        if not missing:
            return
        rows = self.con.execute(
            "SELECT id, event, factual, actor_codes, recipient_codes, date, evidence, dated_by_publication"
            " FROM event_mentions"
            " WHERE id = event_id AND list_contains(?, date) ORDER BY seq, id",
            [missing],
        ).fetchall()
        for i, e, f, a, r, d, ev, pub in rows:
            self.by_day[d].append(Report(i, e, bool(f), frozenset(a or ()), frozenset(r or ()), d, ev or "", bool(pub)))
        self.loaded |= set(missing)

    def match(self, report: Report) -> Report | None:
        """The head ``report`` merges into; None when it becomes a head itself (and is indexed as one)."""
        if report.date is None:
            return None  # an undated report cannot reach the merge threshold
        w = self.rules.window_days
        candidates = [h for k in range(-w, w + 1) for h in self.by_day.get(report.date + timedelta(days=k), ())]
        head = best_head(report, candidates, self.rules)
        if head is None:
            self.by_day[report.date].append(report)
        return head

    def trim(self) -> None:
        """Forget loaded days when there are too many (call only between batches: heads are then stored)."""
        if len(self.loaded) > self.max_days:
            self.by_day.clear()
            self.loaded.clear()
