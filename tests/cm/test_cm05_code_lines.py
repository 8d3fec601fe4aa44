"""CM05's detail counts leave out rules written for a controller, not a person.

A lab page that sets up an aquarium controller told a client it "names 78 concrete details in 401 words (24
time limits, 54 decisions)": the 54 decisions were lines of the controller's program ("If Output Time1-Chill =
ON Then ON", "If Tmp < 16.0 Then OFF", "If Time 08:15 to 20:14 Then OFF"), one per rule, none a decision a
person takes. The details a reader is shown say which are the prose's and which are the program's, with one line
quoted, and no program line is quoted as a decision. What CM05 judges and the verdict's features still read every
anchor (docs/SCORING.md, round 15): only what is said changes.
"""
from __future__ import annotations

from gapscan.nlp.mirroring import analyze_many, code_rule
from gapscan.rules.cm import CM05

from cm_helpers import procedure, run


def _program(prose: str, blocks: int = 1) -> str:
    lines = ["# Night temperature program", "", prose, "", "## Controller program", ""]
    for k in range(1, blocks + 1):
        lines += [f"### Time{k}-Chill", "Set OFF", "", f"If Tmp < 1{k}.5 Then OFF", "",
                  f"If Tmp > 1{k}.5 Then ON", "", f"If Time 0{k}:15 to 1{k}:14 Then OFF", "",
                  f"If Output Time{k}-Heat = ON Then ON", ""]
    return "\n".join(lines) + "\n"


BARE_PROSE = " ".join(
    f"{opening} describes how the night program was first put together for the experiment. Read the whole "
    "page before you begin, so that the settings make sense to you, and keep a note of anything you changed "
    "while you worked through it."
    for opening in ("This page", "The page", "This note", "The note", "This text", "The text", "This guide",
                    "The guide", "This sheet", "The sheet"))


def test_controller_lines_are_not_called_decisions(tmp_path):
    (f,) = run(CM05, procedure(tmp_path, "program.md", _program(BARE_PROSE)))
    # before: "names 5 concrete details in 448 words (1 time limit, 4 decisions): only 2 kinds of detail, ..."
    assert f.message.startswith("names 5 concrete details in ")
    assert ("(none in its prose; 1 time limit, 4 decisions in 4 lines written as a controller's program, such as "
            "'If Tmp < 11.5 Then OFF', not steps a person takes)") in f.message
    assert f.metrics["code_lines"] == 4
    assert f.metrics["anchors_in_code"] == {"duration": 1, "decision": 4}
    assert f.metrics["anchors"]["decision"] == 4  # what the rule judged: unchanged
    assert not any(e.text.startswith("decision:") for e in f.evidence)  # no program line quoted as a decision


def test_prose_decisions_beside_the_program_are_said_as_such(tmp_path):
    prose = BARE_PROSE + " If the reading looks wrong, then reject the run."
    (f,) = run(CM05, procedure(tmp_path, "program.md", _program(prose)))
    found = f.message.split("(", 1)[1].split("; and ", 1)
    assert found[0].endswith("decisions") and not found[0].startswith("none")  # the person's: "If", "reject"
    assert found[1].startswith("1 time limit, 4 decisions in 4 lines written as a controller's program")
    assert any(e.text.startswith("decision:") for e in f.evidence)


def test_without_a_program_the_message_is_as_before(tmp_path):
    text = "# Night temperature program\n\n" + BARE_PROSE + " If the reading looks wrong, then reject " \
           "the run.\n"
    (f,) = run(CM05, procedure(tmp_path, "program.md", text))
    assert "controller" not in f.message and "code_lines" not in f.metrics


def test_the_verdict_features_still_read_every_anchor(tmp_path):
    doc = procedure(tmp_path, "program.md", _program(BARE_PROSE, blocks=6))
    a = analyze_many([doc])["program.md"]
    assert a.anchors["decision"] >= 24 and a.anchors["duration"] >= 6  # unchanged: the model was fitted so
    assert a.code_anchors["decision"] == 24 and a.code_lines == 24


def test_what_reads_as_a_controller_rule():
    assert code_rule("If Tmp < 16.0 Then OFF")
    assert code_rule("If Output Time1-Chill = ON Then ON")
    assert code_rule("If Time 08:15 to 20:14 Then OFF")
    assert code_rule("IF Level >= 80 THEN Pump := FALSE;")
    assert code_rule("Set OFF If Tmp > 16.8 Then OFF")  # two statements a paragraph joined
    # a person's decision, even with a symbol or in title case, is not a program
    assert not code_rule("If the temperature > 25 °C, then stop the line.")
    assert not code_rule("If Yes Then Go To Step 5")
    assert not code_rule("If the seal is damaged, then reject the batch.")
    assert not code_rule("Then set the heater to ON.")
