"""Parallel-system rules (PS): the real system living beside the official one.

One module per rule (ps01 shadow records, ps02 duplicate recording, ps03 vocabulary gap) and
`common` for what they share with each other and with the SH rules.
"""
from gapscan.rules.ps.common import (header_location, latest_row, newest_date, record_profiles, row_text,
                                     short_name)
from gapscan.rules.ps.ps01 import PS01
from gapscan.rules.ps.ps02 import PS02
from gapscan.rules.ps.ps03 import PS03

RULES = (PS01, PS02, PS03)

__all__ = ["RULES", "PS01", "PS02", "PS03", "header_location", "latest_row", "newest_date", "record_profiles",
           "row_text", "short_name"]
