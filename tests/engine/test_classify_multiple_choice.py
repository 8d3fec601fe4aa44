"""A survey's questionnaire, each question a heading over boxes to tick, is a form, not a procedure.

The shape held out on an open-source project's governance repository (nodejs/TSC@0e35767,
surveys/promise-rejections/survey.md, drhold22 in docs/SCORING.md): a user survey opens with two sections that
explain the subject, then asks ten numbered questions, each a heading ending in "?" over a list of unticked boxes
("* [ ] async functions"). It was read as a procedure (its explanations' "you should" and "use"), its answer
options became "steps", and PS03 tied it to the exported answers by resemblance. A page of question headings
with prose answers (a FAQ) and a procedure with a checklist under its steps' headings are not questionnaires.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind as _kind, kind_of

INTRO = """# Widget cache survey

The widget cache keeps parsed widgets in memory. You should clear it when the schema changes, and you must
restart the worker after a clear. We want to learn how teams use the cache before we change its default.

## What is a cache miss?

A miss happens when a widget is not in memory. The worker then reads it from disk and stores it. Use the
`--stats` flag to see the misses. Set the size with `--cache-size` and check the log for evictions.

## What is an eviction?

An eviction drops the oldest widget when the cache is full. The worker must log each eviction, and a service that
depends on a widget being in memory must handle its absence. To see evictions as they happen:

1. Start the worker with `--stats`.
2. Open the statistics page of the worker.
3. Filter the log on the word "evicted".
4. Compare the count with the number of widgets parsed that hour.

The statistics page shows the hit rate, the miss rate, the number of widgets in memory and the time each widget
was last read. The log keeps the name of each widget evicted, the reason and the size freed, so that a team can
see which of its widgets were dropped first and why the cache filled up on a busy day.

"""

QUESTIONS = [
    ("1. Which cache size do you use?", ["The default", "A larger size", "A smaller size", "I do not know"]),
    ("2. How do you clear the cache today?", ["With the clear command", "By restarting the worker", "I never clear it"]),
    ("3. Do you read the cache statistics? If so, how often?", ["Every day", "Every week", "Never"]),
    ("4. Which kinds of services use the cache? (tick all that apply)", ["Web servers", "Batch jobs", "Tests",
                                                                        "Other (please describe)"]),
    ("5. What should happen when the cache is full?", ["Drop the oldest widget", "Refuse new widgets",
                                                      "Grow without limit"]),
]


def _survey(box: str = "[ ]", heading: bool = True) -> str:
    out = INTRO
    for question, options in QUESTIONS:
        out += (f"## {question}\n\n" if heading else f"{question}\n\n") + \
            "".join(f"* {box} {o}\n" for o in options) + "\n"
    return out


FAQ = INTRO + "".join(f"## {q}\n\nThe answer is in the operations guide, section {i}; ask the platform team if it is "
                      f"not clear.\n\n" for i, (q, _) in enumerate(QUESTIONS, 1))

PROCEDURE = """# Widget cache clearing procedure

## Purpose

How the on-call engineer clears the widget cache after a schema change.

## Before the clear

* [ ] Announce the clear in the operations channel
* [ ] Check that no batch job is running
* [ ] Take a copy of the cache statistics

## The clear

* [ ] Run the clear command on each worker
* [ ] Restart each worker
* [ ] Check the log for errors

## After the clear

* [ ] Confirm the miss rate falls within an hour
* [ ] Record the clear in the change log
"""


def test_questions_over_boxes_to_tick_are_a_questionnaire(tmp_path):
    got, why = kind_of(tmp_path, "surveys/cache/survey.md", _survey())
    assert got is Kind.FORM, why


def test_ticked_answers_are_not_a_blank_questionnaire(tmp_path):
    assert _kind(tmp_path, "surveys/cache/survey.md", _survey("[x]")) is not Kind.FORM


def test_question_headings_with_prose_answers_are_not_a_questionnaire(tmp_path):
    assert _kind(tmp_path, "docs/cache-faq.md", FAQ) is not Kind.FORM


def test_checklist_under_steps_headings_stays_a_procedure(tmp_path):
    assert _kind(tmp_path, "procedures/cache-clearing.md", PROCEDURE) is Kind.PROCEDURE
