"""PS02 and a copy whose cells sit under the wrong headings. A held-out GRC portfolio (binette87/cybersecurity-portfolio
grc/risk-register/risk-register.html) shows its csv register on a page whose header names ten columns while every row
leaves out the 'Level' cell and ends with an extra one: each cell from 'Level' on sits one heading to the left, as a
browser shows it too, so gapscan reads the page as written. PS02 listed what followed as differences ('Treatment of
RK-001: Open here, Mitigate ... there') without saying why. Where a column of the copy differs on nearly every entry
and says, entry for entry, what another column of the other record says, the message names the two: the copy's cells
are under the wrong heading, not values that drifted."""
from __future__ import annotations

from ps_scan import rule_findings, write_csv

TOML = '[kinds]\n"records/*" = "record"\n'
STATUS = ["Open", "Open", "In Progress", "Closed", "Open", "Accepted"]
TREAT = ["Mitigate", "Transfer", "Mitigate", "Accept", "Avoid", "Mitigate"]


def _set(tmp_path, shifted: bool) -> list:
    rows = [[f"RK-{i:03d}", f"Risk {i}", ["Network", "Identity", "Malware"][i % 3], TREAT[i % 6], STATUS[(i * 5) % 6],
             f"week {i:02d}"] for i in range(1, 13)]
    write_csv(tmp_path / "records" / "risk-register.csv", ["Risk ID", "Risk Title", "Category", "Treatment", "Status",
                                                           "Evidence"], rows)
    head = "".join(f"<th>{h}</th>" for h in ("Risk ID", "Risk Title", "Category", "Level", "Treatment", "Status"))
    body = ""
    for r in rows:
        # the page's generator left out the Level cell and added the evidence at the end
        cells = [r[0], r[1], r[2], r[3], r[4], r[5]] if shifted else [r[0], r[1], r[2], "High", r[3], r[4]]
        body += "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>\n"
    (tmp_path / "records" / "risk-register.html").write_text(
        f"<html><body><h1>Risk register</h1><table>\n<tr>{head}</tr>\n{body}</table></body></html>\n", encoding="utf-8")
    (found,) = rule_findings(tmp_path, "PS02", TOML)
    return found


def test_a_copys_cells_under_the_wrong_heading_are_said_so(tmp_path):
    found = _set(tmp_path, shifted=True)
    # before: "The copies differ on ... (Treatment of RK-001: ... here, ... there; ...)."
    # and no word of why
    assert "'Treatment' here holds what 'Status' holds there" in found.message
    assert found.metrics["shifted_columns"] == [["Treatment", "Status"]]


def test_a_copy_in_step_says_nothing_of_headings(tmp_path):
    found = _set(tmp_path, shifted=False)
    assert "holds what" not in found.message and "shifted_columns" not in found.metrics
