"""CM05 reads "few" as few: a short how-to that names a system or a decision in every line is not reported
for naming only two kinds of detail. On the real corpus (tests/eval/real), every procedure-like document with
fewer than 3 kinds of anchor and at least one anchor per 50 words was labelled operational or mixed by both
annotators (none mirrored); held-out sets had CM05 on git how-tos, lab technique sheets and workshop guides
("names 14 concrete details in 184 words (5 systems, 3 decisions): only 2 kinds of detail") that a consultant
could not defend. A vague text that names three details stays reported."""
from __future__ import annotations

from gapscan.rules.cm import CM05

from cm_helpers import run
from test_cm_rules import VAGUE_WITH_A_FEW_ANCHORS

HOW_TO = """# Publishing the handbook

Anyone who has changed a page can publish it once the change has been read by someone else.

1. Open GitHub and check that the build on the develop branch is green in Jenkins.
2. If the build fails, stop and post the error in Slack before anything else.
3. Merge develop into main in GitHub and wait for Jenkins to publish the pages.
4. If a published page shows the old text, clear the cache in Cloudflare and reload it.
5. If the page is still wrong, revert the merge in GitHub and say so in Slack.
"""


def test_cm05_dense_text_of_two_kinds_is_not_few(make):
    # before: "names 14 concrete details in 93 words (9 systems, 5 decisions): only 2 kinds of detail ..."
    assert run(CM05, make("publish.md", HOW_TO)) == []


def test_cm05_vague_text_naming_three_details_still_reported(make):
    (f,) = run(CM05, make("training.md", VAGUE_WITH_A_FEW_ANCHORS))
    assert f.metrics["anchor_types"] == 2 and sum(f.metrics["anchors"].values()) == 3


def test_cm05_dense_reading_can_be_turned_off(make):
    # a user who wants the old reading sets the density that makes a text "not few" out of reach
    (f,) = run(CM05, make("publish.md", HOW_TO), options={"CM05": {"dense_per_1000_words": 10_000}})
    assert "only 2 kinds of detail" in f.message
