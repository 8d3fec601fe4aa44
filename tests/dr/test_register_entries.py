"""An identifier a procedure cites ('risk R-41', 'change CR-12') is an entry of the register that numbers its
entries so, not a form to look for among the file names.

Before: "uses CR-12" waited for a file named CR-12, which no set has, and was "not checkable" (about 700 such
claims on the in-sample GRCStephenWinfield hospital set, December 2026). Now it holds when the register the
words before the identifier name ('change' for a change log's 'Change ID') keeps it in its identifier column, and
drifts when that register numbers its entries the same way and has no such entry. A register of something else,
the word 'register' alone, a column that only mentions identifiers, and the procedure's own table rows link
nothing.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR01

D = dt.date


def _change_log(scan, ids=tuple(f"CR-{n}" for n in range(1, 13))):
    scan.csv("records/change-log.csv", ["Change ID", "Change", "Approved by", "Date"],
             [[i, f"firewall rule {n}", "CAB", D(2025, 3, n + 1)] for n, i in enumerate(ids)])


def _form_checks(scan, text: str, title: str = "Change management"):
    scan.write("procedures/changes.md", f"# {title}\n\n" + text + "\n")
    ctx, result = scan.run()
    scan.ctx = ctx
    return {c.text: c for c in result.claims["procedures/changes.md"] if c.kind == "form"}


SAID = "Emergency change CR-12 was approved by the CAB before deployment."


def test_a_cited_change_the_register_keeps_holds(scan):
    _change_log(scan)
    check = _form_checks(scan, SAID)["uses CR-12"]
    assert check.status is ClaimStatus.HOLDS
    assert check.record == "records/change-log.csv"
    assert "'Change ID', row 12 of 12" in check.detail


def test_a_cited_change_the_register_does_not_keep_drifts(scan):
    _change_log(scan, ids=("CR-1", "CR-2", "CR-3", "CR-4"))
    check = _form_checks(scan, SAID)["uses CR-12"]
    assert check.status is ClaimStatus.DRIFTED
    assert "4 entries CR-1 to CR-4 in 'Change ID', no CR-12" in check.detail
    (finding,) = [f for f in DR01.check(scan.ctx) if "CR-12" in f.message]
    assert finding.evidence[0].path == "records/change-log.csv"
    assert finding.metrics["entries"] == 4


def test_a_register_of_something_else_numbered_alike_is_no_link(scan):
    # complaints numbered CR-nn in a register of approved suppliers: the sentence cites a change, not a complaint
    scan.csv("records/approved-suppliers.csv", ["Ref", "Supplier", "Approved"],
             [[f"CR-{n}", f"Supplier {n}", D(2025, 1, n)] for n in range(1, 13)])
    assert _form_checks(scan, SAID)["uses CR-12"].status is ClaimStatus.NOT_CHECKABLE
    # nor does it drift for an identifier it lacks
    assert _form_checks(scan, SAID.replace("CR-12", "CR-15"))["uses CR-15"].status is ClaimStatus.NOT_CHECKABLE


def test_the_word_register_alone_says_no_subject(scan):
    _change_log(scan)
    checks = _form_checks(scan, "Entry CR-12 of the register is checked before the audit.", title="Audit")
    assert checks["uses CR-12"].status is ClaimStatus.NOT_CHECKABLE


def test_a_column_that_only_mentions_identifiers_is_no_register_of_them(scan):
    # the deployment log's 'Change' column cites changes, several rows the same one: it keeps no change
    scan.csv("records/deployment-log.csv", ["Deployment", "Change", "Date"],
             [[f"D{n}", "CR-12" if n % 2 else "CR-3", D(2025, 2, n)] for n in range(1, 7)])
    assert _form_checks(scan, SAID)["uses CR-12"].status is ClaimStatus.NOT_CHECKABLE


def test_the_procedures_own_rows_cite_no_register(scan):
    # a retention schedule numbers its own rows R-01...: R-02 is defined here, not the risk register's R-02
    scan.csv("records/risk-register.csv", ["Risk ID", "Risk", "Owner", "Last reviewed"],
             [[f"R-0{n}", f"threat {n}", "CISO", D(2025, 3, n)] for n in range(1, 5)])
    rows = [("R-01", "Signed contracts"), ("R-02", "Risk assessment records"), ("R-03", "Training files"),
            ("R-04", "Risk treatment records, kept as R-02 until closed")]
    table = "| Ref | Record | Keep |\n|---|---|---|\n" + "".join(f"| {r} | {what} | 6 years |\n" for r, what in rows)
    checks = _form_checks(scan, "Records are kept as the schedule says.\n\n" + table)
    assert checks["uses R-02"].status is ClaimStatus.NOT_CHECKABLE


def test_no_drift_when_the_identifier_is_kept_elsewhere(scan):
    # the change log stops at CR-4; CR-12 is a file of its own, or an entry of another register the words before
    # it do not name: neither is missing
    _change_log(scan, ids=("CR-1", "CR-2", "CR-3", "CR-4"))
    scan.write("changes/CR-12-firewall-rework.md", "# CR-12 Firewall rework\n\nApproved by the CAB.\n")
    assert _form_checks(scan, SAID)["uses CR-12"].status is ClaimStatus.NOT_CHECKABLE


def test_no_drift_when_another_register_keeps_the_identifier(scan):
    _change_log(scan, ids=("CR-1", "CR-2", "CR-3", "CR-4"))
    scan.csv("records/cab-agenda.csv", ["Item", "Topic", "Meeting"],
             [[f"CR-{n}", f"topic {n}", D(2025, 4, n)] for n in range(10, 14)])
    assert _form_checks(scan, SAID)["uses CR-12"].status is ClaimStatus.NOT_CHECKABLE


def test_an_end_of_a_range_of_identifiers_is_no_entry_missing(scan):
    # "changes CR-1 to CR-20" names the span of the register's numbering, as planned or summarised, not one entry
    # cited: the register keeping CR-1..CR-12 is no proof that CR-20 was lost (a range of codes in one cell)
    _change_log(scan)
    checks = _form_checks(scan, "| Scope | Changes |\n|---|---|\n| Emergency | Emergency changes CR-1 to CR-20 |")
    assert "uses CR-20" in checks, checks
    assert checks["uses CR-20"].status is not ClaimStatus.DRIFTED, checks["uses CR-20"].detail
    assert not [f for f in DR01.check(scan.ctx) if "CR-20" in f.message]
