"""CM05 sees the commands a page shows in its code blocks (kinds19).

A cluster centre's manual pages put every command in fenced blocks ("ps -e", "kill -9 <PID>", "sbatch job.sh")
and were told they "name 2 concrete details in 112 words": the markdown reader dropped code blocks whole. The lines
of a code block are now kept apart from the prose (`Document.code`): CM05 counts a command or a path there as it
does one written inline, and quotes it at its own line. They are not sentences: the prose's word count, its claims
and its verdict are read without them, and a shell comment after a command ("# view top consumers") is the
command's explanation, not part of it. A diagram's source (a mermaid fence) is no command.
"""
from __future__ import annotations

from cm_helpers import procedure, run

from gapscan.rules.cm import CM05, written_details

PAGE = """\
# Managing your processes

Processes you start on a login node are yours to watch and to stop. Read this page before you start, and ask the
help desk if a part is not clear. Jobs on the cluster are not managed with these tools but with the scheduler, so
look at the jobs page for those. These are still useful to pause, background or end what runs on a login node,
and when you work in an interactive session on a compute node.

## Listing processes

```bash
ps -e                  # every process on the machine
ps ux -u <USERNAME>    # the processes a user owns
ps -o %t -p <PID>      # how long a process has run
```

## Ending a process

```
kill -9 <PID>
pkill -u $USER
```

## Running a job script

    sbatch job.sh

```mermaid
graph TD
  start --> login --> node
```
"""


def test_commands_in_code_blocks_are_details_cm05_counts(tmp_path):
    doc = procedure(tmp_path, "processes.md", PAGE)
    found = written_details(doc)
    assert {"ps -e", "ps ux -u <USERNAME>", "kill -9 <PID>", "pkill -u $USER", "sbatch job.sh"} <= {
        c for c in found.get("system", ())}, found
    # the shell comment is no part of the command, and the diagram's lines are no commands
    assert not any("#" in c or "-->" in c for c in found.get("system", ())), found
    # before: "names 1 concrete detail in 80 words": the commands were never read
    assert run(CM05, doc) == []


def test_code_lines_are_quoted_at_their_own_line_and_are_no_prose(tmp_path):
    doc = procedure(tmp_path, "processes.md", PAGE)
    assert [b.location.line for b in doc.code][:3] == [11, 12, 13]
    assert doc.code[0].text.startswith("ps -e")
    assert not any("ps -e" in b.text for b in doc.blocks)  # the prose the claims and the verdict read


def test_a_page_of_prose_and_a_diagram_only_is_still_found(tmp_path):
    text = PAGE.split("## Listing processes")[0] + "```mermaid\ngraph TD\n  a --> b\n```\n"
    findings = run(CM05, procedure(tmp_path, "processes.md", text))
    assert [f.rule for f in findings] == ["CM05"]
