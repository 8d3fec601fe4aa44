"""A template's blanks: lines that are nothing but placeholders, and {{variable}} cells (session 20, kinds20).

olusolaxakanji/information-security-grc-portfolio templates/policy-template.md (pending h233, labelled form) is a
policy's skeleton: "[Responsibility 1]", "[Describe the procedure in 2-4 sentences or as numbered sub-steps.]",
"**[Requirement 1]:** [Describe the first key requirement.]". Those lines were read as the policy's own sentences
(6 imperative steps, 12 obligations: "Describe ...", "[... will be conducted ...]"), so the skeleton was a
procedure. 2Lines-Software/soc2-compliance compliance/config/scope.md (pending h264, labelled form) is an assessment
scope to fill: its tables' cells are "{{owner_name}}", "{{device_os}}", which were read as filled values.
A line that is nothing but placeholders is a blank to fill, and its words ask the writer, not the reader; a cell
that is one {{variable}} is a placeholder as "[name]" and "<name>" already were.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind_of

POLICY_SKELETON = """# [POLICY NAME]

## A. Purpose

[Say in two or three sentences what the policy sets up and why it exists.]

## B. Scope

This policy covers every department of the company, including:

- Finance
- Operations
- [Add other departments]

## C. Policy Statement

The company will:

1. **[Requirement 1]:** [Describe the first requirement the policy sets.]
2. **[Requirement 2]:** [Describe the second requirement the policy sets.]
3. **[Requirement 3]:** [Describe the third requirement the policy sets.]

## D. Roles and Responsibilities

### [Role 1: e.g., Security Team]
- [Responsibility 1]
- [Responsibility 2]

### [Role 2: e.g., Line Managers]
- [Responsibility 1]
- [Responsibility 2]

## E. Procedures

### E.1 [Procedure 1: e.g., Request and Approval]
[Describe the procedure in a few sentences or as numbered steps. Say who must approve each request.]

### E.2 [Procedure 2: e.g., Periodic Review]
[Describe how the review will be carried out and how often it must happen.]

## F. Monitoring

[Explain what will be monitored and who should act on exceptions.]

## G. Review

This policy will be reviewed every year and approved by its owner.
"""


def test_a_policy_skeleton_of_placeholder_lines_is_a_form(tmp_path):
    kind, why = kind_of(tmp_path, "templates/policy-template.md", POLICY_SKELETON)
    assert kind is Kind.FORM, why
    assert "blank fields to fill" in why
    # the writer's instructions inside the brackets are no steps or obligations of the policy
    assert "imperative" not in why and "obligation" not in why


def test_a_procedure_with_a_few_todo_lines_stays_a_procedure(tmp_path):
    text = """# Calibration Procedure

## Purpose

This procedure sets out how measuring equipment is calibrated.

## Steps

1. Check the calibration label before each use.
2. Send overdue equipment to the approved laboratory.
3. Record the certificate number in the equipment register.
4. Quarantine any instrument found out of tolerance.

The quality manager must review the register every month. Staff shall not use unlabelled equipment.

## Locations

- Main workshop
- [TODO: add the second site]
"""
    kind, why = kind_of(tmp_path, "procedures/calibration.md", text)
    assert kind is Kind.PROCEDURE, why


def test_a_scope_of_variables_to_fill_is_a_form(tmp_path):
    text = """# Assessment Scope

## Organisation
- **Company**: {{company_name}}
- **Assessment date**: {{assessment_date}}
- **Frameworks**: SOC 2 Type I

## Key People
| Name | Role | Email |
|------|------|-------|
| {{owner_name}} | Security Owner | {{owner_email}} |

## Devices
| Device | OS | Encryption |
|--------|----|-----------|
| {{device_name}} | {{device_os}} | {{encryption_status}} |

## Tools
| Tool | Purpose | Data |
|------|---------|------|
| {{saas_tool}} | {{purpose}} | {{sensitivity}} |

## Data Classes
| Level | Description | Examples |
|-------|-------------|----------|
| Critical | Data whose loss would do severe harm | {{critical_examples}} |
| Internal | Business data not for the public | {{internal_examples}} |

## Excluded from Scope
- {{exclusions}}

This scope applies to the systems above; anything not listed is excluded.
"""
    kind, why = kind_of(tmp_path, "compliance/config/scope.md", text)
    assert kind is Kind.FORM, why


def test_tick_boxes_notes_and_wiki_links_are_no_placeholders():
    from gapscan.classify import _only_placeholders

    assert _only_placeholders("[Responsibility 1]")
    assert _only_placeholders("[Requirement 1]: [Describe the first requirement.]")
    assert _only_placeholders("{{exclusions}}")
    assert not _only_placeholders("[x]")
    assert not _only_placeholders("[1]")
    assert not _only_placeholders("[[Incident Procedure]]")
    assert not _only_placeholders("Owner: [Name]")  # a label's blank, counted as before
    assert not _only_placeholders("Send it to [the auditor] today.")
