"""Looking actors up by id, code or name in any language; extensions add facts."""

from __future__ import annotations

from foedus.actors import lookup
from foedus.actors.lookup import EXTENSIONS, find_actors


def test_find_by_name_in_any_language() -> None:
    assert [i.actor.id for i in find_actors("Путин")] == ["putin"]
    assert [i.actor.id for i in find_actors("Pjöngjang")] == ["PRK"]
    assert [i.actor.id for i in find_actors("Nordkoreas")] == ["PRK"]  # falls back to the tagger's endings
    assert find_actors("no such actor anywhere") == []


def test_find_by_id_or_code() -> None:
    (rus,) = find_actors("RUS")
    assert rus.actor.name == "Russia" and "Россия" in rus.names["ru"] and "Russland" in rus.names["de"]
    assert find_actors("nato")[0].actor.code == "IGO"


def test_offices_are_listed() -> None:
    (info,) = find_actors("putin")
    assert {o.office for o in info.offices} == {"president", "prime_minister"}
    assert info.to_dict()["offices"][0]["start"] == "2000-05-07"


def test_extensions_add_facts(monkeypatch) -> None:
    monkeypatch.setattr(lookup, "EXTENSIONS", [*EXTENSIONS, lambda info: {"partners": ["PRK"]}])
    (info,) = lookup.find_actors("RUS")
    assert info.extra == {"partners": ["PRK"]} and info.to_dict()["partners"] == ["PRK"]
