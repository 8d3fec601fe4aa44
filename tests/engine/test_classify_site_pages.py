"""Pages that introduce a site or a folder of documents are not procedures (session 20, kinds20).

Axelisys/policies (held out in session 19, pending rows h081 and h089): the site's README and its index.md say what
the site is, then list its ten policies as links to the pages beside them ("Modern Slavery", "Business Continuity",
"Privacy Policy"), then its licence and how to contribute. Only four of the ten link titles end in a document noun,
so the index rule of round 7 did not fire, and "Open Policy" in the title made both pages procedures. A reader knows
them by the list: every item is one link to a page of the same site, and they are most of the page's lines.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import assert_kind, kind_of

TOPICS = ["Equal Treatment", "Health and Safety Statement", "Continuity of Service", "Forced Labour",
          "Anti-Corruption Policy", "Card Data Policy", "Privacy Notice", "Complaints by Staff", "Conduct",
          "Young Workers"]


def _site_page(title: str) -> str:
    links = "\n".join(f"{n}. [{t}]({t.lower().replace(' ', '_')}.md)" for n, t in enumerate(TOPICS, 1))
    return f"""---
layout: default
title: "{title}"
---

## {title}

This site shares policies a small software firm can adopt and adapt. Anyone may propose a change.

## Contents

{links}

### Licence
Creative Commons Attribution 4.0

### Liability
Whoever uses these pages does so at their own risk and without any warranty from the authors.

### Editing

The pages are written in Markdown. See the [Markdown guide](https://www.markdownguide.org/) for the syntax.

### Contributing
Open an issue first, then a pull request that refers to it.
"""


def test_a_site_readme_listing_its_pages_is_no_procedure(tmp_path):
    assert_kind(tmp_path, "openpolicy/README.md", _site_page("Welcome to the Open Policy Pack"), Kind.OTHER,
                "a contents list: 10 of", "'Equal Treatment'")


def test_a_site_index_listing_its_pages_is_no_procedure(tmp_path):
    # "index" alone as a file name says nothing of its own; the list does
    assert_kind(tmp_path, "openpolicy/index.md", _site_page("Open Policy Pack"), Kind.OTHER)


def test_a_procedure_with_a_list_of_related_pages_stays_a_procedure(tmp_path):
    links = "\n".join(f"- [{t}]({t.lower().replace(' ', '_')}.md)" for t in TOPICS)
    text = f"""# Supplier Onboarding Procedure

## Purpose

This procedure sets out how a new supplier is approved before the first order.

## Steps

1. Send the supplier the questionnaire and ask for their insurance certificate.
2. Check the answers against the approval criteria.
3. Record the decision in the approved supplier list.
4. Tell purchasing that orders may be placed.

The purchasing manager must approve every new supplier. Suppliers shall be reviewed each year.

## Related pages

{links}
"""
    assert_kind(tmp_path, "procedures/supplier-onboarding.md", text, Kind.PROCEDURE)


def test_a_list_of_web_addresses_is_no_contents_list(tmp_path):
    # links out of the site name no page beside it: a policy's reading list stays part of the policy
    links = "\n".join(f"- [{t}](https://example.org/{n})" for n, t in enumerate(TOPICS))
    text = f"""# Open Policy Pack

Each member of staff must read the policies that apply to their role.

## Further reading

{links}
"""
    kind, why = kind_of(tmp_path, "openpolicy/reading.md", text)
    assert "contents list" not in why


POLICIES_README = """# Information Security Policies

**The security policies of Example Ltd, written in our GRC tool and aligned with ISO 27001.**

## Policy Index

| Policy | Description | Status |
|--------|-------------|--------|
| [Access Control Policy](access-control-policy.md) | Who gets access to what, and how it is reviewed | Complete |
| [Incident Management Policy](incident-management-policy.md) | How incidents are detected and handled | Complete |
| [Backup Policy](backup-policy.md) | What is backed up and how often | Draft |

## Policy Structure

| Section | Purpose |
|---------|---------|
| Purpose | Why the policy exists |
| Scope | Whom it covers |

Last updated: January 2025
"""


def test_a_folder_readme_titled_with_a_plural_kind_introduces_its_documents(tmp_path):
    # pending h237 (olusolaxakanji/information-security-grc-portfolio policies/README.md, labelled other): its only
    # procedure sign was "Policies" in its title, tied with the README's own 2 points and read as a procedure
    assert_kind(tmp_path, "policies/README.md", POLICIES_README, Kind.OTHER, "'Policies' in the plural")


def test_a_readme_titled_with_one_policy_keeps_the_tie_as_before(tmp_path):
    text = POLICIES_README.replace("Information Security Policies", "Information Security Policy")
    kind, why = kind_of(tmp_path, "policies/README.md", text)
    assert "in the plural" not in why
