"""The fast paths of the drift stage give exactly what the plain ones gave.

Each speed-up (pattern gating, caches, memoised record reads) is checked against the
straightforward computation on the example set's real text and records.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gapscan.dates import working_days_between
from gapscan.model import BlockType

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "harrow-vale"


def _example_texts() -> list[str]:
    from gapscan.ingest import parse_file
    from gapscan.nlp.units import text_units

    texts = []
    for path in sorted((EXAMPLES / "procedures").iterdir()):
        doc = parse_file(path, path.name)
        texts.extend(u.text for u in text_units(doc, include_tables=True) if u.block_type is not BlockType.HEADING)
    assert len(texts) > 100
    return texts


def _full_matcher(gated):
    """One plain spaCy Matcher holding every pattern of a GatedMatcher, added in the same order (with their
    word tests as flags, as the GatedMatcher holds them: tests/cm/test_cm_fast_paths.py compares those with
    the patterns as written)."""
    from spacy.matcher import Matcher

    matcher = Matcher(gated.vocab, validate=False)
    for key, patterns, greedy in gated._adds + gated._run_adds + gated._fixed_adds:
        matcher.add(key, patterns, greedy=greedy)
    return matcher


@pytest.mark.parametrize("which", ["claims", "cues"])
def test_gated_matcher_finds_what_one_matcher_finds(which):
    from gapscan.nlp.claims import _matchers
    from gapscan.nlp.pipeline import get_nlp

    nlp = get_nlp()
    gated = _matchers() if which == "claims" else nlp.get_pipe("gapscan_cues").patterns
    full = _full_matcher(gated)
    runs = {key for key, _, _ in gated._runs}
    greedy_runs = {key for key, greedy, _ in gated._runs if greedy}
    first = gated._first_runs
    fixed = {key for key, _ in gated._fixed}  # the cue's CM05 details of a few fixed tokens, listed last
    assert runs  # claims' ROLE, the cue's anchor:role (and its team and system, listed first)
    texts = _example_texts() + ["", "Within 5 working days.", "QF-11 every 12 months by the Quality Manager.",
                                "The Site Quality Assurance Manager Supervisor and QA Lead; Two Operators. CAPA Owner",
                                "Shift Production Manager Manager, quality shift line manager and HSE Officer."]
    found = in_runs = 0
    with nlp.select_pipes(enable=["sentencizer"]):
        for sdoc in nlp.pipe(texts):
            expected = full(sdoc)
            got = gated(sdoc)
            # the first run keys' matches, then the Matcher's keys' (same matches in the same order), then the
            # other run keys', then the fixed keys'
            ahead = sum(m[0] in first for m in got)
            assert all(m[0] in first for m in got[:ahead])
            assert got[ahead:len(got) - sum(m[0] in (runs - first) | fixed for m in got)] == [
                m for m in expected if m[0] not in runs | fixed]
            for key in runs | fixed:
                mine, theirs = [m for m in got if m[0] == key], [m for m in expected if m[0] == key]
                if key in fixed:  # a key read both ways ("detail:role": a run, and "Chief of ...")
                    assert sorted(mine) == sorted(theirs), sdoc.text
                else:
                    assert mine == (theirs if key in greedy_runs else sorted(theirs)), sdoc.text
                in_runs += len(mine)
            found += len(expected)
    assert found > 150 and in_runs > 50  # ROLE keeps only its longest matches


def test_role_matches_kept_longest_give_the_claims_all_matches_gave():
    """ROLE's matches are filtered to the longest by the Matcher (greedy): the claims read from them are
    those read from every ROLE match, each sentence's filtered by longest_spans as sentence_claims does."""
    from gapscan.model import Location
    from gapscan.nlp.claims import _doc_claims, _matchers
    from gapscan.nlp.pipeline import GatedMatcher, get_nlp

    nlp = get_nlp()
    greedy = _matchers()
    assert ("ROLE", "LONGEST") in [(key, g) for key, _, g in greedy._run_adds]
    every = GatedMatcher(nlp.vocab)
    for key, patterns, _ in greedy._adds + greedy._run_adds:
        every.add(key, patterns)
    texts = _example_texts() + ["The Quality Assurance Manager approves it. Site Manager. Shift QA Lead signs.",
                                "Approved by the Plant Maintenance Engineer and the HSE Officer."]
    roles = fewer = 0
    with nlp.select_pipes(enable=["sentencizer"]):
        for text, sdoc in zip(texts, nlp.pipe(texts)):
            expected = _doc_claims(sdoc, every, Location(page=1), text=text)
            assert _doc_claims(sdoc, greedy, Location(page=1), text=text) == expected, text
            roles += sum(1 for c in expected if c.kind == "role")
            fewer += len(every(sdoc)) - len(greedy(sdoc))
    assert roles > 10 and fewer > 50, (roles, fewer)


def test_gating_skips_only_patterns_that_need_a_missing_word():
    from gapscan.nlp.pipeline import required_words

    pattern = [{"LOWER": "every", "OP": "?"}, {"LIKE_NUM": True}, {"LOWER": {"IN": ["Day", "days"]}},
               {"ORTH": "-", "OP": "{0,2}"}, {"IS_TITLE": True, "OP": "+"}, {"TEXT": "QF", "OP": "{1,3}"}]
    assert required_words(pattern) == (frozenset({"day", "days"}), frozenset({"qf"}))
    assert required_words([{"TEXT": {"REGEX": "^A"}}]) == ()


def test_working_days_between_matches_a_day_by_day_count():
    start = dt.date(2025, 12, 24)
    for wd in range(7):
        a = start + dt.timedelta(days=wd)
        for n in range(0, 40):
            b = a + dt.timedelta(days=n)
            slow = sum(1 for i in range(1, n + 1) if (a + dt.timedelta(days=i)).weekday() < 5)
            assert working_days_between(a, b) == slow
            assert working_days_between(b, a) == -slow


def test_cached_field_header_and_stems_answer_like_the_first_call():
    from gapscan.linking import content_stems, field_header, stem

    headers = ("Batch No.", "Inspector", "Result", "Date checked")
    for _ in range(2):
        assert field_header("batch number", headers) == "Batch No."
        assert field_header("batch number", iter(headers)) == "Batch No."  # any iterable, not only tuples
        assert field_header("colour", headers) is None
        assert stem("Calibrations") == stem("calibrations") == "calibr"
    stems = content_stems("calibration of gauges")
    stems.add("mutated")  # a caller's copy: the cached value stays as it was
    assert "mutated" not in content_stems("calibration of gauges")


def test_record_set_finds_file_names_as_a_substring_search_does():
    from gapscan.linking import RecordIndex, RecordSet

    paths = ["records/nc_log.csv", "records/log.csv", "records/FLT_prestart_checks.csv", "records/old.fl.csv",
             "records/plain-name-without-dot", "records/short.x", "records/a.xlsx.csv", "records/Tool List.xlsx"]
    records = RecordSet([RecordIndex(path=p, names=p, headers=(), stems=frozenset()) for p in paths])
    texts = ["the system exports flt_prestart_checks.csv daily; see nc_log.csv and x_nc_log.csv.",
             "no file here", "plain-name-without-dot is read weekly, as is old.fl.csv.csv", "a.xlsx.csv.csv",
             ".csv", "tool list.xlsx and tool list.xls", "short.x"]
    for text in texts:
        names = [p.rsplit("/", 1)[1].lower() for p in paths]
        expected = {n for n, name in enumerate(names) if len(name) >= 8 and name in text}
        assert records.named_in(text) == expected, text


def test_linking_leaves_out_only_records_without_a_signal():
    """link_scores looks only at the records that share a code, file name, title word, header row or
    vocabulary word with the procedure: on the example set, no record it leaves unlinked has, scored
    the plain way, a signal that alone would link it (confidence 0.25 or more)."""
    from gapscan import records as rec_mod
    from gapscan.classify import classify
    from gapscan.ingest import parse_file
    from gapscan.linking import (RecordSet, code_pattern, content_stems, field_header, index_record,
                                 link_scores, title_score)
    from gapscan.model import Kind
    from gapscan.nlp.claims import extract_claims

    docs = [classify(parse_file(p, p.relative_to(EXAMPLES).as_posix()))
            for p in sorted(EXAMPLES.rglob("*")) if p.is_file() and not p.name.startswith(".")]
    profiles = {d.path: rec_mod.profile(d) for d in docs if d.ok and d.kind is Kind.RECORD}
    indexes = [index_record(d, profiles[d.path].table.header if profiles.get(d.path) else ())
               for d in docs if d.ok and d.kind is Kind.RECORD]
    record_set = RecordSet(indexes)
    procedures = [d for d in docs if d.ok and d.kind is Kind.PROCEDURE]
    linked = 0
    for proc in procedures:
        claims = extract_claims(proc)
        links = {link.path for link in link_scores(proc, claims, record_set)}
        linked += len(links)
        codes = [c.form_code for c in claims if c.kind == "form" and c.form_code]
        titles = [c.form_title for c in claims if c.kind == "form" and c.form_title]
        fields = [f for c in claims if c.kind == "field" for f in c.fields]
        proc_stems = content_stems(" ".join([proc.title or "", Path(proc.path).stem]))
        body = content_stems(" ".join(c.sentence for c in claims))
        text = " ".join(b.text for b in proc.blocks).lower()
        for rec in indexes:
            if rec.path in links:
                continue
            name = Path(rec.path).name.lower()
            assert not (len(name) >= 8 and name in text)
            assert not any(code_pattern(code).search(rec.names) for code in codes)
            assert all(title_score(t, rec.names) < 0.5 for t in titles)
            assert not proc_stems or len(proc_stems & content_stems(rec.names)) / len(proc_stems) < 0.5
            assert len(fields) < 2 or sum(1 for f in fields if field_header(f, rec.headers)) < 2
            assert not body or min(0.45, 0.6 * len(body & rec.stems) / max(4, min(len(rec.stems), 12))) < 0.25
    assert linked > 10


def test_a_team_that_is_also_a_duration_keeps_the_team_label():
    """"thirteen shift" is both a team (a word that is no stop word, then "shift") and a duration (a number, a
    time unit), the same tokens; the Matcher lists the team's first, so the team wins. The team pattern read as a
    run is listed first for that reason (GatedMatcher.add(..., runs=True, first=True)): listed after the
    Matcher's, as other run keys are, it would make it a duration."""
    from gapscan.nlp.pipeline import get_nlp

    doc = get_nlp()("We run a thirteen shift rota and a two shift rota at the site.")
    assert [(s.text, s.label_) for s in doc.spans["anchors"]] == [("thirteen shift", "team"),
                                                                 ("two shift", "duration"), ("site", "place")]


def test_a_run_key_listed_first_keeps_the_matcher_order_of_a_tie():
    """A key of two fixed tokens read as a run and listed first (GatedMatcher.add(..., runs=True, first=True))
    gives the same matches as one Matcher holding it before the keys it can tie with, and of two matches of the
    same tokens the same one first (what the cue's overlaps read): "thirteen crew" is a group (a word, then a group
    noun) and an amount (a number word, then a unit)."""
    from spacy.matcher import Matcher

    from gapscan.nlp.pipeline import GatedMatcher, get_nlp

    nlp = get_nlp()
    group = [[{"IS_ALPHA": True, "IS_STOP": False}, {"LOWER": {"IN": ["crew", "squad"]}}]]
    amount = [[{"LIKE_NUM": True}, {"LOWER": {"IN": ["crew", "hours"]}}, {"LOWER": "each", "OP": "?"}]]
    plain, gated = Matcher(nlp.vocab), GatedMatcher(nlp.vocab)
    plain.add("GROUP", group)
    plain.add("AMOUNT", amount)
    gated.add("GROUP", group, runs=True, first=True)
    gated.add("AMOUNT", amount)
    with nlp.select_pipes(enable=["sentencizer"]):
        for text in ("A thirteen crew shift.", "Thirteen crew each, then a night squad.", "For 9 hours; a crew.", "crew"):
            doc = nlp(text)
            mine, theirs = gated(doc), plain(doc)
            assert sorted(mine) == sorted(theirs), text
            for start, end in {(s, e) for _, s, e in theirs}:
                assert [k for k, s, e in mine if (s, e) == (start, end)] == \
                    [k for k, s, e in theirs if (s, e) == (start, end)], text
    doc = nlp.make_doc("a thirteen crew shift")
    assert [nlp.vocab.strings[k] for k, _, _ in gated(doc)] == ["GROUP", "AMOUNT"]


def test_team_and_system_anchors_are_read_as_runs_unless_an_earlier_anchor_key_can_end_on_their_heads():
    """The cue reads "<word> team" and "<name> system" from the head words back, listed first; a key that an
    anchor key added before it can end on the same head word would be listed before that one's match of the same
    tokens, where the Matcher listed it after: such a key stays the Matcher's."""
    from types import SimpleNamespace

    from gapscan.nlp.pipeline import CueMatcher, GatedMatcher, _can_end_on, get_nlp

    nlp = get_nlp()
    cue = nlp.get_pipe("gapscan_cues")
    strings = nlp.vocab.strings
    assert {strings["anchor:team"], strings["anchor:system"]} <= cue.patterns._first_runs
    doc = nlp("The thirteen shift rota; logged in the ERP system by the Ops team.")
    assert [(s.text, s.label_) for s in doc.spans["anchors"]] == [("thirteen shift", "team"),
                                                                 ("ERP system", "system"), ("Ops team", "team")]

    head = [{"IS_UPPER": True}, {"LOWER": {"IN": ["portal", "desk"]}}]
    for earlier, listed_first in (([{"ORTH": "IT"}, {"LOWER": {"IN": ["security", "desk"]}}], False),
                                  ([{"ORTH": "IT"}, {"LOWER": {"IN": ["security", "ops"]}}], True),
                                  ([{"ORTH": "IT"}, {"IS_TITLE": True}], False),  # any word
                                  ([{"LOWER": "desk"}, {"LOWER": "of", "OP": "?"}], False),
                                  ([{"LOWER": "desk"}, {"LOWER": "x", "OP": "!"}], False)):
        fake = SimpleNamespace(patterns=GatedMatcher(nlp.vocab))
        fake.patterns.add("anchor:named", [earlier])
        fake.patterns.add("other:thing", [[{"LOWER": "portal"}]])  # another span group: no matter
        CueMatcher._add_run_first(fake, "anchor:sys", [head])
        assert (strings["anchor:sys"] in fake.patterns._first_runs) is listed_first, earlier
        assert _can_end_on(earlier, {"desk"}) is not listed_first


def test_only_an_earlier_pattern_of_the_same_length_can_tie_with_a_run_key():
    # a run key of two tokens ties only with an anchor of the same two tokens: a three-token name with a slash
    # ("Platform/DevOps") never covers the same tokens as "ERP system", so it does not send the key back
    from gapscan.nlp.pipeline import _can_span

    one, opt, star, plus = {}, {"OP": "?"}, {"OP": "*"}, {"OP": "+"}
    assert _can_span([one, one], 2) and not _can_span([one, one, one], 2) and not _can_span([one], 2)
    assert _can_span([one, opt, one], 2) and _can_span([opt, opt], 2) and _can_span([star, one], 2)
    assert _can_span([plus, one], 2) and not _can_span([plus, one, one], 2)
    assert _can_span([{"OP": "{2}"}], 2)  # an operator not read here: it may
