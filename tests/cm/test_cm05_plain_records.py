"""CM05 counts the records, forms and contact points a reader sees named in plain words (issue 8, round 20): a
document the work produces, named by its noun ("payslips", "time-sheets", "invoices", "the minutes"), a record
named by what it is for and what it is ("mutation forms", "the accident book", "personnel files", "a medical
certificate"), where to write or send ("an e-mail address", "PO Box 12", "14 Mill Lane"), and an amount of money
("a fee of £25"). Before, a payroll page naming its payslips, forms and files, and a request page naming an
address and an e-mail, were reported as naming no form, place or system. These are CM05's details only, as the
plain-named roles are (test_cm05_plain_details): the verdict's features keep reading the anchors.

The standard's own words for records stay uncounted ("documented information", "retain records", "evidence"),
and so does a form as a kind or a manner ("any form of harassment", "in written form", "a form")."""
from __future__ import annotations

import pytest

from cm_helpers import procedure, run

from gapscan.rules.cm import CM05


def details(text: str) -> list[tuple[str, str]]:
    from gapscan.nlp.mirroring import own_details
    from gapscan.nlp.pipeline import get_nlp

    return [(s.text, s.label_) for s in own_details(get_nlp()(text))]


@pytest.mark.parametrize("text, expected", [
    ("Staff download their payslips from the app.", ("payslips", "form")),
    ("Some projects ask you to complete time-sheets every week.", ("time-sheets", "form")),
    ("Send the invoices to the finance team.", ("invoices", "form")),
    ("Keep the receipts for every purchase.", ("receipts", "form")),
    ("You will receive a payslip showing your pay.", ("payslip", "form")),
    ("The secretary circulates the minutes within a week.", ("minutes", "form")),
    ("Employees fill in mutation forms for a change of address.", ("mutation forms", "form")),
    ("Sign a self-certification absence form on your return.", ("absence form", "form")),
    ("Report every injury in the accident book.", ("accident book", "form")),
    ("The coordinator keeps the personnel files up to date.", ("personnel files", "form")),
    ("Upload the payment file to the bank each month.", ("payment file", "form")),
    ("Ask your doctor for a medical certificate.", ("medical certificate", "form")),
    ("Visitors sign the visitor book at the gate.", ("visitor book", "form")),
    ("Send requests to requests@example.org before Friday.", ("requests@example.org", "system")),
    ("Write to the Coordinator, PO Box 457, Canberra.", ("PO Box 457", "place")),
    ("Deliver parcels to 14 Mill Lane, not to the shop.", ("14 Mill Lane", "place")),
    ("A late return costs a fee of £25 per day.", ("£25", "quantity")),
    ("Refunds above $100 need a second signature.", ("$100", "quantity")),
])
def test_a_record_form_or_contact_point_named_in_plain_words_is_a_detail(text, expected):
    assert expected in details(text)


@pytest.mark.parametrize("text", [
    # the standard's words for records, and a record every pack names
    "The organization shall retain documented information as evidence of the results.",
    "Records shall be maintained and protected from loss.",
    "Keep the training records of each person.",
    # a form as a kind, a manner or an empty word
    "The company will not tolerate any form of harassment.",
    "Requests must be made in written form or in electronic form.",
    "Use the relevant form and the appropriate form.",
    "Keep an accurate logbook and a standardized checklist in a detailed file.",
    # a card one pays or opens a door with; a head qualifying another noun; a pointer to a record named before
    "Pay by credit card; staff carry access cards at all times.",
    "The central file system holds the section file systems.",
    "Findings are written on the above-mentioned checklists.",
    # a verb before the head, and a kind of file by how much it matters
    "Enable monitoring and retain logs for a year; encrypt sensitive files and back up important files.",
    "Fill in the form and file it.",
    # minutes as time, not the record of a meeting
    "Wait ten minutes, then check the gauge again.",
    "The alarm sounds within 5 minutes of a fault.",
    # a book or a file as a verb
    "Book the room in advance and file the request.",
    "The system logs every login; the coordinator files them weekly.",
    "Driving on public roads forms an essential part of the job.",
    "Facebook suits medium form posts; staff book leave through the manager.",
])
def test_a_records_kind_the_standards_words_or_another_sense_is_no_detail(text):
    assert [d for d in details(text) if d[1] == "form"] == []


PAYROLL = """\
# Payroll service

We use Payrollo for human resources, including salaries and expenses. Employees request leave, fill in mutation
forms for expenses, and download their payslips. The operations coordinator has administrative access and makes
sure the personnel files are kept up to date. The service processes the information and is responsible for
producing the payslips and other reports on salaries and taxes. The operations coordinator transfers the
salaries by uploading the payment file to the bank, and the chief executive releases the payments once they
have been checked against the contract terms that the service keeps for each employee.
"""

REQUESTS = """\
# How to request documents

You must request access to documents in writing. You should send requests to requests@example.org. You can
also send requests by mail to the Requests Coordinator, PO Box 457, Lakeside. Your request must give us enough
information about the documents you would like to access, to allow us to identify them. We will not charge you
a fee for making a request, but we can charge a fee of $20 an hour for processing requests. You can find more
information on the website of the commissioner, who also handles complaints about our decisions.
"""


@pytest.mark.parametrize("name, text", [("payroll.md", PAYROLL), ("requests.md", REQUESTS)])
def test_cm05_reads_a_page_by_the_records_and_contact_points_it_names(tmp_path, name, text):
    assert run(CM05, procedure(tmp_path, name, text)) == []


def test_records_named_in_plain_words_are_not_the_verdicts_anchors(tmp_path):
    from gapscan.nlp.mirroring import analyze

    a = analyze(procedure(tmp_path, "pay.md", "# Pay\n\nYou receive a payslip; keep it with your time-sheets.\n"))
    assert a.anchors["form"] == 0  # the verdict's features read these: unchanged
    assert a.detail_anchors == {"form": 2}
