"""A file whose own name holds the log mark ' § ' ("Site § North logs.md") is still one file: its logs' keys are
split where the file's path ends, not at the first ' § ', and a log whose heading holds ' § ' keeps its whole name.

Before, rules.ps.common.log_key_parts and records.log_parts cut 'records/Site § North logs.md § Near misses' at
the first mark: the file was 'records/Site', the log 'North logs.md § Near misses', and SH02's finding was said of
a file that does not exist.
"""
from __future__ import annotations

import datetime as dt

from gapscan.records import log_parts
from gapscan.rules.ps.common import log_key_parts, short_name
from gapscan.rules.sh import SH02

from .test_logs_everywhere import _safety_page

D = dt.date


def test_a_log_key_is_split_where_the_file_name_ends():
    assert log_key_parts("records/Site § North logs.md § Near misses") == ("records/Site § North logs.md",
                                                                         "Near misses")
    assert log_key_parts("records/Logs.md § Form § 4 restore tests") == ("records/Logs.md", "Form § 4 restore tests")
    assert log_key_parts("records/Logs.md") == ("records/Logs.md", None)
    assert short_name("records/Site § North logs.md § Near misses") == "Site § North logs.md § Near misses"


def test_the_known_paths_decide_where_a_key_is_split():
    paths = {"records/Site § North logs.md", "records/Plan § 2.md"}
    assert log_parts("records/Site § North logs.md", paths) == ("records/Site § North logs.md", None)
    assert log_parts("records/Site § North logs.md § Near misses", paths) == ("records/Site § North logs.md",
                                                                              "Near misses")
    # a file named without an extension gapscan reads, known by its path
    assert log_parts("records/Plan § 2.md § Log § 4", paths) == ("records/Plan § 2.md", "Log § 4")


def test_sh02_says_its_finding_of_the_file_whose_name_holds_the_mark(scan):
    scan.write("records/Site § North logs.md", _safety_page())
    ctx, _ = scan.run()
    (f,) = SH02.check(ctx)
    assert f.path == "records/Site § North logs.md"
    assert "Site § North logs.md § Near misses" in f.message
    assert {(ev.path, ev.record) for ev in f.evidence} == {("records/Site § North logs.md", "Near misses")}

