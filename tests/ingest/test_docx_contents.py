"""Contents entries typed by hand in a docx: the quick test before CONTENTS_ENTRY."""


def test_the_quick_end_test_keeps_every_contents_entry_the_pattern_finds():
    import random

    from gapscan.ingest.docx import CONTENTS_ENTRY, _contents_entry

    rng = random.Random(5)
    pieces = ["Scope", "4.1 Context", "Anhang", "x", " ", "\t", "\u00a0", ".", " .", "…", "12", "7", "iv", "XII", "Ⅻ",
              "İ", "ı", "٣", "a", "\n", "  ", "....", "page", "Ⅸ", "\u2003"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14))) for _ in range(5000)]
    texts += ["Introduction\t3", "Scope ....... iv", "Purpose    12  ", "Terms……7", "Annex A\tXI\n", "Review\t٣",
              "The operator signs the log.", "see clause 8.4", "", "\t9"]
    found = 0
    for text in texts:
        expected = CONTENTS_ENTRY.match(text) is not None
        assert _contents_entry(text) is expected, repr(text)
        found += expected
    assert found > 100  # the random texts hold entries, not only the hand-written ones
