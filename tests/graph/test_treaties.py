from datetime import date

from foedus.graph.treaties import as_date, load_treaties

TREATIES = {t.id: t for t in load_treaties()}


def test_the_data_file_holds_the_major_treaties_with_dates_and_sources() -> None:
    for tid in ("nato", "csto", "anzus", "rio", "us-japan-1960", "us-rok-1953", "us-philippines-1951",
                "china-dprk-1961", "russia-dprk-2024", "russia-belarus-union-state"):  # fmt: skip
        t = TREATIES[tid]
        assert t.sources and t.signed and t.members and t.obligations
        assert set(t.obligations) <= {"defence", "offence", "neutrality", "non-aggression", "consultation"}
    rd = TREATIES["russia-dprk-2024"]
    assert (rd.signed, rd.in_force) == (date(2024, 6, 19), date(2024, 12, 4))


def test_status_on_a_date() -> None:
    rd = TREATIES["russia-dprk-2024"]
    assert rd.status(date(2024, 1, 1)) == "not signed"
    assert rd.status(date(2024, 7, 1)) == "signed"
    assert rd.status(date(2025, 1, 1)) == "in force"
    assert TREATIES["warsaw-pact"].status(date(1995, 1, 1)) == "ended"


def test_membership_follows_accession_dates() -> None:
    nato = TREATIES["nato"]
    assert "FIN" not in nato.parties(date(2023, 1, 1)) and "FIN" in nato.parties(date(2023, 4, 4))
    assert nato.binds("USA", "SWE", date(2024, 3, 7)) and not nato.binds("USA", "SWE", date(2024, 3, 6))


def test_one_sided_and_suspended_obligations() -> None:
    japan = TREATIES["us-japan-1960"]
    day = date(2020, 1, 1)
    assert japan.binds("USA", "JPN", day) and not japan.binds("JPN", "USA", day)
    anzus = TREATIES["anzus"]
    assert anzus.binds("USA", "AUS", day) and not anzus.binds("USA", "NZL", day)
    assert anzus.binds("USA", "NZL", date(1980, 1, 1))
    assert not TREATIES["russia-china-2001"].binds("CHN", "RUS", day)  # consultation, not defence
    assert TREATIES["russia-china-2001"].binds("CHN", "RUS", day, "consultation")


def test_partial_dates() -> None:
    assert as_date("2014") == date(2014, 1, 1) and as_date("1999-04") == date(1999, 4, 1) and as_date(None) is None
