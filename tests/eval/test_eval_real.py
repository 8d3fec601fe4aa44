"""The verdict on real public documents (tests/eval/real): the corpus is what it claims to be, and the
leave-one-source-out numbers of docs/SCORING.md hold as floors.

The documents themselves are not in the repository (bench/real_corpus.py says why and how to rebuild the
folder); these tests read the committed manifest, both annotators' labels and the features gapscan computed
from each file. `python bench/eval_cm.py --real -v` prints the same numbers.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from real_corpus_module import real_corpus

ROOT = Path(__file__).resolve().parents[2]
HELD_OUT = {"openregulatory/templates", "RadiotherapyAI/RadiotherapyAI", "strongdm/comply",
            "JupiterOne/security-policy-templates", "mbraybrook/ISMS-Documents", "ehwest/mdn_qms", "innolitics/rdm",
            "greenorbitspace/hub", "impactorbitco/handbook-main", "neomint-skr/isms-master",
            "lisadonlon/lean-iso13485-qms", "PactoSigna/Sample.QMS.ISO13485", "Abdulcomsian/myscaiso_en",
            "xorbh/aapl-docs"}


def _corpus():
    return real_corpus()


@lru_cache(maxsize=3)
def _result(variant: str):
    return _corpus().evaluate(variant)


def test_the_corpus_is_real_varied_and_labelled_twice():
    rc = _corpus()
    rows = rc.manifest()
    labels = rc.labels()
    # documents still waiting for their labels are skipped, never scored with one label
    assert set(labels) <= {r["id"] for r in rows} and len(labels) >= 320
    procedures = [r for r in rows if any(lab["kind"] == "procedure" for lab in labels.get(r["id"], ()))]
    records = [r for r in rows if any(lab["kind"] == "record" for lab in labels.get(r["id"], ()))]
    assert len(procedures) >= 90 and len({r["source"] for r in procedures}) >= 15
    assert len(records) >= 15
    assert not {r["source"] for r in rows} & HELD_OUT
    assert not any("gitlab" in r["source"].lower() and "handbook" in r["source"].lower() for r in rows)
    assert all(len(r["commit"]) == 40 for r in rows)
    assert {r["format"] for r in procedures} >= {"md", "docx", "pdf", "html"}


@pytest.mark.parametrize("variant", ["model", "lexicon", "folds"], ids=["with-model", "lexicon-only", "folds"])
def test_leave_one_source_out_floors(variant):
    """The "folds" variant scores sentences with a sentence model retrained with real sentences from the other
    sources' folds only (`eval_cm.py --real --sentence-folds`; round 6: 0.768 / 0.751 / 0 / 0.743), so the
    issue's "training folds only" holds as a floor too, not just as a printed block."""
    if variant == "folds":
        assert _corpus().folds_complete(), "features.csv has no out-of-fold row for some labelled documents"
    result = _result(variant)
    text = _corpus().report(result, verbose=True)
    assert len(result.rows) >= 320, text
    # Session 21, all merged (levers24's SOC 2 criteria catalogue and own-outline title test, levers25's anchors,
    # cmhold11's PDF boxes, kinds21; re-extracted on the merged code and refit): with the model / lexicon only / folds
    # 0.836 / 0.823 / 3 / 0.692, 0.831 / 0.819 / 4 / 0.677 and 0.833 / 0.819 / 3 / 0.690 (the folds rows with round
    # 25's fold models; severe m078, s137, t055, h262 now mixed). Accuracy floors one document under, Spearman 0.005
    # under, severe errors at 3 (model, folds) and 4 (lexicon only). Then the fold models retrained on this code
    # (c3b578b, `--extract --sentence-folds`): folds 0.829 / 0.814 / 3 / 0.690, its floors one document under.
    # Session 24, all merged (severe24: a restated "shall" naming nothing of the work is no obligation of it, a blank
    # field's label is the template's, "immediately" alone in an obliging sentence names no interval; cmhold14's PDF
    # line-end hyphens and titles; re-extracted on the merged code, refit, verdict column re-extracted): with the
    # model / lexicon only / folds 0.855 / 0.836 / 0 / 0.705, 0.855 / 0.838 / 1 / 0.691 and 0.855 / 0.843 / 0 / 0.706
    # (m078, s137, t055 now mixed: one class off, no longer severe). Accuracy floors one document under, Spearman
    # 0.005 under, severe errors at 0 (model, folds) and 1 (lexicon only).
    # Session 23, all merged (levers28's distinct procedural details, ed2008's 9001:2008 edition, cmhold13's PDF
    # page furniture / sub-bullets / HTML contents, kinds23; re-extracted on the merged code and refit): with the
    # model / lexicon only / folds 0.853 / 0.838 / 3 / 0.709, 0.844 / 0.830 / 3 / 0.692 and 0.853 / 0.841 / 3 / 0.707
    # (mirrored recall on agreed rows 30, 29, 29 of 48; mixed 44, 41, 41 of 75). Accuracy floors one document under,
    # Spearman 0.005 under, severe errors at 3 in each variant. Then cue24's anchors (postcodes, SOC 2 criterion
    # codes, COVID-19, bracketed item titles, instruction verbs before "system"; 20 rows) and kinds24, re-extracted
    # and refit: 0.853 / 0.838 / 3 / 0.709, 0.849 / 0.834 / 3 / 0.692 and 0.856 / 0.845 / 3 / 0.708; floors moved
    # the same way.
    # Session 22 levers26 merged on levers27: headings inside a numbered clause heading's section count in
    # clause_heading_share (mirroring.nested_under_clauses; 14 documents' rows, refit): 0.847 / 0.834 / 3 / 0.701,
    # 0.840 / 0.825 / 3 / 0.683 and 0.847 / 0.836 / 3 / 0.699 (mirrored recall on agreed rows 30, 29, 30 of 48).
    # Accuracy floors one document under, Spearman 0.005 under, severe errors at 3 in each variant.
    # Session 22 levers27 (a passive rule's subject read at its head, named tools, control register retold; re-extracted
    # and refitted): 0.844 / 0.830 / 3 / 0.696, 0.836 / 0.823 / 3 / 0.680 and 0.838 / 0.828 / 3 / 0.695 (severe m078,
    # s137, t055 in each). Accuracy floors one document under, Spearman 0.005 under, severe errors at 3 in each variant.
    # Session 21 (levers25, round 27): a board named by its work and a team's own acronym are team anchors, a passive
    # act on a named thing under a condition is no control phrase (re-extracted; the folds rows recomputed in full
    # with round 25's fold models): with the model / lexicon only / folds 0.833 / 0.823 / 4 / 0.688, 0.829 / 0.817 /
    # 4 / 0.674 and 0.825 / 0.812 / 4 / 0.686 (h214 no longer severe: mixed). Accuracy floors one document under,
    # Spearman 0.005 under, severe errors at 4 in each variant.
    # Session 20 (levers23, round 26): the verdict's heading features read the clause headings CM01 counts (a
    # document's own section numbers, stock sections and repeated labels out; 219 documents' heading features move;
    # the folds rows' three heading columns taken from the model rows, which read headings only): with the model /
    # lexicon only / folds 0.831 / 0.821 / 5 / 0.684, 0.829 / 0.817 / 5 / 0.671 and 0.824 / 0.812 / 5 / 0.683 on all
    # 550 (old 323: 0.817 / 0.808 / 3 / 0.768, 0.811 / 0.801 / 3 / 0.756, 0.802 / 0.791 / 3 / 0.768). Accuracy floors
    # one document under, Spearman 0.005 under; severe errors at 5 in each variant (model and folds from 4: m078,
    # agreed mirrored, operational at P 0.53 once its own-outline headings "4 Policy", "4.1.12 Documentation", "5 Roles
    # and Responsibilities" stop counting as clauses 5.2, 7.5 and 5.3; lexicon from 6).
    # Session 20 (corpus20, round 25): the fold models retrained on the grown corpus (five folds over 87 sources,
    # /work/corpus/real20/sentence_folds) give the folds rows of all 550: 0.816 / 0.799 / 4 / 0.680 (the old 323
    # alone 0.796 / 0.781 / 2 / 0.769, the new 227 0.846 / 0.832 / 2 / 0.522); folds floors one document under each
    # accuracy, Spearman 0.005 under, severe errors at 4. The model and lexicon rows did not move (re-extracted on
    # the merged code: byte for byte the same), nor did their floors.
    # Session 19 (corpus19): the corpus grew by the eleven labelled held-out sets of sessions 18-19 (274 files,
    # 227 with two verdicts, h001-h274), 550 documents with two verdicts from 87 sources. The corpus got harder, so
    # the floors moved down, never the goal (issue 8: 0.85 / 0.9 / 0 severe / 0.85): with the model / lexicon only
    # 0.820 / 0.803 / 4 / 0.682 and 0.818 / 0.803 / 6 / 0.668 on all 550 after merging ffrsev's range fix (the 323
    # old documents alone 0.802 / 0.788 / 2 / 0.770 and 0.805 / 0.791 / 4 / 0.759, judged by models that now learn from
    # the new sources too; the new 227 0.846 / 0.832 / 2 / 0.523). Floors one document under each accuracy, Spearman
    # 0.005 under, severe errors at
    # what they are (the goal of 0 stands). The annotators agree less on the new rows (kappa 0.31: A calls company
    # and HR policies operational where B calls the generic ones mixed), which is what lowers Spearman.
    # the numbers of docs/SCORING.md on the grown corpus (323 documents, 76 sources). Session 18: the fold models,
    # retrained on the merged code (the committed folds rows had come from models trained on older code that no
    # retraining reproduces; training is deterministic), give 0.820 / 0.811 / 1 / 0.778: the folds floors are set one
    # document under those, the model's and the lexicon's kept. Round 21 (sysvocab21), sign-off
    # and numbered metadata blocks not scored: with the model / lexicon only 0.830 / 0.818 / 0 / 0.778 and
    # 0.830 / 0.818 / 0 / 0.768 (the folds rows were not recomputed: no fold models); the model's floors kept,
    # the lexicon's raised one document under its new accuracies. Round 19 (anchors19, re-extracted
    # by the lead's decision), false anchor readings gone (a laboratory as the organisation, "store" as a verb, a data
    # breach, "listed below", "10 Business" ...): with the model / lexicon only / folds 0.833 / 0.822 / 0 / 0.775,
    # 0.824 / 0.811 / 0 / 0.765 and 0.833 / 0.822 / 1 / 0.774 (s137 operational at P 0.51 with the fold models);
    # floors one document under each accuracy. Round 13 (cm14), record types
    # defined by an acronym ("Investigation (INV)"), work files and branches ("deploy.yml", "the main branch") and
    # cadence idioms ("each quarter"; "once a year" is the template's "annually"): with the model / lexicon only /
    # folds 0.820 / 0.808 / 0 / 0.775, 0.817 / 0.805 / 0 / 0.762 and 0.824 / 0.811 / 0 / 0.773; floors one document
    # under each accuracy, severe errors kept at 1 (s137 sits at P 0.49 with the fold models). Round 12 (cm13, kept by the
    # lead's decision in cm13b), the organisation's own names (slash names, a team opening its line, products after
    # in/using/via, an association's bodies, machine parts; "B2B" no form code): with the model / lexicon only / folds
    # 0.814 / 0.801 / 0 / 0.774, 0.814 / 0.801 / 0 / 0.761 and 0.820 / 0.808 / 1 / 0.771 (t025 and m082 with the model,
    # q033 lexicon only: unchanged feature rows at P 0.47-0.51 tipped by the refit; the floors are kept, as for the
    # folds in round 11, so the model variant is one document above its accuracy floors). Round 11 (cm12): the fold
    # models retrained on the current code give 0.817 / 0.805 / 1 / 0.770 (the other two variants unchanged; nothing
    # new kept). Round 11 (cm05hold), units,
    # lower-case logs and capitals-owned roles as anchors: with the model / lexicon only / folds 0.820 / 0.808 / 0 /
    # 0.774, 0.817 / 0.805 / 0 / 0.760 and 0.814 / 0.801 / 1 / 0.773 (one document fewer with the fold models; their
    # floor is kept). Round 10, catalogue_words (the
    # share of the text's words its clause catalogue uses) and bare_share's own weight at the mixed/mirrored cut:
    # with the model / lexicon only / folds 0.817 / 0.805 / 0 / 0.774, 0.802 / 0.788 / 0 / 0.760 and 0.817 / 0.805 /
    # 1 / 0.774 (s137 is mixed at P 0.50 and 0.49, operational at 0.52 with the fold models: severe errors keep
    # their floor of 1). Round 8, a template's security
    # function is a generic role: with the model / lexicon only / folds 0.811 / 0.798 / 0 / 0.770, 0.796 / 0.781 / 1 /
    # 0.754 and 0.805 / 0.791 / 1 / 0.769 (the severe error left is s137 without the sentence model, at P 0.49, and
    # the model variant's fix of it is at P 0.51, so severe errors keep their floor of 1). Round 7, the organisation's
    # own anchors (template filler and placeholders are not anchors): with the model / lexicon only / folds 0.811 /
    # 0.798 / 1 / 0.768, 0.793 / 0.778 / 1 / 0.751 and 0.805 / 0.791 / 1 / 0.768. Round 6, control-text register
    # (restated Annex A / 27002 / NIST CSF counted as standard-speak): with the model / lexicon only / folds
    # 0.793 / 0.774 / 1 / 0.758, 0.768 / 0.751 / 1 / 0.739 and 0.786 / 0.768 / 1 / 0.754. Round 6 (the 2013 Annex A of
    # ISO 27001, HTML menus, PDF minor headings): with the model / lexicon only 0.768 / 0.751 / 1 / 0.746 and
    # 0.743 / 0.724 / 1 / 0.733 (the truer catalogue turns one document the lexicon-only verdict had right);
    # round 5: 0.765 / 0.747 / 1 / 0.744 and 0.749 / 0.731 / 1 / 0.731; round 4 on 322 documents: 0.761 / 0.743 /
    # 1 / 0.745 and 0.767 / 0.750 / 1 / 0.736; round 3 gave 0.755 / 0.736 / 2 / 0.738 and 0.731; on the first 240
    # documents the old fixed thresholds gave 0.69 / 22 severe errors / Spearman 0.54. Floors: those less about three
    # documents for refits.
    # Session 25 (corpus25): the corpus grew by 52 generic company / HR / HSE / safeguarding policies and consultant-kit
    # procedures (g001-g052, 7 sources; kappa 0.76 on them), the kind issue 8's held-out batches called operational
    # when both annotators say mixed. 602 documents with two verdicts from 94 sources: with the model / lexicon only /
    # folds 0.816 / 0.796 / 1 / 0.654, 0.816 / 0.792 / 3 / 0.642 and 0.817 / 0.798 / 1 / 0.657 (the old 550 alone, now
    # judged by models that learn from the new rows too: 0.840 / 0.825 / 1 / 0.700 with the model, mixed recall 45 of
    # 75 agreed, was 40; the new 52: 0.558 / 0.500 / 0 / 0.517, 23 of 29 agreed mixed called operational). The corpus
    # got harder, the floors follow it down, the goal stays (0.85 / 0.9 / 0 / 0.85): accuracy floors one document
    # under, Spearman 0.005 under, severe errors at 1 (q081, agreed mirrored, operational at P 0.51) and 3 lexicon only
    # (q081, m078 at 0.46, t055 at 0.48).
    # Then merged with anchors25 (decision participles before a noun are states, roles named only by the management
    # system generic, numbered sentences scored, reference lines' clauses cited), cmhold15's titles and left26's kinds;
    # re-extracted on the merged code and refit: 0.821 / 0.800 / 1 / 0.661, 0.817 / 0.796 / 1 / 0.649 and
    # 0.822 / 0.804 / 0 / 0.662 (mixed recall 51 of 104 agreed with the model). Floors one document under, Spearman
    # 0.005 under; severe errors at 1 (q081), 1 (q081) and 0.
    floors = {"model": (0.818, 0.797, 0.655, 1), "lexicon": (0.815, 0.793, 0.643, 1),
              "folds": (0.820, 0.801, 0.657, 0)}[variant]
    assert result.accuracy() >= floors[0], text
    assert result.accuracy(result.agreed) >= floors[1], text
    assert len(result.severe) <= floors[3], text
    assert result.spearman() >= floors[2], text


def test_kind_accuracy_floor():
    """Kinds of all 687 files as `gapscan audit` classifies them (procedure-like, record, form, other) against
    either annotator: 675 (0.983) since session 23 kinds23 (671, 0.977, since session 22 kinds22; 668, 0.972, since
    session 21 kinds21 (664, 0.967, since session 20 kinds20 (657, 0.956, since session 19 added the 274 files of the held-out sets (255 of those right, 261
    after kinds20; the 413 before them 402, 403 after kinds20: 401 before kind9, 399 before session 7, 392 before round
    5); on the first 325, the classifier before this corpus got 257. Floor 0.97 -> 0.95: the corpus got harder, not
    the classifier worse."""
    hit, total = _result("model").kind_accuracy
    assert total >= 680 and hit / total >= 0.95 and hit >= 726, (hit, total)  # 727/739 with session 25's 52 rows


def test_uncertain_verdicts_are_the_less_accurate_ones():
    result = _result("model")
    sure = [r for r in result.rows if not r.uncertain]
    unsure = [r for r in result.rows if r.uncertain]
    assert unsure and len(sure) >= 0.7 * len(result.rows)
    assert result.accuracy(sure) > result.accuracy(unsure)


def test_the_shipped_model_is_the_one_the_corpus_fits():
    """gapscan/data/verdict_model.json is what `bench/eval_cm.py --real --fit` makes of the committed labels and
    features: a change to either, or to the features code, without a refit fails here."""
    from gapscan.nlp import verdict

    shipped, refit = verdict.load(), _corpus().fit_shipped()
    assert shipped.trained_on == refit.trained_on
    assert shipped.weights == pytest.approx(refit.weights, abs=1e-3)
    assert shipped.thresholds == pytest.approx(refit.thresholds, abs=1e-3)
    assert shipped.upper_features == refit.upper_features
    assert shipped.upper_weights == pytest.approx(refit.upper_weights, abs=1e-3)
    # the range the verdict holds features to (round 23) is the refit's too
    assert shipped.low == pytest.approx(refit.low, abs=1e-5)
    assert shipped.high == pytest.approx(refit.high, abs=1e-5)


def test_an_extended_manifest_with_unlabelled_and_missing_files_is_skipped_not_an_error(tmp_path, monkeypatch,
                                                                                         capsys):
    """The collector's new rows arrive before their labels (and a file may be missing): --extract writes a
    'missing' row for a file it cannot find, and evaluation and the fit skip documents without both labels."""
    rc = _corpus()
    real, files = tmp_path / "real", tmp_path / "files"
    real.mkdir()
    files.mkdir()
    header = "id,source,path,commit,licence,format,standard,kind,title,quote\n"
    rows = [f"{i},someone/{src},{i}.md,{'a' * 40},MIT,md,iso9001,procedure,{i},-\n"
            for i, src in (("t001", "pack-a"), ("t002", "pack-b"), ("t003", "pack-c"), ("t004", "pack-d"))]
    (real / "manifest.csv").write_text(header + "".join(rows), "utf-8")
    label_header = "id,verdict,kind,confidence,reason\n"
    labelled = "t001,mirrored,procedure,high,x\nt002,operational,procedure,high,y\n"
    (real / "labels_a.csv").write_text(label_header + labelled + "t003,mixed,procedure,low,z\n", "utf-8")
    (real / "labels_b.csv").write_text(label_header + labelled, "utf-8")  # t003: one annotator so far
    (files / "t001.md").write_text(
        "# Quality Manual\n\n## 5.1 Leadership and commitment\n\nTop management shall demonstrate leadership and "
        "commitment with respect to the quality management system by ensuring that the quality policy and "
        "quality objectives are established.\n\n## 6.2 Quality objectives and planning to achieve them\n\n"
        "The organization shall establish quality objectives at relevant functions, levels and processes.\n", "utf-8")
    (files / "t002.md").write_text(
        "# Goods-in checks\n\nThe Goods-In Operator checks each delivery against the purchase order in SAP within "
        "2 hours of arrival. Damaged pallets go to the quarantine cage and the Buyer is emailed the same day.\n\n"
        "The Stores Supervisor signs form QF-21 at 16:00 and files it in the goods-in binder.\n", "utf-8")
    (files / "t003.md").write_text("# Draft\n\nThe Duty Manager checks the chiller log every morning at 08:00.\n",
                                   "utf-8")  # t004 has no file
    monkeypatch.setattr(rc, "REAL", real)
    monkeypatch.setattr(rc, "FOLD_MODELS", tmp_path / "no-folds")
    rc.extract(files)
    # the folds rows kept from before are said to be so, not kept silently (how they went stale, session 18)
    assert "WARNING: no sentence fold models" in capsys.readouterr().err
    written = {r["id"]: r for r in rc._read("features.csv") if r["variant"] == "model"}
    assert written["t004"]["status"] == "missing" and written["t001"]["status"] == "ok"
    labelled_rows = rc._labelled_rows("model")
    assert [(i, labs) for i, _, labs, _, _ in labelled_rows] == [("t001", ("mirrored", "mirrored")),
                                                                ("t002", ("operational", "operational"))]
    assert set(rc.labels()) == {"t001", "t002"}


def test_extract_new_only_adds_the_rows_without_features_and_keeps_the_others(tmp_path, monkeypatch):
    """A batch of new files (session 25: 52 rows on 739) needs its features without re-analysing the whole corpus:
    `--extract --new-only` analyses the rows that have none (or a 'missing' one) and keeps every other row as it is."""
    rc = _corpus()
    real, files = tmp_path / "real", tmp_path / "files"
    real.mkdir()
    files.mkdir()
    header = "id,source,path,commit,licence,format,standard,kind,title,quote\n"
    (real / "manifest.csv").write_text(header + "".join(
        f"{i},someone/pack-a,{i}.md,{'a' * 40},MIT,md,none,procedure,{i},-\n" for i in ("t001", "t002", "t003")),
        "utf-8")
    kept = {"id": "t001", "variant": "model", "status": "ok", "kind_predicted": "procedure", "words": "999"}
    monkeypatch.setattr(rc, "REAL", real)
    monkeypatch.setattr(rc, "FOLD_MODELS", tmp_path / "no-folds")
    rc._write_features([kept, {"id": "t003", "variant": "model", "status": "missing"}])
    for i in ("t001", "t002", "t003"):
        (files / f"{i}.md").write_text(
            "# Goods-in checks\n\nThe Goods-In Operator checks each delivery against the purchase order in SAP "
            "within 2 hours of arrival and signs form QF-21.\n", "utf-8")
    rc.extract(files, new_only=True)
    written = {(r["id"], r["variant"]): r for r in rc._read("features.csv")}
    assert written[("t001", "model")]["words"] == "999"  # kept, not re-analysed
    assert ("t001", "lexicon") not in written
    for i in ("t002", "t003"):  # no row, and a 'missing' row: both analysed now, with and without the model
        assert written[(i, "model")]["status"] == "ok" and written[(i, "lexicon")]["status"] == "ok"
        assert int(written[(i, "model")]["words"]) > 10


def test_extract_from_a_folder_holding_none_of_the_files_refuses_and_leaves_the_features(tmp_path, monkeypatch):
    """`--extract --corpus` pointed at the wrong folder (the corpus's parent) once wrote every row 'missing' and
    exited 0, emptying features.csv; it now stops with the reason and writes nothing."""
    rc = _corpus()
    real = tmp_path / "real"
    real.mkdir()
    (real / "manifest.csv").write_text("id,source,path,commit,licence,format,standard,kind,title,quote\n"
                                       f"t001,someone/pack-a,a.md,{'a' * 40},MIT,md,iso9001,procedure,a,-\n", "utf-8")
    (real / "features.csv").write_text("kept\n", "utf-8")
    monkeypatch.setattr(rc, "REAL", real)
    with pytest.raises(SystemExit, match="none of the 1 manifest files"):
        rc.extract(tmp_path / "elsewhere")
    assert (real / "features.csv").read_text("utf-8") == "kept\n"


def test_the_fold_models_say_which_code_they_were_trained_on(tmp_path, monkeypatch):
    """sentence_folds records the commit of the code in the fold models' folds.csv; extract warns when the models
    record none (trained before it was recorded, as session 18's were) or another commit than the code's."""
    rc = _corpus()
    folds = tmp_path / "folds"
    (folds / "fold0").mkdir(parents=True)
    monkeypatch.setattr(rc, "FOLD_MODELS", folds)
    (folds / "folds.csv").write_text("source,fold\nsomeone/pack-a,0\n", "utf-8")
    assert rc.fold_models_commit() is None
    assert "record no commit" in rc.fold_models_note("abc123")
    (folds / "folds.csv").write_text("source,fold,commit\nsomeone/pack-a,0,abc123\n", "utf-8")
    assert rc.fold_models_commit() == "abc123"
    assert rc.fold_models_note("abc123") is None
    assert "trained at abc123, the code is at def456" in rc.fold_models_note("def456")
    assert rc.fold_models_note("abc123-dirty") is not None
    assert re.fullmatch(r"[0-9a-f]{40}(?:-dirty)?|unknown", rc.code_commit())


def test_eval_kind_counts_kinds_as_eval_cm_does(capsys):
    """bench/eval_kind.py --committed (no files) prints the kind accuracy eval_cm.py --real prints: one truth,
    the annotators' kinds, not the manifest's guess (which gave 399/413 where eval_cm said 402)."""
    import importlib.util

    _corpus()  # bench/ on sys.path, real_corpus loaded once
    spec = importlib.util.spec_from_file_location("eval_kind", ROOT / "bench" / "eval_kind.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--committed"]) == 0
    hit, total = _result("model").kind_accuracy
    assert f"kind accuracy (either annotator's kind): {hit}/{total} " in capsys.readouterr().out


def test_a_docs_only_commit_after_the_fold_models_needs_no_warning(tmp_path, monkeypatch):
    """corpus20 trained the folds, then committed SCORING and the floors: every extract after warned that the models
    were of another commit, though the code they measure had not changed."""
    import subprocess

    rc = _corpus()
    repo = tmp_path / "repo"
    (repo / "src").mkdir(parents=True)
    (repo / "docs").mkdir()

    def git(*args):
        return subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                              check=True, capture_output=True, text=True).stdout.strip()

    git("init", "-q")
    (repo / "src" / "code.py").write_text("A = 1\n", "utf-8")
    git("add", "."), git("commit", "-qm", "code")
    trained = git("rev-parse", "HEAD")
    (repo / "docs" / "SCORING.md").write_text("numbers\n", "utf-8")
    git("add", "."), git("commit", "-qm", "docs")
    docs_only = git("rev-parse", "HEAD")
    (repo / "src" / "code.py").write_text("A = 2\n", "utf-8")
    git("commit", "-qam", "code again")
    code_changed = git("rev-parse", "HEAD")
    folds = tmp_path / "folds"
    (folds / "fold0").mkdir(parents=True)
    (folds / "folds.csv").write_text(f"source,fold,commit\nsomeone/pack-a,0,{trained}\n", "utf-8")
    monkeypatch.setattr(rc, "FOLD_MODELS", folds)
    monkeypatch.setattr(rc, "ROOT", repo)
    assert rc.fold_models_note(docs_only) is None
    assert f"trained at {trained}" in rc.fold_models_note(code_changed)
    assert rc.fold_models_note(docs_only + "-dirty") is not None
