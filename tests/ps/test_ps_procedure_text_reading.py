"""How PS01 reads a procedure once per run (common.procedure_texts) is cut to the lines and blocks that can
hold what it looks for, and must read the same as the whole text: a list of logs sharing one head noun
("decision, risk, RAID and action-item logs") is looked for only on the lines that end such a list, and the
procedure's lemma keys are the title's, then each block's as the sections read them, then the listed names'.
Each is checked here against the plain reading of the whole text on generated procedures."""
import random
import re
import sys
from pathlib import Path

from gapscan.model import Block, BlockType, Document, Kind, Location, Table
from gapscan.rules.base import Context
from gapscan.rules.ps import common

sys.path.insert(0, str(Path(__file__).parent))
from recbuild import text_doc  # noqa: E402

WORDS = ["decision", "risk", "RAID", "action-item", "change", "near-miss", "the", "site", "Training", "kept",
         "by", "and", "or", "logs", "registers", "records", "lists", "Logs", "REGISTERS", "issue", "x_2", "QF-12",
         "calibration", "inventories", "checklists", "trackers", "owner's", "R&D", "ſite", "—"]
JOINS = [" ", " ", " ", ", ", ", and ", " and ", " or ", ",", "\n", ". ", " - ", "  "]


def _text(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        out.append(rng.choice(WORDS))
        out.append(rng.choice(JOINS))
    return "".join(out)


def _plain_listed(text: str) -> str:
    """common._listed_names as written before: every match of the pattern in the whole text."""
    out = []
    for m in common._LISTED.finditer(text):
        head = m.group(2)[:-3] + "y" if m.group(2).lower().endswith("ies") else m.group(2)[:-1]
        items = [i.strip() for i in re.split(r",\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+", m.group(1))]
        out.extend(f"{item} {head}." for item in items if item)
    return " ".join(out)


def test_listed_names_read_by_line_equal_the_whole_text():
    rng = random.Random(11)
    found = 0
    for n in list(range(1, 40)) * 40 + [400, 2000]:
        text = _text(rng, n)
        assert common._listed_names(text) == _plain_listed(text), text
        found += bool(_plain_listed(text))
    assert found > 200  # the generated texts hold lists, not only text without one


def test_a_list_on_a_long_line_among_others():
    text = ("Scope.\nThe programme keeps decision, risk, RAID, and action-item logs in the folder\n"
            "Nothing here.\nSupplier and customer registers; training and calibration records.")
    assert common._listed_names(text) == _plain_listed(text) == (
        "keeps decision log. risk log. RAID log. action-item log. Supplier register. customer register. "
        "training record. calibration record.")


def test_procedure_keys_are_those_of_the_whole_text():
    rng = random.Random(5)
    docs = []
    for i in range(60):
        blocks = []
        for j in range(rng.randrange(0, 12)):
            loc = Location(line=j + 1)
            kind = rng.random()
            if kind < 0.2:
                blocks.append(Block(type=BlockType.HEADING, text=_text(rng, rng.randrange(0, 5)), location=loc,
                                    level=1))
            elif kind < 0.35:
                header = tuple(_text(rng, 1).strip() or "Name" for _ in range(3))
                rows = tuple(tuple(rng.choice([None, 3.0, 2.5, _text(rng, 2)]) for _ in range(3)) for _ in range(4))
                tbl = Table(header=header, rows=rows, row_numbers=tuple(range(2, 6)), location=loc)
                blocks.append(Block(type=BlockType.TABLE, text="", location=loc, table=tbl))
            else:
                blocks.append(Block(type=BlockType.PARAGRAPH, text=_text(rng, rng.randrange(0, 30)), location=loc))
        docs.append(Document(path=f"procedures/p{i}.md", source=f"/nonexistent/p{i}.md", format="md",
                             title=rng.choice([None, "", _text(rng, 3)]), kind=Kind.PROCEDURE,
                             blocks=tuple(blocks)))
    docs.append(text_doc("procedures/plain.md", ["Decision, risk and RAID logs are kept."], title="Logs"))
    procs = common.procedure_texts(Context(documents=tuple(docs)))
    assert len(procs) == len(docs)
    for doc, proc in zip(docs, procs):
        text = common.document_text(doc)
        listed = _plain_listed(text)
        assert list(proc.keys) == common._keys(f"{text} {listed}" if listed else text), doc.path
        assert proc.sections == common._sections(doc)
    assert "raid" in procs[-1].keys
