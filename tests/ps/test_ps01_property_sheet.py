"""PS01 and a sheet of one thing's properties. A held-out farm keeps each lambing's enrichment as a three-column
file, "category,field,value" ("event,lambing_date,2026-04-13", "dam,lpn,...", "dam,BWT,0.35"): one event told
field by field. PS01 called it a shadow record of "68 entries". Rows that each name a field and give its value
are one entry's fields, not entries; a log whose rows are dated stays a log whatever its columns are called."""
from __future__ import annotations

from pathlib import Path

from test_ps_passing_mention import _audit

PROCEDURE = ("# Recording a Lambing\n\nWithin a day of the birth, the shepherd opens a lambing record with the dam, "
             "the sire, the number born and the lambing ease.\n")
FIELDS = [("event", "issue_number", "24"), ("event", "lambing_date", "2026-04-13"), ("event", "number_born", "3"),
          ("dam", "lpn", "6401492020FLE249"), ("dam", "BWT", "0.35"), ("dam", "WWT", "3.07"), ("dam", "NLB", "0.13"),
          ("sire", "lpn", "6401492025FLE141"), ("sire", "BWT", "0.41"), ("sire", "WWT", "2.88"),
          ("sire", "NLB", "0.02"), ("breed_range", "BWT_max", "1.2")]


def _run(tmp_path: Path, text: str):
    files = {"docs/recording-a-lambing.md": PROCEDURE, "reports/2026-04-14-lambing/data.csv": text}
    kinds = {"docs/recording-a-lambing.md": "procedure", "reports/2026-04-14-lambing/data.csv": "record"}
    return _audit(tmp_path, files, kinds, "PS01")


def test_a_sheet_of_fields_and_values_is_not_a_shadow_log(tmp_path: Path):
    text = "\n".join(["category,field,value", *(",".join(r) for r in FIELDS)]) + "\n"
    # before: "data.csv is kept outside the documented system: 12 entries, none with a date ..."
    assert _run(tmp_path, text) == []


def test_a_dated_log_with_a_field_column_stays_a_log(tmp_path: Path):
    # 'Field' here is a paddock: each row is a dated reading
    rows = [f"2026-03-{1 + i:02d},North {i % 3},{40 + i}" for i in range(12)]
    [found] = _run(tmp_path, "\n".join(["Date,Field,Value", *rows]) + "\n")
    assert found.path == "reports/2026-04-14-lambing/data.csv"
