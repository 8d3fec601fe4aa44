"""Lines that open on a number (issue 8, anchors25; session 24's s137): a reference line that names the clause it
cites ("Clause 9.1 -> Monitoring and measurement") is not scored, but its citation counts as the body's do; a line of
the document's own numbered paragraphs ("3.1.1 No access point is installed without approval ...") or a reference
written as a sentence ("Clause 6.1 -> Risk treatment planning must consider incidents.") is text, scored; a bare
number and a clause title ("8.4 Control of externally provided processes") stays a reference, no citation."""
from dataclasses import replace

from gapscan.ingest import parse_file
from gapscan.model import Kind
from gapscan.nlp.mirroring import analyze


def _analysis(tmp_path, body: str):
    path = tmp_path / "Wireless Policy.md"
    path.write_text(body, encoding="utf-8")
    return analyze(replace(parse_file(path, path.name), kind=Kind.PROCEDURE), use_model=False)


def test_numbered_paragraphs_are_text(tmp_path):
    a = _analysis(tmp_path, "# Wireless Policy\n\n## 3. Policy\n\n"
                  "3.1.1 No access point is installed without approval from the Network Team.\n\n"
                  "3.1.2 Access points must be registered in the hardware inventory.\n\n"
                  "Guests get a voucher at the desk.\n")
    assert a.sentences == 3  # scored as a longer numbered paragraph always was (its number, too, is read as a
    # citation by the cue matcher's clause_ref, as before: left for the pipeline)


def test_a_named_reference_cites_its_clause(tmp_path):
    a = _analysis(tmp_path, "# Incident Policy\n\n## 1. Policy\n\n"
                  "All events are reported to the security desk by phone.\n\n## 6. References\n\n"
                  "- Clause 6.1 → Risk treatment planning must consider incidents.\n"
                  "- Clause 9.1 → Monitoring, measurement, analysis and evaluation\n"
                  "- 8.4 Control of externally provided processes\n")
    assert a.sentences == 2  # the policy line and the clause 6.1 sentence; not the two reference lines
    assert a.clause_citations == 2  # 6.1 in the sentence, 9.1 in its reference line; not the bare 8.4
