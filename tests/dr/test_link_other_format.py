"""A procedure that names a register's page names the register. A held-out GRC portfolio (binette87/
cybersecurity-portfolio grc/, drhold31) keeps remediation/remediation-tracker.csv and the page
remediation/remediation-tracker.html that shows it; the vulnerability management policy links the page ('Remediation
Tracker'), so it was linked to the page by file name and never to the csv, whose due and completion dates the page
leaves out. One register under one name in two formats, in one folder, is named by either file's name; a file of
that name in another folder is not."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.linking import RecordSet, index_record, link_scores
from gapscan.nlp.claims import extract_claims

CSV = ("Remediation_ID,Title,Priority,Due_Date,Completed_Date,Status\n"
       + "".join(f"REM-{n:03d},Patch host {n},High,2026-0{n % 9 + 1}-15,2026-0{n % 9 + 1}-20,Completed\n"
                 for n in range(1, 9)))
PAGE = ("<html><body><h1>Remediation tracker</h1><table><tr><th>Rem. ID</th><th>Title</th><th>Priority</th></tr>"
        + "".join(f"<tr><td>REM-{n:03d}</td><td>Patch host {n}</td><td>High</td></tr>" for n in range(1, 9))
        + "</table></body></html>")


def _write(root: Path, rel: str, text: str):
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return parse_file(path, rel)


def _links(tmp_path: Path, csv_folder: str) -> dict[str, str]:
    records = [_write(tmp_path, f"{csv_folder}/remediation-tracker.csv", CSV),
               _write(tmp_path, "remediation/remediation-tracker.html", PAGE)]
    policy = _write(tmp_path, "policies/vulnerability-policy.md",
                    "# Vulnerability Policy\n\n## Remediation\n\nCritical vulnerabilities are fixed within 72 hours of "
                    "discovery.\n\n## Related documents\n\n- [Remediation Tracker](../remediation/remediation-tracker.html)"
                    "\n")
    links = link_scores(policy, extract_claims(policy), RecordSet([index_record(r) for r in records]))
    return {link.path: (link.via, link.confidence) for link in links}


def test_naming_the_registers_page_names_its_data_file_beside_it(tmp_path):
    links = _links(tmp_path, "remediation")
    assert links["remediation/remediation-tracker.html"][0] == "file name"
    # before: the csv had no link, or one by resemblance only
    via, confidence = links["remediation/remediation-tracker.csv"]
    assert via.startswith("file name") and confidence >= 0.8


def test_a_file_of_that_name_in_another_folder_is_not_named(tmp_path):
    links = _links(tmp_path, "archive")
    assert not links.get("archive/remediation-tracker.csv", ("",))[0].startswith("file name")
