"""PS03 and a record whose name shares one word with a procedure's title. In a held-out HIPAA programme the
chapter "Transmission Security" was read against the security awareness chapter's training table and the
security metrics table, because each name holds 'security', half the chapter's title: it was told it never
names the training courses. Half a title is a naming: it makes the procedure the record's own only where
the procedure says how the record is kept; a record named with the procedure's whole title still is its own."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings


PROCEDURE = """# Transmission Security

## Encryption in transit

All links that carry customer data use TLS 1.2 or later. The network team checks the cipher settings of
every public endpoint each quarter and fixes any weak setting within ten working days.
"""

COURSES = ["Phishing drill", "Password manager", "Clean desk", "Tailgating", "Incident reporting", "USB handling"]


def _log() -> str:
    rows = ["Course,Completed by,Completed on"]  # one course a row: each a label
    for i in range(18):
        rows.append(f"{COURSES[i % 6]},Sam Ortiz,2026-0{1 + i % 9}-1{i % 9}")
    return "\n".join(rows) + "\n"


def _ps03(root: Path, record: str):
    (root / "transmission-security.md").write_text(PROCEDURE, encoding="utf-8")
    (root / record).write_text(_log(), encoding="utf-8")
    return rule_findings(root, "PS03", f'[kinds]\n"transmission-security.md" = "procedure"\n"{record}" = "record"\n')


def test_a_record_sharing_one_word_of_the_title_is_not_the_procedures_own(tmp_path):
    # before: "keep talking about 'phishing drill', 'password manager', 'clean desk', ..."
    assert _ps03(tmp_path, "security-awareness-log.csv") == []


def test_a_record_named_with_the_whole_title_is_still_read_against_it(tmp_path):
    found = _ps03(tmp_path, "transmission-security-log.csv")
    assert [f.path for f in found] == ["transmission-security.md"]
