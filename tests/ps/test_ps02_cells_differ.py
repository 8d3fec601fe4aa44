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
