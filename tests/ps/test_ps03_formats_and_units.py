"""A file format ('PDF', 'XLSX') or a unit written short ('5 yrs', '2 hrs') says how a record is kept or how long
something lasts, not what the work is about: PS03 does not report it as a term the procedure fails to use
(drhold5: a records index whose Format column said 'PDF' 74 times, a training matrix whose Retention column said
'5 yrs' 54 times, both the top 'missing' term)."""
import datetime as dt
import random
from types import SimpleNamespace

from gapscan.model import Link
from gapscan.rules.base import Context
from gapscan.rules.ps import PS03
from recbuild import profile, record_doc, table, text_doc

GENERIC = text_doc("procs/Records.docx", [
    "The organization shall ensure that documented information is retained as appropriate.",
    "Records shall be protected from loss.",
])


def test_formats_and_short_units_are_not_terms_but_the_work_still_is():
    rng = random.Random(3)
    rows = [(dt.date(2025, 1, 1) + dt.timedelta(days=i), rng.choice(["PDF", "XLSX", "DOCX"]),
             rng.choice(["5 yrs", "3 yrs", "10 yrs", "2 hrs"]), rng.choice(["roof truss", "floor joist"]),
             rng.choice(["Hundegger saw", "Weinmann bridge"]), ["Ann Lee", "Bo Chan"][i % 2]) for i in range(120)]
    tbl = table(("Date", "Format", "Retention", "Component", "Machine", "By"), rows)
    path = "records/index.xlsx"
    prof = profile(path, tbl, {"Date": "date", "By": "person", "Format": "status", "Retention": "status",
                               "Component": "status", "Machine": "status"}, entry="Date")
    links = {GENERIC.path: (Link(path=path, via="config", confidence=1.0),)}
    ctx = Context(documents=(GENERIC, record_doc(path, tbl)), records={path: prof}, drift=SimpleNamespace(links=links))
    [f] = PS03.check(ctx)
    terms = {t["term"] for t in f.metrics["missing_terms"]}
    assert not terms & {"pdf", "xlsx", "docx", "yrs", "hrs"}, terms
    assert {"roof truss", "floor joist", "weinmann bridge"} <= terms, terms
