"""PS02 and logs that number their entries again in each file. A programme kept one RAID log per phase; each
phase's issues table starts again at IS-01, so the phase 04 and phase 05 logs share five IDs (IS-01 to IS-05)
and all their columns (ID, Issue, Status, Owner), yet only one of those IDs is the same issue in both: the
others are different problems, raised by different people. Sharing a numbering scheme is not writing the same
entries down: two records register the same entries when the rows their shared IDs join say the same things,
whether the columns match mostly or in part. A log kept twice whose wording drifted between the copies still
says the same things on most joined rows and stays a copy."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings, write_csv


HEADER = ["ID", "Issue", "Status", "Owner"]
TEAM = ["Priya Nandakumar", "Tomasz Wierzbicki", "Helen Okafor"]


def _write(path: Path, rows) -> None:
    write_csv(path, HEADER, rows)


def _ps02(root: Path):
    return rule_findings(root, "PS02", '[kinds]\n"*.csv" = "record"\n')


PHASE_A = ["Badge readers at the loading dock log no exit times",
           "Firewall rule review found four rules with no owner",
           "Backup restore test of the till database overran by two hours",
           "Supplier questionnaire for the card printer vendor is unanswered",
           "Door alarm at the server room sounds only locally",
           "Laptop encryption report misses the warehouse devices"]
PHASE_B = ["Badge readers at the loading dock log no exit times",  # the one issue carried into the next phase
           "Payment terminal seals replaced without a service record",
           "Two service accounts share one password across stores",
           "Quarterly vulnerability scan skipped the guest network",
           "Visitor badges were not surrendered at the head office",
           "Change tickets for the e-commerce release lack a tester"]


def test_logs_numbering_their_own_issues_again_are_not_copies(tmp_path):
    _write(tmp_path / "phase-04" / "issue-log.csv",
           [[f"IS-{i + 1:02d}", text, ["Open", "Closed"][i % 2], TEAM[i % 3]] for i, text in enumerate(PHASE_A)])
    _write(tmp_path / "phase-05" / "issue-log.csv",
           [[f"IS-{i + 1:02d}", text, ["Closed", "Open"][i % 2], TEAM[(i + 1) % 3]] for i, text in enumerate(PHASE_B)])
    # before: "issue-log.csv records 6 of the same ID values as issue-log.csv (100% of the smaller list; ...);
    # 3 columns in common (ID, Issue, Owner)."
    assert _ps02(tmp_path) == []


def test_one_issue_log_kept_twice_with_drifted_wording_is_still_a_copy(tmp_path):
    _write(tmp_path / "phase-04" / "issue-log.csv",
           [[f"IS-{i + 1:02d}", text, "Open", TEAM[i % 3]] for i, text in enumerate(PHASE_A)])
    # the copy: the same issues, a word changed here and there, two closed since, one handed to someone else
    drifted = [text.replace(" the ", " our ", 1) for text in PHASE_A]
    _write(tmp_path / "tracker" / "issue-tracker.csv",
           [[f"IS-{i + 1:02d}", text, "Closed" if i < 2 else "Open", TEAM[(i + (i == 4)) % 3]]
            for i, text in enumerate(drifted)])
    found = _ps02(tmp_path)
    assert len(found) == 1 and "6 of the same ID values" in found[0].message
