"""A log whose columns are most of a process's steps is where the steps are checked, before a record that is only
named like the log and holds fewer of them.

Held out on a change-management tracker (cmt, drhold17): the process page lists five steps (submit the request,
assess the risk, review and approve, implement, close); changes.csv has a column for four of them ('Requested Date',
'Risk Level', 'Approval Status', 'Implementation Status'), but the steps were checked against the sample change log
the page names ('update the change log'), which holds two.
"""
from __future__ import annotations

import datetime as dt

PROCESS = """# Change process

1. **Submit change request** – Use the request form to submit the change.
2. **Risk assessment** – Rate the likelihood and impact.
3. **Review and approve** – The board approves the change.
4. **Implementation** – Implement the approved change in the window.
5. **Closure** – Record the result and update the change log.
"""


def test_the_log_with_a_column_per_step_is_chosen(scan):
    scan.write("procedures/change-process.md", PROCESS)
    days = [dt.date(2025, 1, 6) + dt.timedelta(days=7 * i) for i in range(8)]
    scan.csv("records/change-log.csv", ["Change", "Closure date", "Notes"],
             [[f"CH-{i}", d, "ok"] for i, d in enumerate(days)])
    scan.csv("records/changes.csv", ["Change ID", "Requester", "Submit Date", "Risk Level", "Approval Status",
                                     "Implementation Status"],
             [[f"C{i}", "Ann", d, "Low", "Approved", "Done"] for i, d in enumerate(days)])
    _, result = scan.run()
    (check,) = [c for c in result.checks if c.claim.kind == "steps"]
    assert check.record == "records/changes.csv", (check.record, check.detail, result.links)
