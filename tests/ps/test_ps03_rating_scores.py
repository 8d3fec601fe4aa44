"""PS03 and a rating written with its score after a space ('Moderate 12', 'High 16', 'Low 6'), not in brackets.
A held-out PCI DSS programme's control-to-risk traceability table gives each risk's baseline so, under the
header 'Baseline': 'moderate' (21 uses) then led the vocabulary two chapters were said to lack. A grade on the
organisation's scale is not what the work is about, however the score beside it is written; the systems the
risks are about still count, and a word that merely follows a number ('Major 3 lines down') is no rating."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings
from test_ps03_rating_values import LEVELS, RISKS, SYSTEMS  # the same register's rows


PROCEDURE = """# Risk Treatment Procedure

## Risk treatment register

The Security Lead records each risk in the risk treatment register with its description, the system
concerned, the treatment chosen, the treatment owner and the baseline rating before treatment, and reviews
open treatments every month with the system owners.
"""



def _ps03(root: Path, baseline) -> list:
    rows = [f"R-{i + 1:02d},{RISKS[i % 6]},{SYSTEMS[i % 6]},Add the control and retest,Sam Ortiz,{baseline(i)}"
            for i in range(18)]
    (root / "risk-treatment-procedure.md").write_text(PROCEDURE, encoding="utf-8")
    (root / "risk-treatment-register.csv").write_text(
        "\n".join(["Risk ID,Risk,System,Treatment,Treatment Owner,Baseline", *rows]) + "\n", encoding="utf-8")
    return rule_findings(root, "PS03", '[kinds]\n"risk-treatment-procedure.md" = "procedure"\n'
                                       '"risk-treatment-register.csv" = "record"\n')


def test_a_rating_followed_by_its_score_gives_no_term(tmp_path):
    found = _ps03(tmp_path, lambda i: f"{LEVELS[i % 6]} {4 + i}")
    assert len(found) == 1
    message = found[0].message
    # before: "keep talking about 'moderate' (12x), 'okta' (...) ..."
    for rating in ("'moderate'", "'high'", "'low'"):
        assert rating not in message
    assert "'okta'" in message and "'terraform'" in message and "'datadog'" in message


def test_words_after_a_rating_and_a_number_are_still_read(tmp_path):
    # not a rating: the value goes on in words after the number
    found = _ps03(tmp_path, lambda i: f"{LEVELS[i % 6]} {4 + i} POI terminals affected")
    assert len(found) == 1
    assert "'poi terminals'" in found[0].message
