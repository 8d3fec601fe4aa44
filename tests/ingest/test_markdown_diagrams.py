"""A Markdown page may draw its process as a diagram in a fence (```mermaid, ```plantuml, ```dot): the labels
of its boxes and arrows are words a reader sees, and a page that is nothing but a diagram must not read as empty.
A fence of source code (bash, yaml, python, or no language given) is not procedure text and stays out."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Status

FLOW = """# Handling a card number found outside the vault

```mermaid
flowchart TD
    %% who does what when a card number turns up
    FIND["Analyst finds a card number<br/>on the file share"] --> LOG{"Logged in the<br/>incident register?"}
    LOG -->|No| OPEN(Open an incident within 24 hours)
    LOG -->|Yes| PURGE[/Purge the file and rescan/]
    OPEN --> PURGE
    PURGE -- "rescan clean" --> CLOSE(["Security lead closes the incident"])
    subgraph VAULT ["Card data vault"]
        TOK[[Tokenisation service]]
    end
    classDef hot fill:#f96,stroke:#333
    class FIND hot
    style CLOSE fill:#bbf
```

The register is reviewed monthly.
"""


def _parse(tmp_path: Path, text: str, name: str = "page.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, name)
    assert doc.status is Status.OK
    return doc


def test_the_labels_of_a_mermaid_flowchart_are_read_at_their_lines(tmp_path: Path) -> None:
    doc = _parse(tmp_path, FLOW)
    drawn = [(b.type, b.text, b.location.line) for b in doc.blocks if b.figure == "mermaid"]
    assert drawn == [
        (BlockType.PARAGRAPH, "Analyst finds a card number on the file share", 6),
        (BlockType.PARAGRAPH, "Logged in the incident register?", 6),
        (BlockType.PARAGRAPH, "No", 7),
        (BlockType.PARAGRAPH, "Open an incident within 24 hours", 7),
        (BlockType.PARAGRAPH, "Yes", 8),
        (BlockType.PARAGRAPH, "Purge the file and rescan", 8),
        (BlockType.PARAGRAPH, "rescan clean", 10),
        (BlockType.PARAGRAPH, "Security lead closes the incident", 10),
        (BlockType.PARAGRAPH, "Card data vault", 11),
        (BlockType.PARAGRAPH, "Tokenisation service", 12),
    ]
    # the page's own text is around it, in order, and carries no figure
    assert doc.blocks[0].text == "Handling a card number found outside the vault" and doc.blocks[0].figure is None
    assert doc.blocks[-1].text == "The register is reviewed monthly." and doc.blocks[-1].figure is None
    # node ids, styling and comments are not words a reader sees
    words = " ".join(b.text for b in doc.blocks)
    for code in ("FIND", "PURGE", "classDef", "fill:", "%%", "flowchart", "<br/>"):
        assert code not in words


def test_sequence_and_state_diagrams_keep_what_they_say(tmp_path: Path) -> None:
    text = ("# Access request\n\n```mermaid\nsequenceDiagram\n    participant U as Requester\n"
            "    participant M as Line manager\n    U->>M: Request access to the payroll system\n"
            "    Note over M: Decides within 2 working days\n    M-->>U: Approval recorded in the access log\n"
            "```\n\n```mermaid\nstateDiagram-v2\n    state \"Awaiting approval\" as A\n"
            "    [*] --> A\n    A --> Granted : manager approves\n```\n")
    doc = _parse(tmp_path, text)
    drawn = [b.text for b in doc.blocks if b.figure == "mermaid"]
    assert drawn == ["Requester", "Line manager", "Request access to the payroll system",
                     "Decides within 2 working days", "Approval recorded in the access log",
                     "Awaiting approval", "manager approves"]


def test_chart_titles_and_slices_are_read(tmp_path: Path) -> None:
    text = ('```mermaid\npie showData\n    title "Findings by status"\n    "Closed on time" : 41\n'
            '    "Overdue" : 3\n```\n\n```mermaid\ngantt\n    title Audit programme\n    dateFormat YYYY-MM-DD\n'
            '    section Stores\n    Audit the north stores :a1, 2026-01-05, 10d\n```\n')
    drawn = [b.text for b in _parse(tmp_path, text).blocks if b.figure]
    assert drawn == ["Findings by status", "Closed on time", "Overdue", "Audit programme", "Stores",
                     "Audit the north stores"]


def test_plantuml_and_dot_labels_are_read(tmp_path: Path) -> None:
    text = ('```plantuml\n@startuml\ntitle Change control\nstart\n:Raise the change request;\n'
            'if (Emergency change?) then (yes)\n  :CAB chair approves by phone;\nendif\nstop\n@enduml\n```\n\n'
            '```dot\ndigraph G {\n  a [label="Supplier evaluated"];\n  a -> b [label="approved"];\n}\n```\n')
    doc = _parse(tmp_path, text)
    assert [(b.figure, b.text) for b in doc.blocks] == [
        ("plantuml", "Change control"), ("plantuml", "Raise the change request"), ("plantuml", "Emergency change?"),
        ("plantuml", "CAB chair approves by phone"), ("dot", "Supplier evaluated"), ("dot", "approved")]


def test_source_code_and_unnamed_fences_stay_out(tmp_path: Path) -> None:
    text = ("# Backups\n\nThe operator checks the backup daily.\n\n```python\ndef check():\n"
            "    \"\"\"The operator signs the log within 1 hour.\"\"\"\n```\n\n```yaml\nreview: monthly\n```\n\n"
            "```\nrestic check --read-data\n```\n")
    doc = _parse(tmp_path, text)
    assert [b.text for b in doc.blocks] == ["Backups", "The operator checks the backup daily."]
    assert all(b.figure is None for b in doc.blocks)


def test_a_label_drawn_twice_is_read_once(tmp_path: Path) -> None:
    text = ('```mermaid\ngraph LR\n  A["Review"] -->|Yes| B["Approve"]\n  C["Rework"] -->|Yes| A\n'
            '  B -->|No| C\n```\n')
    assert [b.text for b in _parse(tmp_path, text).blocks] == ["Review", "Yes", "Approve", "Rework", "No"]


def test_an_unquoted_label_keeps_its_own_brackets(tmp_path: Path) -> None:
    text = "```mermaid\ngraph TD\n  A(Director) --> B(Data Protection Officer (external adviser))\n```\n"
    assert [b.text for b in _parse(tmp_path, text).blocks] == ["Director", "Data Protection Officer (external adviser)"]
