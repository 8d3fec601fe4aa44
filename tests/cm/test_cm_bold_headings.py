"""A manual whose clause headings are bold paragraphs is judged by its clause structure (issue 8).

Real manuals often write "**4.1 Understanding the organisation and its context**" or a bold
Word line instead of a heading style. Those are clause headings, and a manual made of them
is mirrored; an operational procedure whose steps open with a bold lead-in keeps its verdict.
Both documents below were written for this test.
"""
from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from gapscan.ingest import parse_file
from gapscan.model import Kind, Verdict
from gapscan.nlp.mirroring import analyze

# ISO/IEC 27001 restated clause by clause, as a small print firm's manual might: bold clause titles,
# partly the standard's words, partly plain ones, roles named only in general terms.
BOLD_MANUAL = """\
# Northgate Print Information Security Manual

**4 Context of the organisation**

**4.1 Understanding the organisation and its context**

We print and post statements for banks and councils. Northgate shall determine the internal and external issues relevant to its purpose and to the intended outcomes of the information security management system.

**4.2 Understanding the needs and expectations of interested parties**

Our customers, staff and the data regulator are the parties that matter most. Their requirements are listed in the context document.

**4.3 Determining the scope of the information security management system**

The scope covers printing, posting and the computers that store customer data. The scope statement is kept with this manual.

**4.4 Information security management system**

This manual describes how the pieces of our security work fit together.

**5 Leadership**

**5.1 Leadership and commitment**

The directors take part in the security work and give it time at their meetings.

**5.2 Policy**

The managing director signs the information security policy. The policy includes a commitment to satisfy applicable requirements and to continual improvement.

**5.3 Organisational roles, responsibilities and authorities**

The directors decide who looks after each part of security. The security lead reports on performance to the directors.

**6 Planning**

**6.1 Actions to address risks and opportunities**

When planning the management system, we consider the issues and requirements and determine the risks and opportunities that need to be addressed.

**6.2 Information security objectives and planning to achieve them**

Each team agrees a small number of security goals with its manager at the start of the year.

**7 Support**

**7.1 Resources**

The directors agree the people and money for security work.

**7.2 Competence**

Managers decide what each role needs to know and keep evidence of competence in the training file.

**7.3 Awareness**

New starters read the policy when they join and talk it through with their manager.

**7.4 Communication**

Security news goes out in the staff briefing.

**7.5 Documented information**

Documented information required by the management system is controlled so that it is available and suitable for use where and when it is needed.

**8 Operation**

**8.1 Operational planning and control**

Northgate shall plan, implement and control the processes needed to meet information security requirements.

**8.2 Information security risk assessment**

The security lead looks again at the risks whenever something big changes.

**8.3 Information security risk treatment**

The security lead keeps the risk treatment plan and records the results.

**9 Performance evaluation**

**9.1 Monitoring, measurement, analysis and evaluation**

The security lead looks at incidents, audit results and open actions each quarter.

**9.2 Internal audit**

Internal audits are conducted at planned intervals to check that the management system conforms to our own requirements and to the standard.

**9.3 Management review**

The directors review the management system at planned intervals to ensure its continuing suitability, adequacy and effectiveness.

**10 Improvement**

**10.1 Continual improvement**

Ideas for doing things better come from staff, audits and incidents.

**10.2 Nonconformity and corrective action**

When a nonconformity occurs we react to it, look for its causes and keep a record of the action taken.
"""

# A work instruction whose steps open with a bold lead-in that ends in a full stop.
LEAD_IN_PROCEDURE = """\
# WI-07 Goods in at the Hollins Road store

**Purpose.** How a delivery of machined parts is received, checked and put away the same day.

**Step 1 - Receive the part.** The storeperson signs the driver's note only after counting the boxes against the delivery note. A short delivery is written on the note before signing.

**Step 2 - Check the paperwork.** The storeperson matches the delivery note to the purchase order in Sage and checks the certificate of conformity is in the box.

**Step 3 - Inspect.** The goods-in inspector measures five parts from each batch with the calibrated micrometer and writes the readings on form QF-22.

**Step 4 - Decide.** Parts inside the drawing tolerance are accepted and booked into Sage within 4 hours. Parts outside it are quarantined in the red cage and the buyer is told by email the same day.

**Step 5 - Put away.** Accepted parts go to the rack location printed on the Sage label.

**Records**

Form QF-22 and the signed delivery note are scanned to the Goods In folder by the end of the shift.
"""

BOLD_LINE = re.compile(r"^\*\*(?P<text>.+?)\*\*(?P<rest>.*)$")


def _write_docx(markdown: str, path: Path) -> Path:
    """The same text as a Word file the way people type it: a Title, bold runs, no heading styles."""
    import docx

    d = docx.Document()
    for line in markdown.splitlines():
        if not line.strip():
            continue
        if line.startswith("# "):
            d.add_paragraph(line[2:], style="Title")
            continue
        bold = BOLD_LINE.match(line)
        p = d.add_paragraph()
        if bold:
            p.add_run(bold.group("text")).bold = True
            if bold.group("rest"):
                p.add_run(bold.group("rest"))
        else:
            p.add_run(line)
    d.save(path)
    return path


@pytest.fixture
def documents(tmp_path: Path) -> dict[str, Path]:
    files = {"isms-manual.md": BOLD_MANUAL, "wi-07-goods-in.md": LEAD_IN_PROCEDURE}
    out = {}
    for name, text in files.items():
        out[name] = tmp_path / name
        out[name].write_text(text, encoding="utf-8")
        docx_name = name.replace(".md", ".docx")
        out[docx_name] = _write_docx(text, tmp_path / docx_name)
    return out


def _analysis(path: Path):
    doc = parse_file(path, path.name)
    assert doc.ok, doc.error
    return analyze(replace(doc, kind=Kind.PROCEDURE))


@pytest.mark.parametrize(("name", "first_line"), [("isms-manual.md", 3), ("isms-manual.docx", 2)])
def test_bold_clause_titles_are_clause_headings_and_the_manual_is_mirrored(documents, name, first_line):
    a = _analysis(documents[name])
    assert a.standard == "iso27001"
    clauses = [m.clause for m in a.clause_headings]
    # every clause title from 4 to 10.2 (29 of them) is matched, in the standard's order
    assert len(clauses) == 29 and clauses[0] == "4" and clauses[-1] == "10.2"
    assert a.order_run.length == 29 and a.headings == 30
    first = a.clause_headings[0]
    assert (first.text, first.location.line) == ("4 Context of the organisation", first_line)
    assert a.verdict is Verdict.MIRRORED, (a.mirroring, a.specificity)
    assert a.mirroring >= 50 and a.specificity < 35


@pytest.mark.parametrize("name", ["wi-07-goods-in.md", "wi-07-goods-in.docx"])
def test_bold_lead_ins_do_not_make_a_procedure_mirrored(documents, name):
    a = _analysis(documents[name])
    assert a.verdict is Verdict.OPERATIONAL, (a.mirroring, a.specificity)
    assert a.clause_headings == ()
    # the steps stay text: only the title and the bold "Records" line are headings
    assert a.headings == 2


def test_check_fails_on_the_bold_manual_and_passes_the_procedure(documents, tmp_path):
    names = ["isms-manual.md", "isms-manual.docx", "wi-07-goods-in.md", "wi-07-goods-in.docx"]
    r = subprocess.run([sys.executable, "-m", "gapscan", "check", *names], capture_output=True, text=True,
                       cwd=tmp_path, timeout=300)
    assert r.returncode == 1, r.stdout + r.stderr
    out = r.stdout
    # a text file gets compiler-style 'path:line:' lines; a Word file one block per paragraph (ux11)
    assert re.search(r"^isms-manual\.md:3: CM02 clause-ordered-structure 29 of 30 headings follow "
                     r"ISO/IEC 27001:2022 clause order \(4 -> 10\.2\)$", out, re.M), out
    assert re.search(r"^isms-manual\.md: verdict mirrored ", out, re.M), out
    assert re.search(r"^wi-07-goods-in\.md: verdict operational .* no findings$", out, re.M), out
    blocks = {b.split("\n", 1)[0]: " ".join(b.split()) for b in re.split(r"\n(?=\S)", out)}
    manual, wi = blocks["isms-manual.docx"], blocks["wi-07-goods-in.docx"]
    # CM02 sits in paragraph 2's block (after that paragraph's CM01), not under another paragraph
    assert re.search(r"paragraph 2 (?:(?!paragraph \d).)* error CM02 clause-ordered-structure: 29 of 30 headings "
                     r"follow ISO/IEC 27001:2022 clause order \(4 -> 10\.2\)", manual), out
    assert " verdict mirrored " in manual, out
    assert re.search(r"verdict operational .* no findings$", wi), out
