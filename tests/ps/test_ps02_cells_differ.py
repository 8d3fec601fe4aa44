"""PS02 says, cell by cell, whether two records of the same entries agree. Held out (drhold29, MTN-ISMS-Audit): a risk
register and its scored copy share 15 risks and 11 columns, and the copy calls three risks Medium that the register
calls High; the finding said only that the entries were the same. A consultant defends "two records of the same
risks" by the cells that disagree: the copies have drifted, and a reader of one is misled. Where every cell agrees,
the message says so (a copy kept in step, or made by a program)."""
from __future__ import annotations

from ps_scan import rule_findings, write_csv

TOML = "[kinds]\n\"*.csv\" = \"record\"\n"
HEADER = ["Risk ID", "Asset", "Threat", "Likelihood", "Impact", "Risk Level", "Owner"]


def _risks() -> list[list]:
    return [[f"R{i:03d}", f"Asset {i}", ["Unauthorised access", "Data loss", "Outage"][i % 3], 1 + i % 5,
             1 + (i * 2) % 5, ["Low", "Medium", "High"][i % 3], ["IT Security", "Data Team"][i % 2]]
            for i in range(1, 13)]


def test_the_cells_two_copies_fill_differently_are_named_with_their_places(tmp_path):
    register = _risks()
    copy = [list(row) for row in register]
    copy[6][5] = "Medium" if copy[6][5] != "Medium" else "Low"  # R007's level
    copy[8][3] = 5 if copy[8][3] != 5 else 4  # R009's likelihood
    write_csv(tmp_path / "risk_register.csv", HEADER, register)
    write_csv(tmp_path / "team" / "risk register copy.csv", HEADER, copy)
    (found,) = rule_findings(tmp_path, "PS02", TOML)
    # before: no word of the cells; the message ended with the columns in common
    assert "The copies differ on 2 of the 72 cells they both fill for those entries" in found.message
    assert f"Risk Level of R007: '{register[6][5]}' here, '{copy[6][5]}' there" in found.message \
        or f"Risk Level of R007: '{copy[6][5]}' here, '{register[6][5]}' there" in found.message
    assert found.metrics["cells_compared"] == 72 and found.metrics["cells_differing"] == 2
    assert {(d["id"], d["column"]) for d in found.metrics["differences"]} == {("R007", "Risk Level"),
                                                                            ("R009", "Likelihood")}
    # each differing cell is shown where it is, in both files: R007 is on row 8, its level in column F
    places = {(ev.path, ev.location.cell) for ev in found.evidence}
    assert {("risk_register.csv", "F8"), ("team/risk register copy.csv", "F8"),
            ("risk_register.csv", "D10"), ("team/risk register copy.csv", "D10")} <= places


def test_copies_that_agree_say_so(tmp_path):
    register = _risks()
    write_csv(tmp_path / "risk_register.csv", HEADER, register)
    # the same numbers written another way are the same cells
    write_csv(tmp_path / "team" / "risk register copy.csv", HEADER,
              [row[:3] + [f"{row[3]}.0", row[4]] + row[5:] for row in register])
    (found,) = rule_findings(tmp_path, "PS02", TOML)
    assert "The copies agree on all 72 cells they both fill for those entries." in found.message
    assert found.metrics["cells_differing"] == 0 and found.metrics["differences"] == []


def test_markup_of_one_file_is_no_difference_and_a_late_difference_is_quoted_where_it_is(tmp_path):
    """Regression sets (pci, hipaa): a workbook's cell written 'Physical &amp; Device' against the page's 'Physical &
    Device', and a page's '*(conditional)*' against a workbook's '(conditional)', were counted as differences; two
    long treatments that differ after forty characters were quoted as the same forty characters twice."""
    header = ["Risk ID", "Category", "Rating note", "Treating control"]
    rows = [[f"R-{i:02d}", "Physical & Device", f"2 x {i} = {2 * i} (conditional)",
             f"Three-zone store split Z5 / Z6 / Z7; VLAN {i} only"] for i in range(1, 11)]
    copy = [[r[0], r[1].replace("&", "&amp;"), r[2].replace("(conditional)", "*(conditional)*"), r[3]] for r in rows]
    copy[3][3] = "Three-zone store split Z5 / Z6 / Z7; VLAN 99 only"
    write_csv(tmp_path / "risk_register.csv", header, rows)
    write_csv(tmp_path / "team" / "risk register copy.csv", header, copy)
    (found,) = rule_findings(tmp_path, "PS02", TOML)
    # before: 'differ on 21 of the 30 cells' (every entity and emphasis counted), the treatment quoted as its first 39
    # characters on both sides
    assert "The copies differ on 1 of the 30 cells they both fill for those entries" in found.message
    assert "Treating control of R-04: '… / Z7; VLAN 99 only' here, '… / Z7; VLAN 4 only' there" in found.message
