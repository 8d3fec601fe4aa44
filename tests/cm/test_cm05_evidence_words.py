"""CM05's evidence names each detail with the words its message counts it in: "2 time limits" above
"duration: 28 days" (a real makerspace set), "1 form or record" above "form: Product Recall Log" (a real
food-safety set) read as two vocabularies for one count."""
from __future__ import annotations

from gapscan.rules.cm import CM05

from cm_helpers import run

VAGUE_WITH_A_TIME_AND_A_FORM = """# Supplier approval

Suppliers are approved so that the business can be confident in what it buys and in the people it buys from.
Approval is considered carefully and suitable arrangements are put in place where they are thought necessary.
Where appropriate, further information is gathered so that everyone understands what is expected of suppliers.
The effectiveness of the arrangements is considered and improvements are made where they are felt to be needed.
Approved suppliers are reviewed within 28 days of a complaint and the outcome is written on form QF-12.
People are encouraged to raise any concerns about suppliers so that they can be looked at in good time.
"""


def test_cm05_evidence_labels_each_detail_as_the_message_counts_it(make):
    (f,) = run(CM05, make("suppliers.md", VAGUE_WITH_A_TIME_AND_A_FORM))
    assert "time limit" in f.message and "form or record" in f.message, f.message
    labels = [e.text.split(":")[0] for e in f.evidence]
    assert "time limit" in labels and "form or record" in labels, labels
    assert "duration" not in labels and "form" not in labels, labels
