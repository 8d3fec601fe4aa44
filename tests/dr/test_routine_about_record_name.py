"""A routine is measured against a record only when it names what the record is named for, not when it shares
one incidental word with it.

Found on a public PCI DSS programme (docs/SCORING.md, "Precision changes", drfix9; in sample): a policy line
"acknowledgements held by HR, reconciled monthly" was measured against a provider register because one of the
register's columns is 'Evidence held'; a closure note "remediation reporting required monthly" against a
workbook called 'remediation-and-reassessment' whose dated sheet is two corrective action plans' milestones.
One word of a two-word name, or one column word, does not make a record the log of a routine: such claims are
"not checkable". A record whose name the routine carries (most of its words) is still measured.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR02

D = dt.date
DAYS = [D(2026, 1, 5), D(2026, 2, 20), D(2026, 4, 30), D(2026, 7, 15), D(2026, 10, 1), D(2026, 11, 20)]


def _register(scan):
    # a register of providers with one dated column and a column called 'Evidence held'
    scan.csv("records/provider-register.csv", ["Provider", "Date", "Evidence held"],
             [[f"Provider {i}", d, "Certificate"] for i, d in enumerate(DAYS)])


def _milestones(scan):
    scan.csv("records/remediation-and-reassessment.csv", ["Plan", "Date", "Milestone"],
             [["CAP-07", d, f"Milestone {i}"] for i, d in enumerate(DAYS)])


def _checks(result, word):
    return [(c.claim.activity, c.status, c.detail) for c in result.checks
            if c.rule == "DR02" and word in (c.claim.activity or "")]


def test_dr02_a_routine_sharing_only_a_column_word_is_not_checked_against_the_register(scan):
    scan.write("procedures/Suppliers.md",
               "# Suppliers\n\nEach provider is entered in `records/provider-register.csv`.\n\n"
               "Signed acknowledgements held by HR are reconciled monthly against the directory.\n")
    _register(scan)
    ctx, result = scan.run()
    assert list(DR02.check(ctx)) == []
    (checked,) = _checks(result, "acknowledgement")
    assert checked[1] is ClaimStatus.NOT_CHECKABLE, checked


def test_dr02_a_routine_sharing_one_word_of_a_two_word_name_is_not_checked_against_it(scan):
    scan.write("procedures/Closure.md",
               "# Closure\n\nOpen plans are tracked in `records/remediation-and-reassessment.csv`.\n\n"
               "The acquirer requires remediation reporting monthly.\n")
    _milestones(scan)
    ctx, result = scan.run()
    assert list(DR02.check(ctx)) == []
    (checked,) = _checks(result, "remediation")
    assert checked[1] is ClaimStatus.NOT_CHECKABLE, checked


def test_dr02_a_routine_carrying_the_records_name_is_still_measured(scan):
    scan.write("procedures/Suppliers.md",
               "# Suppliers\n\nEach provider is entered in the provider register.\n\n"
               "The provider register is reviewed monthly.\n")
    _register(scan)
    ctx, result = scan.run()
    (f,) = DR02.check(ctx)
    assert f.related == ("records/provider-register.csv",)
