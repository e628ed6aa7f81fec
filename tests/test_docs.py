"""The README documents every CLI command and every gold-set evaluation (docs stay true to the code)."""

from pathlib import Path

from foedus import evaluate
from foedus.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_mentions_every_cli_command() -> None:
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    assert len(names) >= 10
    missing = [n for n in names if f"foedus {n}" not in README]
    assert not missing, f"README lacks: {missing}"


def test_readme_mentions_every_evaluation_and_make_target() -> None:
    for name in evaluate.SETS:
        assert f"foedus eval {name}" in README, name
    for target in ("make run", "make test", "make eval", "make bench", "make model"):
        assert target in README
