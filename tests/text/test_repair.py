"""Repairs of scrape and MT debris (issue 3): each one recorded with what was removed and why."""

from pathlib import Path

from foedus.records import Repair
from foedus.text.data import load_furniture
from foedus.text.furniture import FurnitureFilter
from foedus.text.repair import repair


def _kinds(repairs: list[Repair]) -> list[str]:
    return [r.kind for r in repairs]


def test_seed_headline_and_lead_once_no_debris(seed_path: Path) -> None:
    raw = seed_path.read_text(encoding="utf-8")
    clean, repairs = repair(raw, "de")
    assert clean.count("Putin wird schwächer und die Gefahr wächst") == 1
    assert clean.count("gegenseitige Verteidigungsverpflichtung") == 1
    for debris in ("< /p>", "Leave a Reply", "Verwandte Themen:", "Weitere Neuigkeiten"):
        assert debris not in clean
    assert {"stray_tag", "duplicate_paragraph", "duplicate_lead", "boilerplate"} <= set(_kinds(repairs))
    removed = " ".join(r.removed for r in repairs)
    assert "hochkarätiger" in removed and "Leave a Reply" in removed
    assert "U-Boote." in clean  # the tag went, and the space it left before the full stop
    assert "am 19. Juni" in clean and "300.000 US-Dollar" in clean


def test_doubled_headline_near_duplicate_in_english_and_russian() -> None:
    text = (
        "Ministers from twelve countries agree on a new plan to protect shipping in the Red Sea\n\n"
        "Ministers from twelve nations agree on a new plan to protect shipping in the Red Sea\n\n"
        "The plan was agreed in Cairo after two days of talks. It foresees joint patrols."
    )
    clean, repairs = repair(text)
    assert clean.count("Ministers from") == 1 and "twelve countries" in clean
    assert _kinds(repairs) == ["duplicate_paragraph"]
    ru = (
        "Министры иностранных дел двух стран обсудили в Москве вопросы торговли и безопасности в регионе\n\n"
        "Министры иностранных дел обеих стран обсудили в Москве вопросы торговли и безопасности в регионе\n\n"
        "Переговоры продолжатся в следующем месяце."
    )
    clean, repairs = repair(ru)
    assert clean.count("Министры") == 1 and _kinds(repairs) == ["duplicate_paragraph"]


def test_teaser_repeated_in_body_is_dropped_and_body_kept_whole() -> None:
    text = (
        "Talks on a ceasefire resume\n\n"
        "Negotiators from both sides will meet again in Geneva next week to discuss a ceasefire along the front.\n\n"
        "Officials confirmed the date on Monday. Negotiators from both sides will meet again in Geneva next week "
        "to talk about a ceasefire along the front line. The last round ended without a result."
    )
    clean, repairs = repair(text)
    assert _kinds(repairs) == ["duplicate_lead"]
    assert "Officials confirmed the date on Monday. Negotiators" in clean
    assert clean.count("Negotiators from both sides") == 1


def test_similar_lines_with_other_numbers_or_far_apart_stay() -> None:
    rows = [f"Meeting of the regional council on budget questions and transport, session {n}, room 4" for n in range(3)]
    filler = [f"Paragraph {i} explains a different point of the agenda in some detail." for i in range(12)]
    text = "\n\n".join([rows[0], *filler, rows[1], *filler[:1], rows[2]])
    clean, repairs = repair(text)
    assert all(r in clean for r in rows)
    assert "duplicate_paragraph" not in _kinds(repairs)


def test_stray_tags_entities_and_invisible_characters_are_recorded() -> None:
    clean, repairs = repair(
        "Paris&nbsp;and Berlin agreed.< /p> <br/>The talks&#8230; went on.\u200b<span class=x>Done</span>"
    )
    assert clean == "Paris and Berlin agreed. The talks… went on.Done"
    assert _kinds(repairs).count("stray_tag") == 4
    assert {"entity", "invisible"} <= set(_kinds(repairs))
    assert any(r.removed == "&nbsp;" for r in repairs)


def test_comparisons_in_plain_text_are_not_taken_for_tags() -> None:
    clean, repairs = repair("Inflation was < 3 percent and growth > 2 percent, a <Name> placeholder stayed.")
    assert clean.startswith("Inflation was < 3 percent") and "<Name>" in clean
    assert repairs == []


def test_mojibake_is_fixed_and_recorded() -> None:
    clean, repairs = repair("Die GesprÃ¤che Ã¼ber die Zusammenarbeit wurden fortgesetzt.")
    assert clean == "Die Gespräche über die Zusammenarbeit wurden fortgesetzt."
    assert _kinds(repairs) == ["mojibake"]
    assert "GesprÃ¤che" in repairs[0].removed


def test_unicode_is_normalised_to_nfc() -> None:
    clean, repairs = repair("Die Gespra\u0308che gingen weiter.")
    assert clean == "Die Gespräche gingen weiter."
    assert _kinds(repairs) == ["unicode"]


def test_trailing_furniture_in_several_languages() -> None:
    body = "\n\n".join(f"Абзац номер {i} рассказывает о переговорах в Киеве и Варшаве." for i in range(6))
    clean, repairs = repair(body + "\n\nЧитайте також:\n\nУкраїна отримала нову допомогу\n\nПоділитися")
    assert clean == body
    assert [r.removed for r in repairs] == ["Читайте також:", "Україна отримала нову допомогу", "Поділитися"]
    assert all(r.kind == "boilerplate" and "uk" in r.reason for r in repairs)
    en = "First paragraph of the story.\n\nShare on Facebook\n\nSecond paragraph.\n\nRelated topics:\n\nSanctions"
    clean, repairs = repair(en)
    assert clean == "First paragraph of the story.\n\nSecond paragraph."


def test_furniture_heading_at_the_top_does_not_cut_the_article() -> None:
    text = "Comments\n\n" + "\n\n".join(f"Paragraph {i} of the article body." for i in range(5))
    clean, _ = repair(text)
    assert clean.endswith("Paragraph 4 of the article body.")


def test_a_new_language_is_a_data_file(tmp_path: Path) -> None:
    (tmp_path / "nl").mkdir()
    (tmp_path / "nl" / "furniture.tsv").write_text("# test\nGerelateerde artikelen\tcut\nDelen\tline\n", "utf-8")
    flt = FurnitureFilter(load_furniture(tmp_path))
    paragraphs = ["Eerste alinea.", "Delen", "Tweede alinea.", "Derde alinea.", "Gerelateerde artikelen", "Link"]
    repairs: list[Repair] = []
    assert flt(paragraphs, repairs) == ["Eerste alinea.", "Tweede alinea.", "Derde alinea."]
    assert all("nl" in r.reason for r in repairs)
