"""A column is typed by its header's words whatever the separator: an export's 'Incident_ID' holds identifiers and
its 'Implementation_Status' a status, as 'Incident ID' and 'Implementation Status' do (held-out binette87 GRC set,
drhold31, session 24: its CSVs name every column in snake_case)."""
from __future__ import annotations

from gapscan.ingest import parse_file
from gapscan.records import profile


def test_snake_case_identifier_and_status_headers_type_their_columns(tmp_path):
    path = tmp_path / "control-library.csv"
    statuses = ["Implemented", "Partially Implemented", "Planned"]
    rows = [f"{100 + i},Control number {i},{statuses[i % 3]}" for i in range(20)]
    path.write_text("\n".join(["Control_ID,Control_Name,Implementation_Status", *rows]) + "\n", encoding="utf-8")
    prof = profile(parse_file(path, path.name))
    assert prof.column("Control_ID").type == "identifier"
    assert prof.column("Implementation_Status").type == "status"
