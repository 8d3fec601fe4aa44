"""Help a person can use: choices and examples in --help, rules in plain words, a starter config."""
from __future__ import annotations

import re
import tomllib

import pytest

from gapscan import config as config_mod
from gapscan.rules.registry import RULES

PYTHON_TYPE = re.compile(r"<(?:list\[|str>|path>|int|Path>|bool>|float>)")


def commands() -> list[tuple[str, ...]]:
    """Every command a user can run, sub-commands of a group included (`baseline write`)."""
    import typer.main

    from gapscan.cli import app

    def walk(group, prefix: tuple[str, ...]) -> list[tuple[str, ...]]:
        out = []
        for name, command in sorted(group.commands.items()):
            if hasattr(command, "commands"):
                out += walk(command, prefix + (name,))
            else:
                out.append(prefix + (name,))
        return out

    return walk(typer.main.get_command(app), ())


def test_the_command_list_is_read_from_the_app():
    assert {c[0] for c in commands()} >= {"audit", "check", "rules", "clauses", "diff", "init"}


@pytest.mark.parametrize("command", commands(), ids=" ".join)
def test_every_command_help_has_examples_and_no_python_types(cli, command):
    out = cli(*command, "--help").stdout
    assert not PYTHON_TYPE.search(out), out
    assert "Examples:" in out, f"gapscan {' '.join(command)} --help shows no examples"
    examples = out.split("Examples:", 1)[1]
    assert 2 <= len(re.findall(rf"^\s+gapscan {' '.join(command)}\b", examples, re.M)) <= 3


@pytest.mark.parametrize("command", ["audit", "check"])
def test_choices_are_listed(cli, command):
    out = " ".join(cli(command, "--help").stdout.split())
    assert "--format [terminal|markdown|json|sarif|html|docx|github]" in out
    assert "--fail-on [error|warning|info|never]" in out
    assert "--quiet" in out and "--report-unused-ignores" in out


def test_top_level_help_lists_init_and_examples(cli):
    out = cli("--help").stdout
    assert re.search(r"^\s+init\s+Write a commented starter gapscan.toml", out, re.M)
    assert "gapscan rules CM03" in out.split("Examples:", 1)[1]


def test_every_rule_explains_itself_in_plain_words():
    for rule in RULES:
        parts = rule.explained()
        for key in ("what", "why", "fix", "how"):
            assert len(parts.get(key, "")) >= 40, (rule.code, key)
        assert rule.example.startswith("Finds ") and " Better: " in rule.example, rule.code
        # the plain parts leave the internals to --verbose
        for key in ("what", "why", "fix"):
            assert "min_" not in parts[key] and "default " not in parts[key], (rule.code, key)


@pytest.mark.parametrize("code", [r.code for r in RULES])
def test_rules_code_plain_and_verbose(cli, code):
    rule = next(r for r in RULES if r.code == code)
    plain = cli("rules", code.lower()).stdout
    titles = [line for line in plain.splitlines() if line and not line.startswith(" ")]
    assert titles[1:5] == ["What it finds", "Why it matters", "How to fix it", "Example"]
    assert plain.count(rule.explained()["what"].split()[0] + " " + rule.explained()["what"].split()[1]) == 1
    assert "How it decides" not in plain
    flat = " ".join(plain.split())
    assert " ".join(rule.example.split()) in flat
    verbose = cli("rules", code, "--verbose").stdout
    assert "How it decides" in verbose
    assert " ".join(rule.explained()["how"].split()[:8]).lower() in " ".join(verbose.split()).lower()


def test_init_writes_a_starter_the_loader_accepts(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = cli("init")
    assert r.exit_code == 0, r.stderr
    written = (tmp_path / "gapscan.toml").read_text()
    assert written == config_mod.STARTER
    assert config_mod.load(tmp_path / "gapscan.toml") == config_mod.Config(source=str(tmp_path / "gapscan.toml"))
    # every commented-out setting, switched on, is a valid config too
    on = re.sub(r"(?m)^#(?=\S)", "", written)
    config = config_mod.parse(tomllib.loads(on), source="starter")
    assert config.standard == "iso9001" and config.fail_on == "warning"
    assert config.exclude == ("archive/**", "templates/**")
    assert config.ignores[0].codes == ("CM03", "CM04") and config.ignores[0].reason
    assert config.rules == {"DR02": {"tolerance": 0.25}}

    (tmp_path / "gapscan.toml").write_text("standard = \"iso14001\"\n")
    r = cli("init")
    assert r.exit_code == 2 and "already exists" in r.stderr
    assert (tmp_path / "gapscan.toml").read_text() == "standard = \"iso14001\"\n"
    assert cli("init", "--force").exit_code == 0
    assert (tmp_path / "gapscan.toml").read_text() == config_mod.STARTER
