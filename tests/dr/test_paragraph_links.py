"""A paragraph's link names the record for every claim in the paragraph, not only for the sentence that holds
the link: "The tanks are checked daily by the technician. Entries go into [sheet A](records/sheet_a.csv)."
says where the daily checks are kept; the same link in the next paragraph does not.
(Both already hold on main at 469d51f: a markdown paragraph is one block at one line, and drift._claim_links
reads the links of the claim's block. These guard that reading.)"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus

D = dt.date


def _set(scan, text: str):
    scan.write("procedures/README.md", "# Tank room\n\n" + text)
    days = [D(2026, 1, 5) + dt.timedelta(days=i) for i in range(40)]
    scan.csv("records/sheet_a.csv", ["Date", "Value", "Initials"], [[d, 25.1, "AB"] for d in days])
    scan.csv("records/salt_mixing_usage.csv", ["Date", "Batch", "Volume", "Initials"],
             [[D(2026, 1, 5) + dt.timedelta(days=9 * i), f"B{i}", 50, "CD"] for i in range(4)])


def _freq(scan):
    _, result = scan.run()
    return [(c.record, c.status, c.detail) for c in result.claims["procedures/README.md"] if c.kind == "frequency"]


def test_the_link_of_a_later_sentence_names_the_record_of_the_first(scan):
    _set(scan, "The tanks are checked daily by the technician.\n"
               "Entries go into [sheet A](../records/sheet_a.csv) on the bench.\n")
    assert _freq(scan) == [("records/sheet_a.csv", ClaimStatus.HOLDS, "median interval 1 working days vs 1.0 expected")]


def test_a_link_in_another_paragraph_names_no_record_for_it(scan):
    _set(scan, "The tanks are checked daily by the technician.\n\n"
               "Entries go into [sheet A](../records/sheet_a.csv) on the bench.\n")
    ((record, status, _),) = _freq(scan)
    assert record is None and status is ClaimStatus.NOT_CHECKABLE
