"""DR02 says its limit in a client's words: the routine stated and the days allowed with the tolerance, not
"458.5 days (365.2 stated + 25% + 2)", a sum a reader has to decode. The numbers stay."""
from __future__ import annotations

from gapscan.rules.dr import DR02

from .test_rules import _calibration


def test_dr02_limit_names_the_routine_and_the_tolerance(scan):
    (f,) = _calibration(scan, gap=540).findings(DR02)
    # before: "median interval 540 days, over the limit of 458.5 days (365.2 stated + 25% + 2)"
    assert "stated + 25% + 2" not in f.message
    assert ("median interval 540 days, longer than allowed (stated: yearly; allowed up to 458.5 days with the "
            "25% + 2-day tolerance)") in f.message
    # before: "0 of 9 periods of 365.2 days have no entry"
    assert "0 of 9 yearly periods have no entry (0%)" in f.message
