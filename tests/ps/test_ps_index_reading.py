"""The rules stage's shortcuts must read what the plain reading reads:
- a procedure's sections indexed for phrase look-ups (common._Words) find a key's places the first time a phrase
  starts with it, and tell a place's section from where each section starts: the sections holding a phrase are
  those a scan of every section finds, a phrase running across a heading in neither;
- PS01's plan_reading turns each distinct status text once: the statuses it reads, and how many cells read them,
  are those of the cell-by-cell reading, numbers, dates and booleans included (1, 1.0 and True are three texts);
- PS02's entity columns turn each distinct text once and read the dates only of a column that keys its rows: the
  values, how many rows are filled and each value's first and last entry date are those of the cell-by-cell
  reading, in the same order, a datetime beside a date included.
Each is checked against the plain reading on generated inputs."""
import datetime as dt
import random
import sys
from pathlib import Path

import pytest

from gapscan.rules.ps import common
from gapscan.rules.ps.ps01 import _status_values, plan_reading

sys.path.insert(0, str(Path(__file__).parent))
from recbuild import profile, table  # noqa: E402

KEYS = ["risk", "log", "register", "the", "calibration", "record", "keep", "owner", "date", "x"]


def _scan(sections, phrase):
    """The sections that hold the phrase, each read on its own."""
    n = len(phrase)
    return {s for s, keys in enumerate(sections) if n and any(keys[i:i + n] == phrase
                                                              for i in range(len(keys) - n + 1))}


def test_sections_with_reads_as_a_scan_of_each_section():
    rng = random.Random(7)
    asked = 0
    for _ in range(400):
        sections = tuple(tuple(rng.choice(KEYS[:rng.randint(2, len(KEYS))]) for _ in range(rng.randint(1, 12)))
                         for _ in range(rng.randint(0, 6)))
        index = common._Words(sections)
        for _ in range(12):
            phrase = tuple(rng.choice(KEYS) for _ in range(rng.randint(0, 3)))
            assert index.sections_with(phrase) == _scan(sections, phrase), (sections, phrase)
            asked += 1
    assert asked == 4800


def test_a_phrase_across_a_heading_is_in_neither_section():
    index = common._Words((("keep", "the"), ("risk", "register"), ("risk",)))
    assert index.sections_with(("the", "risk")) == set()
    assert index.sections_with(("risk", "register")) == {1}
    assert index.sections_with(("risk",)) == {1, 2}
    assert index.places("risk") == [2, 4]


def _plain_status(profile_, statuses):
    values = [str(v).strip().lower() for c in statuses for v in profile_.table.column(c.index)
              if v not in (None, "") and str(v).strip()]
    return values


def test_status_values_read_as_cell_by_cell():
    rng = random.Random(11)
    choices = ["Planned", " planned ", "Done", "SCHEDULED", "", "  ", None, "Not started", "open"]
    odd = [1, 1.0, True, 0, False, dt.date(2026, 5, 1), 2.5]
    for trial in range(200):
        pool = choices + (odd if trial % 2 else [])
        rows = [[f"R{i}", rng.choice(pool), rng.choice(pool)] for i in range(rng.randint(1, 40))]
        prof = profile("plan.xlsx", table(["ID", "Status", "Progress"], rows),
                       {"ID": "identifier", "Status": "status", "Progress": "text"})
        statuses = [c for c in prof.columns if c.name in ("Status", "Progress")]
        plain = _plain_status(prof, statuses)
        read = _status_values(prof, statuses)
        assert sorted(read.elements()) == sorted(plain)


def test_a_plan_of_numbers_and_words_reads_each_text():
    rows = [["A", 1], ["B", 1.0], ["C", True], ["D", "planned"]]
    prof = profile("plan.xlsx", table(["ID", "Status"], rows), {"ID": "identifier", "Status": "status"})
    read = _status_values(prof, [c for c in prof.columns if c.name == "Status"])
    assert dict(read) == {"1": 1, "1.0": 1, "true": 1, "planned": 1}
    assert plan_reading(prof, dt.date(2026, 12, 1)) is None
    rows = [["A", "Planned"], ["B", " scheduled"], ["C", "Planned"], ["D", "planned "]]
    prof = profile("plan.xlsx", table(["ID", "Status"], rows), {"ID": "identifier", "Status": "status"})
    assert plan_reading(prof, dt.date(2026, 12, 1)) == "every 'Status' reads planned/scheduled"


def _plain_spans(values, dates):
    """ps02._entity_columns' reading as written before: cell by cell, each value's first and last entry date."""
    spans, filled = {}, 0
    for i, v in enumerate(values):
        text = v.strip().upper() if isinstance(v, str) else common.cell_text(v).upper()
        if not text:
            continue
        filled += 1
        d = dates[i] if i < len(dates) else None
        lo, hi = spans.get(text, (d, d))
        if d is not None:
            lo, hi = (d if lo is None or d < lo else lo), (d if hi is None or d > hi else hi)
        spans[text] = (lo, hi)
    return spans, filled


def test_entity_values_and_spans_read_as_cell_by_cell():
    from gapscan.rules.ps.ps02 import _date_spans, _upper_texts

    rng, read, failed = random.Random(5), 0, 0
    pool = ["b-1", " B-1", "b-2 ", "", "  ", None, "C-3", "c-3", "D-4", "e-5"]
    odd = [1, 1.0, True, 2.5, dt.date(2026, 1, 2), dt.datetime(2026, 1, 2, 9, 30)]
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 60)) for _ in range(30)] + [None] * 10
    for trial in range(300):
        n = rng.randint(0, 50)
        values = [rng.choice(pool + (odd if trial % 3 == 0 else [])) for _ in range(n)]
        dates = tuple(rng.choice(days) for _ in range(rng.randint(0, n + 3)))
        if trial % 7 == 0:  # a datetime among the dates: they do not compare with a date
            dates = dates + (dt.datetime(2026, 2, 1, 8, 0),) if n > len(dates) else dates
        texts = _upper_texts(values)
        try:
            plain, filled = _plain_spans(values, dates)
        except TypeError:  # a datetime and a date of one value: the new reading fails the same way
            with pytest.raises(TypeError):
                _date_spans(texts, dates)
            failed += 1
            continue
        assert len(texts) - texts.count("") == filled
        assert list(spans_of(texts, dates).items()) == list(plain.items()), (values, dates)
        read += 1
    assert read > 250 and failed > 0, (read, failed)


def spans_of(texts, dates):
    from gapscan.rules.ps.ps02 import _date_spans

    return _date_spans(texts, dates)


def test_column_values_read_as_the_table_column():
    rows = [["a", 1, None], ["b", 2.0, "x"], ["c", True, ""]]
    full = table(["A", "B", "C"], rows)
    short = table(["A", "B", "C"], rows + [["d"]])
    for tbl in (full, short):
        for index in range(3):
            assert common.column_values(tbl, index) == tbl.column(index)
    assert common.column_values(short, 2)[-1] is None


def test_places_are_every_place_of_each_word():
    rng = random.Random(3)
    for _ in range(300):
        keys = tuple(rng.choice(KEYS) for _ in range(rng.randint(0, 30)))
        words = set(rng.sample(KEYS, rng.randint(0, 4)))
        assert sorted(common._places(keys, words)) == [i for i, k in enumerate(keys) if k in words]
