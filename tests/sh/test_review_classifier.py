"""The management review classifier on hand-labelled sentences (paperwork / business / neither)."""
import pytest

from gapscan.model import Kind
from gapscan.nlp.review import classify_sentences, classify_text, lemma_key
from recbuild import text_doc

PAPERWORK = [
    "Two minor nonconformities were raised at the surveillance audit in May.",
    "The external audit found no major findings.",
    "Three observations from the certification body remain open.",
    "The internal audit programme is two audits behind schedule.",
    "Auditor comments on clause 7.5 were discussed.",
    "An opportunity for improvement was noted on document numbering.",
    "Nine actions from the previous review are overdue.",
    "The action log shows fourteen open actions.",
    "Outstanding actions were carried forward to the next meeting.",
    "All corrective action status updates were reviewed.",
    "The quality manual was reissued at revision 5.",
    "The document register has been updated.",
    "Document control procedure was revised to add electronic approval.",
    "The quality policy was reviewed and is still suitable.",
    "Controlled documents on the shared drive were checked.",
    "Our ISO 9001 certificate expires in March.",
    "Recertification will take place in the autumn.",
    "The scope of certification remains unchanged.",
    "UKAS accreditation of the certification body was confirmed.",
    "The training matrix is up to date.",
    "Training records for new starters are incomplete.",
    "The skills matrix for the warehouse was signed off.",
    "Induction records were found in the wrong file.",
    "Nonconformance reports were filed correctly.",
    "The previous minutes were accepted.",
    "Audit results were presented by the quality manager.",
    "Fourteen procedures are past their review date.",
    "Obsolete copies were found in the cell and removed.",
]
BUSINESS = [
    "Gross margin fell two points on the bracket range.",
    "Material price increases cut our profit this quarter.",
    "Revenue is 6% behind budget.",
    "Energy costs doubled since January.",
    "We overspent the maintenance budget by 40k.",
    "Throughput on the extrusion line dropped after the changeover.",
    "OEE on press 4 is 61%.",
    "Downtime on the oven was 38 hours in April.",
    "Lead time for painted parts is now nine weeks.",
    "On-time delivery was 84% against a 95% target.",
    "The order book has a backlog of six weeks.",
    "Late deliveries to the Leeds customer continue.",
    "Scrap on the cutting line rose to 5%.",
    "Rework of weld spatter takes two operators full time.",
    "First pass yield improved to 93%.",
    "The same fault on the gearbox seal keeps recurring.",
    "Root cause of the repeat failures is still unknown.",
    "Three breakdowns of the compressor happened this month.",
    "Customer complaints about labelling went up.",
    "Warranty claims from the distributor reached twelve.",
    "The customer satisfaction survey dropped to 7.1.",
    "Overtime is at 15% of hours.",
    "Two vacancies for setters are still unfilled.",
    "Absence on the night shift is high.",
    "Agency staff cover the packing line.",
    "Capacity on the laser is fully booked until July.",
    "On-time in-full delivery was 91% against 95%.",
    "The main supplier delivered 78% on time.",
    "Chatter in the bore on the lathe came back twice this quarter.",
]
NEITHER = [
    "The meeting started at 10:00.",
    "Present: MD, Ops Manager, QM, HR Manager.",
    "Apologies were received from the finance director.",
    "The next meeting is on 14 October.",
    "Coffee was provided.",
    "The minutes were taken by the office manager.",
    "The chair welcomed everyone.",
    "The meeting closed at 12:30.",
    "Room 2 was used.",
    "Any other business: none.",
]
DECISIONS = [
    ("It was agreed to hire two setters.", True),
    ("The board approved the new oven.", True),
    ("We decided to stop the night shift.", True),
    ("Action: JB to quote the second die set by 30/06.", True),
    ("Action - owner QM, due end of May.", True),
    ("Actions were reviewed.", False),
    ("Scrap is still high.", False),
    ("The figures were discussed at length.", False),
]


def _group(text):
    return classify_text(text)[1]


@pytest.mark.parametrize("text", PAPERWORK)
def test_paperwork_sentences(text):
    assert _group(text) == "paperwork", classify_text(text)


@pytest.mark.parametrize("text", BUSINESS)
def test_business_sentences(text):
    assert _group(text) in ("business", "both"), classify_text(text)


@pytest.mark.parametrize("text", NEITHER)
def test_neither(text):
    assert _group(text) is None, classify_text(text)


@pytest.mark.parametrize("text,expected", DECISIONS)
def test_decisions(text, expected):
    assert classify_text(text)[2] is expected


def test_sentence_count_and_accuracy_overall():
    labelled = [(t, "paperwork") for t in PAPERWORK] + [(t, "business") for t in BUSINESS] + [(t, None) for t in NEITHER]
    assert len(labelled) >= 60
    right = sum(1 for t, want in labelled if (_group(t) in ("business", "both")) == (want == "business")
                and (_group(t) is None) == (want is None))
    assert right / len(labelled) >= 0.95


def test_classify_sentences_splits_and_keeps_locations():
    doc = text_doc("mr/review.docx", ["Scrap rose to 5%. The certificate was renewed. Lunch was served."],
                   kind=Kind.REVIEW, headings=["Audit findings"])
    out = classify_sentences(doc)
    assert [s.group for s in out] == ["business", "paperwork", None]
    assert all(s.location.line == 2 for s in out)  # the heading is line 1 and not classified


def test_attendance_lines_are_not_discussion():
    doc = text_doc("mr/review.docx", ["Present: MD, Customer Service Lead, QM.", "Apologies: Finance Director.",
                                      "Complaints rose to nine."], kind=Kind.REVIEW)
    out = classify_sentences(doc)
    assert [s.text for s in out] == ["Complaints rose to nine."]
    assert out[0].topics == ("customers",)


def test_lemma_key_folds_inflections():
    assert lemma_key("complaints") == lemma_key("complaint")
    assert lemma_key("agreed") == lemma_key("agree")
    assert lemma_key("deliveries") == lemma_key("delivery")
    assert lemma_key("stopped") == lemma_key("stop")
    assert lemma_key("findings") == lemma_key("finding") != lemma_key("find")
