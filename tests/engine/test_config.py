"""Config discovery and validation: every mistake is a one-line ConfigError."""
from __future__ import annotations

import datetime as dt

import pytest

from gapscan.config import ConfigError, discover, load, parse
from gapscan.model import Kind, Severity


def test_full_config_parses(tmp_path):
    path = tmp_path / "gapscan.toml"
    path.write_text("""
standard = "ISO 14001"
audit_dates = ["2026-03-17", 2025-03-18]
exclude = ["archive/**"]
fail_on = "warning"
[kinds]
"forms/**" = "form"
[severity]
cm05 = "info"
[[links]]
procedure = "p.md"
record = "r.csv"
[dates]
"r.csv:Raised" = "mdy"
[rules.DR02]
tolerance = 0.3
""")
    cfg = load(path)
    assert cfg.standard == "iso14001"
    assert cfg.audit_dates == (dt.date(2025, 3, 18), dt.date(2026, 3, 17))
    assert cfg.kinds == (("forms/**", Kind.FORM),)
    assert cfg.severity == {"CM05": Severity.INFO}
    assert cfg.links == (("p.md", "r.csv"),)
    assert cfg.dates == {"r.csv:Raised": "mdy"}
    assert cfg.rules["DR02"]["tolerance"] == 0.3


@pytest.mark.parametrize("data, message", [
    ({"colour": 1}, "unknown key 'colour'"),
    ({"audit_dates": ["17/03/2026"]}, "not YYYY-MM-DD"),
    ({"fail_on": "sometimes"}, "fail_on must be one of"),
    ({"kinds": {"x/*": "manual"}}, "is not one of"),
    ({"severity": {"CM01": "fatal"}}, "unknown severity"),
    ({"links": [{"procedure": "p.md"}]}, "needs exactly procedure"),
    ({"dates": {"r.csv": "dd/mm"}}, "must be one of dmy"),
    ({"standard": "ISO 9999"}, "unknown standard"),
])
def test_mistakes_are_named(data, message):
    with pytest.raises(ConfigError, match=message):
        parse(data)


def test_discovery_walks_up_and_reads_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.gapscan]\nfail_on = "info"\n')
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    found = discover(sub)
    assert found == (tmp_path / "pyproject.toml").resolve()
    assert load(found).fail_on == "info"
    (sub / ".gapscan.toml").write_text('fail_on = "never"\n')
    assert load(discover(sub)).fail_on == "never"


def test_bad_toml_is_a_config_error(tmp_path):
    path = tmp_path / "gapscan.toml"
    path.write_text("this is = = not toml")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load(path)
