"""A survey's questionnaire written as a list is a form, not a procedure.

Held out (session 23, nodejs/next-10 surveys/*/questions.md): each survey's questions are list items or headings
ending in '?' and a note in brackets ("(multiple choice)", "(single-select question, skip for ...)"), each over the
answers to choose from as list items. With no boxes to tick, nothing read them as a questionnaire; their "Other should
give an input" and a few lines opening with a verb made them procedures (3 PS03 findings on them were wrong). The
text below is written for the test.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import assert_kind

SURVEY = """# Volunteer survey 2026

## About you

- How long have you volunteered with us? (single choice)
  - less than 1 year
  - 1-2 years
  - more than 2 years

- Which teams do you help? (multiple choice - Other should give an input)
  - Kitchen
  - Garden
  - Repair cafe
  - Other

### Is volunteering part of your job? (single-select question, skip for people under 18)

- Yes (please specify which tasks)
- No

## Your time

- How many hours a month do you give?
- What should we change about the rota? (open question)
- Would you recommend us to a friend?
  - Yes
  - No
- Check the box if you would like to hear about training? (optional)
"""

FAQ = """# Frequently asked questions

## How do I book the hall?

Send the booking form to the office at least two weeks before the event. The office confirms by email.

## Who opens the building?

The caretaker opens the building at 8:00 and locks it at 22:00. Hirers must leave by 21:45.

## Can I bring my own food?

Yes. Food must be stored in the kitchen fridge and the kitchen must be cleaned after use.

## What happens if something is broken?

Report it to the caretaker the same day. The caretaker records it in the repair log.

## Are pets allowed?

Only assistance dogs are allowed in the building.

## Is there parking?

There are ten spaces behind the hall; the rest of the car park belongs to the school.
"""


def test_a_survey_of_listed_questions_and_answers_is_a_form(tmp_path):
    assert_kind(tmp_path, "surveys/2026/questions.md", SURVEY, Kind.FORM, "a questionnaire: 7 questions")


def test_an_faq_answering_its_questions_in_paragraphs_is_no_questionnaire(tmp_path):
    got = assert_kind(tmp_path, "faq.md", FAQ, Kind.PROCEDURE)
    assert "questionnaire" not in got


MINUTES = """# Laser Subcommittee Meeting 2021-08-21

-   Attendees: Fletcher, Glynn, Bruce, Nick, Blake
    -   Next meeting: four weeks, third Saturday 14:00?
-   Small laser
    -   cutting 3mm MDF at 25mm/s
    -   clean lens, set height
-   Middle laser
    -   Blake: Reinstalled PC?
    -   Glynn: setting up the controller
        -   X-axis appears to be wired backwards?
-   Big laser
    -   Fletcher: 5 point test cuts, 23mm/s?
        -   Dirty mirror? Cleaned
        -   Mirror alignment? Looks fine
        -   Tube coolant? Clear
        -   Level bed: rear right slipped down?
    -   Empty compressor tanks (needed), water trap (recently done?)
"""


def test_minutes_whose_notes_ask_are_no_questionnaire(tmp_path):
    # regression sets (kinds25): artifactory's laser subcommittee notes were read as questionnaires by a first
    # version of the rule; a question ends its line, and a meeting's record asks no one to fill anything in
    got = assert_kind(tmp_path, "minutes/Lasers/2021-08-21.md", MINUTES, Kind.REVIEW)
    assert "questionnaire" not in got
