"""CM03: an acronym that shortens the standard's own term is the standard's wording, not the organisation's choice.

Seen held out on an ISO/IEC 27001 template pack (cmhold5, Singhhs/OpenGRC-Toolkit's internal audit programme):
"Document non-conformities (NCs) and opportunities for improvement (OFIs)." and "... must implement corrective actions
for any NCs." were taken for the organisation's own rules, because an acronym counts as a system or a name the
organisation chose ("MFA", "AES-256"). These two shorten the standard's terms, defined so on the page, and decide
nothing. An acronym the page defines as something of its own ("the Incident Portal (IP)") still does. The text below
is written for these tests.
"""
from __future__ import annotations

from gapscan.rules.cm import CM03

from cm_helpers import run

STANDARD = """The organization shall determine external and internal issues relevant to its purpose.

Top management shall demonstrate leadership and commitment with respect to the management system.
"""


def _texts(found) -> list[str]:
    return [f.evidence[0].text for f in found]


def test_acronyms_of_the_standards_terms_are_no_choice(make):
    doc = make("audit.md", "# Audit\n\n" + STANDARD + "\n## Reporting\n\n"
               "- Record nonconformities (NCs) and opportunities for improvement (OFIs) found in the audit.\n"
               "- Corrective actions shall be taken for all NCs.\n")
    texts = _texts(run(CM03, doc))
    assert "Record nonconformities (NCs) and opportunities for improvement (OFIs) found in the audit." in texts, texts
    assert "Corrective actions shall be taken for all NCs." in texts, texts


def test_a_hyphenated_term_is_read_by_its_parts(make):
    doc = make("audit.md", "# Audit\n\n" + STANDARD + "\n"
               "Non-conformities (NCs) shall be evaluated for the need for corrective action.\n")
    texts = _texts(run(CM03, doc))
    assert "Non-conformities (NCs) shall be evaluated for the need for corrective action." in texts, texts


def test_an_acronym_the_page_defines_as_its_own_thing_is_still_a_choice(make):
    doc = make("audit.md", "# Audit\n\n" + STANDARD + "\n"
               "Nonconformities shall be recorded in the Audit Tracker (AT).\n\n"
               "Corrective actions for each nonconformity shall be logged in the AT.\n")
    texts = _texts(run(CM03, doc))
    assert not any("AT" in t for t in texts), texts


def test_an_undefined_acronym_is_still_a_choice(make):
    doc = make("audit.md", "# Audit\n\n" + STANDARD + "\n"
               "Corrective actions for nonconformities shall be tracked in JIRA.\n")
    texts = _texts(run(CM03, doc))
    assert not any("JIRA" in t for t in texts), texts
