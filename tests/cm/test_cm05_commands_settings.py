"""CM05 counts the details of a computer's work a person types or checks: commands, settings and paths.

A cluster's user pages and a web application's hardening checklist were told they "name 1 concrete detail in 199
words" or "never name a system": their details are commands ("chmod ug+rx my_file", "squeue -u $USER", "the sprio
command"), settings with their values ("DB_SSL_ENABLED=true", "sslmode=require", "SENTRY_DSN") and where files go
("compliance/evidence/access-review-log.md", "/bigdata/groupname/"). By CM05's own definition these are the things
a reader works with (with what) and where: each can be followed exactly and checked against practice. They count as
systems (a command, a setting) and places (a path), each once. Words that only look like them stay prose: "staging/
prod", "and/or", "mg/kg/day", "24/7", dates, "the following command", "the incident command system".
"""
from __future__ import annotations

import pytest

from cm_helpers import procedure, run

from gapscan.rules.cm import CM05, written_details

FILLER = ("Read the whole page first so that each part makes sense to you before you start. Ask again if a part is "
          "not clear, and note what you changed while you worked through it. ")

CLUSTER = """\
# Working with files on the cluster

Every file has an owner and a group. {filler}

Look at the rights with `ls -la` in your home folder. {filler}

Give yourself and your group the right to read and run a script:

`chmod ug+rx my_file`

Your shared data lives in `/bigdata/groupname/shared/`. {filler}

Check where your jobs are in the queue with the `sprio` command, or list them with `squeue -u $USER --start`.
{filler}
"""

CHECKLIST = """\
# Production hardening checklist

{filler}

- [ ] `NODE_ENV=production` in the deployed environment.
- [ ] `PHI_ENCRYPTION_ENABLED=true`.
- [ ] DB TLS enforced (`DB_SSL_ENABLED=true` or `DATABASE_URL` with `sslmode=require`).
- [ ] `SENTRY_DSN` configured for incident forensics.
- [ ] Access review evidence updated in `compliance/evidence/access-review-log.md`.

{filler}
"""


def test_a_cluster_page_of_commands_and_paths_names_its_details(tmp_path):
    doc = procedure(tmp_path, "files.md", CLUSTER.format(filler=FILLER))
    # before: "names 0 concrete details in ... words": every command and path went uncounted
    assert run(CM05, doc) == []
    found = written_details(doc)
    assert {"ls -la", "chmod ug+rx my_file", "sprio", "squeue -u $USER --start"} <= set(found["system"])
    assert "/bigdata/groupname/shared/" in found["place"]


def test_a_checklist_of_settings_names_its_details(tmp_path):
    doc = procedure(tmp_path, "hardening.md", CHECKLIST.format(filler=FILLER * 3))
    assert run(CM05, doc) == []
    found = written_details(doc)
    # a setting is one detail however it is written (DB_SSL_ENABLED=true, DB_SSL_ENABLED)
    assert {"NODE_ENV", "PHI_ENCRYPTION_ENABLED", "DB_SSL_ENABLED", "DATABASE_URL", "sslmode",
            "SENTRY_DSN"} == set(found["system"])
    assert found["place"] == ("compliance/evidence/access-review-log.md",)


def test_prose_that_looks_like_code_is_not_counted(tmp_path):
    text = ("# Looking after the site\n\n" + FILLER * 3 + "\n\nThe site runs 24/7 in staging/prod and the dose "
            "is 5 mg/kg/day, given on 3/4/2024 and/or later. Run the following command when asked, and follow "
            "the incident command system in an emergency. Our well-known first-aid kit is by the door.\n\n"
            + FILLER * 3 + "\n")
    doc = procedure(tmp_path, "site.md", text)
    assert written_details(doc) == {}


@pytest.mark.parametrize("line, kind, detail", [
    ("Start it with `sshare -A $GROUP --all` to see the group.", "system", "sshare -A $GROUP --all"),
    ("cd ~/projects/run1", "system", "cd ~/projects/run1"),
    ("Set `ENABLE_API_DOCS=false` in production.", "system", "ENABLE_API_DOCS"),
    ("Keep the logs under ./logs/ for a month.", "place", "./logs/"),
    ("Store it as results/2024/summary.csv.", "place", "results/2024/summary.csv"),
])
def test_what_counts(tmp_path, line, kind, detail):
    doc = procedure(tmp_path, "one.md", f"# One\n\n{line}\n")
    assert detail in written_details(doc).get(kind, ())


@pytest.mark.parametrize("line, detail, not_detail", [
    ("Set the number of threads with the flag --cpus-per-task as well.", "--cpus-per-task", "flag --cpus-per-task"),
    ("For more cores use --ntasks in the script.", "--ntasks", "use --ntasks"),
    ("Run it with no -e at the end.", "-e", "no -e"),
])
def test_an_option_in_a_sentence_is_the_detail_without_the_word_before(tmp_path, line, detail, not_detail):
    found = written_details(procedure(tmp_path, "one.md", f"# One\n\n{line}\n")).get("system", ())
    assert detail in found and not_detail not in found


def test_a_formula_is_no_setting(tmp_path):
    doc = procedure(tmp_path, "dilute.md", "# Dilution\n\nWork out the volume from C1V1=C2V2 before you pipette.\n")
    assert "C1V1" not in written_details(doc).get("system", ())


def test_web_addresses_and_wiki_links_are_not_details(tmp_path):
    text = ("# Licensing\n\nSee <http://wiki.example.org/index.php?title=Licensing_Policy> and the page at "
            "https://example.org/docs/site/page.html for the old text.\n\n"
            "- [[Reuse/Laptops/Tips/Dell Tips|Dell Tips]]\n- [[Reuse/Laptops/Tips/PGO Triage|PGO Triage]]\n")
    assert written_details(procedure(tmp_path, "licensing.md", text)) == {}
