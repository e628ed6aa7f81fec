import foedus


def test_public_api_is_pinned() -> None:
    assert foedus.__all__ == sorted(foedus.__all__)
    assert set(foedus.__all__) == {
        "Analysis", "Config", "Corpus", "Document", "Event", "FoedusError", "InputError", "Pipeline", "analyze", "code",
    }  # fmt: skip
