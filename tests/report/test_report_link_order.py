"""Records are listed in the order a reader counts them: the logs of one file by their numbers (§ 2 before § 10)."""
from gapscan.report.common import path_order


def test_logs_of_one_file_are_listed_by_their_numbers():
    paths = ["Logs.md § 10. Device Offboarding Checklist", "Logs.md § 2. Incident Response Log",
             "AI_Evidence_Log.md", "Logs.md § 1. Training Completion Log", "records/log-12.csv", "records/log-3.csv"]
    assert sorted(paths, key=path_order) == [
        "AI_Evidence_Log.md", "Logs.md § 1. Training Completion Log", "Logs.md § 2. Incident Response Log",
        "Logs.md § 10. Device Offboarding Checklist", "records/log-3.csv", "records/log-12.csv"]
