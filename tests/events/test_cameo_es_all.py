"""Issue 5: what is particular to the Spanish per-code CAMEO table (tests/events/data/cameo_es_all.tsv): the limits of
its triggers and its grammar. The checks every language's table passes are in test_cameo_tables.py."""

from __future__ import annotations

from foedus.config import DATA_DIR
from foedus.events.lexicon import load_lexicon


def test_new_triggers_keep_their_limits() -> None:
    """A declared truce is a concession, one that holds a retreat; lifting a curfew concedes, imposing one coerces."""
    lex = load_lexicon(DATA_DIR, "es")

    def events(text: str) -> list[str]:
        return [t.event for _, t in lex.find_triggers(text)]

    assert "CONCEDE" in events("Los rebeldes declararon una tregua de tres días.")
    assert "RETREAT" in events("La tregua se mantiene desde el lunes en la frontera.")
    assert "CONCEDE" in events("El gobierno levantó el toque de queda en la capital.")
    assert "COERCE" in events("El gobierno impuso el toque de queda en la capital.")
    assert "CONCEDE" not in events("El gobierno impuso el toque de queda en la capital.")
