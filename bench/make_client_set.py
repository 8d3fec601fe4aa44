"""Generate a large synthetic client document set for timing gapscan.

Default shape (--scale 1): 300 procedures of about 6 pages each (docx and pdf, half
each; a third mirror the standard's clauses, a third are mixed, a third operational)
and 200 working records of 2,000 rows each (xlsx and csv, half each). Procedures name
the records' form codes, so linking and drift have real work to do.

    python bench/make_client_set.py OUT_DIR [--scale 0.1] [--rows 2000] [--pages 6] [--seed 2026]

Speed matters more than fidelity here, so docx and xlsx packages are written as raw
OOXML (the docx styles come from python-docx's own template, so headings and list
styles are real Word styles) and pdfs are drawn straight onto a reportlab canvas.
The output is deterministic for a given seed and shape.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import random
import re
import sys
import textwrap
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from gapscan.model import column_letter

ZIP_TIME = (2026, 11, 26, 9, 0, 0)
START = dt.date(2025, 9, 1)
SPAN_DAYS = 450
EXCEL_EPOCH = dt.date(1899, 12, 30)

CLAUSES = [("4", "Context of the organization"), ("4.1", "Understanding the organization and its context"),
           ("4.2", "Understanding the needs and expectations of interested parties"),
           ("5", "Leadership"), ("5.1", "Leadership and commitment"), ("6", "Planning"),
           ("6.1", "Actions to address risks and opportunities"), ("7", "Support"), ("7.1", "Resources"),
           ("7.2", "Competence"), ("7.5", "Documented information"), ("8", "Operation"),
           ("8.1", "Operational planning and control"),
           ("8.4", "Control of externally provided processes, products and services"),
           ("8.5", "Production and service provision"), ("8.7", "Control of nonconforming outputs"),
           ("9", "Performance evaluation"), ("9.1", "Monitoring, measurement, analysis and evaluation"),
           ("9.2", "Internal audit"), ("9.3", "Management review"), ("10", "Improvement"),
           ("10.2", "Nonconformity and corrective action")]
TOPICS = ["external and internal issues", "the competence of persons", "operational controls",
          "monitoring and measuring resources", "compliance obligations", "nonconforming outputs",
          "external providers", "internal and external communication", "quality objectives",
          "planned changes", "documented information", "customer requirements"]
STANDARD_SPEAK = [
    "The organization shall determine {t} relevant to its purpose and retain documented information as applicable.",
    "Top management shall ensure that arrangements for {t} are established, communicated and maintained.",
    "Documented information on {t} shall be maintained and retained as evidence of conformity.",
    "The needs and expectations of interested parties regarding {t} shall be monitored and reviewed.",
    "Where applicable, the organization shall plan actions to address risks and opportunities related to {t}.",
    "The organization shall evaluate the effectiveness of the actions taken on {t}, as appropriate.",
]
ROLES = ["Quality Manager", "Shift Lead", "Production Manager", "Stores Supervisor", "Metrology Technician",
         "HSE Advisor", "Customer Service Lead", "Maintenance Engineer", "Buyer", "Team Leader"]
SYSTEMS = ["Epicor", "the MES", "the CMMS", "the quality share", "SharePoint"]
MACHINES = ["DMG Mori NLX 2500", "Mazak QTN 250", "Haas VF-4", "Hermle C 42", "Doosan Puma 2600",
            "Okuma LB3000", "Brother Speedio S700"]
PARTS = ["VB-40", "VB-65", "PH-120", "IM-90", "SC-25", "BN-40", "SH-18", "FL-50"]
THINGS = ["first-off part", "coolant concentration", "tool life counter", "torque setting", "bore diameter",
          "surface finish", "label and batch number", "guard interlock", "air pressure", "chip conveyor"]
FIELDS = ["date", "batch", "part number", "result", "initials", "machine", "quantity", "reason", "root cause"]
UNITS = [("days", 7, 60), ("hours", 4, 48), ("weeks", 1, 8), ("months", 1, 12)]
FAILURES = ["chatter marks", "undersize bore", "thread damage", "porosity", "burr on port face",
            "tool breakage", "wrong datum", "surface finish out", "ovality", "handling damage"]
PEOPLE = ["D. Marsh", "K. Hollis", "S. Mistry", "H. Wu", "S. Parfitt", "R. Patel", "G. Whitlock", "T. Nowak",
          "P. Shah", "L. Fenton", "O. Adeyemi", "C. Booth"]
RECORD_KINDS = [
    ("NCR register", ["NCR No", "Date raised", "Part number", "Batch", "Machine", "Nonconformity", "Qty",
                      "Raised by", "Status"]),
    ("Inspection log", ["Ref", "Date", "Part", "Batch", "Machine", "Result", "Qty checked", "Inspector", "Status"]),
    ("Maintenance log", ["Job No", "Date", "Asset", "Batch", "Machine", "Fault", "Hours", "Engineer", "Status"]),
    ("Calibration register", ["Cal No", "Calibration date", "Instrument", "Certificate", "Location", "Result",
                              "Interval months", "Technician", "Status"]),
    ("Scrap log", ["Ref", "Date", "Part no", "Batch", "Machine", "Reason", "Qty scrapped", "Operator", "Status"]),
]


# ---------------------------------------------------------------- text content

def _sentence_operational(rng: random.Random, codes: list[str]) -> str:
    role, role2 = rng.sample(ROLES, 2)
    unit, lo, hi = rng.choice(UNITS)
    code = rng.choice(codes)
    choices = [
        f"The {role} checks the {rng.choice(THINGS)} on the {rng.choice(MACHINES)} every {rng.randint(lo, hi)} "
        f"{unit} and records it on {code}.",
        f"If the {rng.choice(THINGS)} is outside {rng.randint(2, 50)} {rng.choice(['mm', 'Nm', 'bar', '%'])}, "
        f"the {role} stops the batch and raises an NCR in {rng.choice(SYSTEMS)}.",
        f"Each entry on {code} shall include the {', '.join(rng.sample(FIELDS, 3))} and the {role2}.",
        f"Corrective actions on {rng.choice(PARTS)} parts are closed within {rng.randint(lo, hi)} {unit} of the "
        f"NCR being raised.",
        f"The results are approved by the {role} before the batch is released in {rng.choice(SYSTEMS)}.",
        f"When {rng.choice(FAILURES)} is found on a {rng.choice(PARTS)} part, the {role} quarantines the batch "
        f"and escalates to the {role2} within {rng.randint(1, 24)} hours.",
    ]
    return rng.choice(choices)


def _sentence_mirrored(rng: random.Random) -> str:
    return rng.choice(STANDARD_SPEAK).format(t=rng.choice(TOPICS))


def _procedure_blocks(rng: random.Random, style: int, words: int, codes: list[str]) -> list[tuple[str, object]]:
    """style 0 mirrored, 1 mixed, 2 operational; add sections until about `words` words."""
    blocks: list[tuple[str, object]] = []
    count, section = 0, 0
    clause_start = rng.randrange(0, 4)
    while count < words:
        if style == 2:
            heading = rng.choice(["Purpose", "Responsibilities", "Steps", "Checks", "Records", "Escalation",
                                  "Equipment", "Frequency"])
        else:
            number, title = CLAUSES[(clause_start + section) % len(CLAUSES)]
            heading = f"{number} {title}" if style == 0 or rng.random() < 0.6 else rng.choice(
                ["Steps", "Records", "Who does what"])
        blocks.append(("h1" if "." not in heading.split()[0] else "h2", heading))
        section += 1
        for _ in range(rng.randint(2, 4)):
            n = rng.randint(3, 6)
            if style == 0 or (style == 1 and rng.random() < 0.5):
                sentences = [_sentence_mirrored(rng) for _ in range(n)]
            else:
                sentences = [_sentence_operational(rng, codes) for _ in range(n)]
            if style == 2 and rng.random() < 0.4:
                blocks.append(("ol", sentences))
            else:
                blocks.append(("p", " ".join(sentences)))
            count += sum(len(s.split()) for s in sentences)
    return blocks


# ---------------------------------------------------------------- docx (raw OOXML on python-docx's template)

class DocxWriter:
    def __init__(self) -> None:
        from docx import Document

        buffer = io.BytesIO()
        Document().save(buffer)
        with zipfile.ZipFile(buffer) as z:
            self.parts = {name: z.read(name) for name in z.namelist() if not name.endswith(".jpeg")}
        document = self.parts["word/document.xml"].decode("utf-8")
        self.head, rest = document.split("<w:body>", 1)
        self.sect = rest[rest.index("<w:sectPr"):rest.index("</w:body>")]
        ctypes = self.parts["[Content_Types].xml"].decode("utf-8")
        self.parts["[Content_Types].xml"] = ctypes.replace('<Default Extension="jpeg" ContentType="image/jpeg"/>',
                                                           "").encode("utf-8")
        rels = self.parts["_rels/.rels"].decode("utf-8")
        rels = re.sub(r"<Relationship [^>]*thumbnail[^>]*/>", "", rels)
        self.parts["_rels/.rels"] = rels.encode("utf-8")

    @staticmethod
    def _para(text: str, style: str | None = None) -> str:
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    def write(self, path: Path, title: str, blocks) -> None:
        body = [self._para(title, "Title")]
        for kind, payload in blocks:
            if kind == "h1":
                body.append(self._para(payload, "Heading1"))
            elif kind == "h2":
                body.append(self._para(payload, "Heading2"))
            elif kind == "p":
                body.append(self._para(payload))
            elif kind == "ol":
                body.extend(self._para(item, "ListNumber") for item in payload)
        xml = f"{self.head}<w:body>{''.join(body)}{self.sect}</w:body></w:document>"
        _write_zip(path, {**self.parts, "word/document.xml": xml.encode("utf-8")})


def _write_zip(path: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# ---------------------------------------------------------------- pdf (canvas, no layout engine)

def write_pdf(path: Path, title: str, blocks) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    left, top, bottom = 57, height - 60, 60
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    y = top

    def line(text: str, font: str, size: float, leading: float) -> None:
        nonlocal y
        if y - leading < bottom:
            c.showPage()
            y = top
        c.setFont(font, size)
        c.drawString(left, y, text)
        y -= leading

    line(title, "Helvetica-Bold", 17, 26)
    for kind, payload in blocks:
        if kind in ("h1", "h2"):
            y -= 6
            line(payload, "Helvetica-Bold", 13 if kind == "h1" else 11.5, 18)
        elif kind == "p":
            for text in textwrap.wrap(payload, 98):
                line(text, "Helvetica", 10, 13)
            y -= 5
        elif kind == "ol":
            for n, item in enumerate(payload, 1):
                for k, text in enumerate(textwrap.wrap(item, 92)):
                    line((f"{n}. " if k == 0 else "    ") + text, "Helvetica", 10, 13)
            y -= 5
    c.showPage()
    c.save()


# ---------------------------------------------------------------- records

XLSX_STATIC = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'styles" Target="styles.xml"/></Relationships>'),
    "xl/styles.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        '</styleSheet>'),
}


def write_xlsx(path: Path, title: str, header: list[str], rows: list[list]) -> None:
    cols = [column_letter(i) for i in range(len(header))]
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
           f'<row r="1"><c r="A1" t="inlineStr"><is><t>{escape(title)}</t></is></c></row>']
    for r, values in enumerate([header] + rows, start=3):
        cells = []
        for col, v in zip(cols, values):
            if v is None or v == "":
                continue
            if isinstance(v, dt.date):
                cells.append(f'<c r="{col}{r}" s="1"><v>{(v - EXCEL_EPOCH).days}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{col}{r}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{col}{r}" t="inlineStr"><is><t>{escape(str(v))}</t></is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    out.append("</sheetData></worksheet>")
    parts = {name: text.encode("utf-8") for name, text in XLSX_STATIC.items()}
    parts["xl/worksheets/sheet1.xml"] = "".join(out).encode("utf-8")
    _write_zip(path, parts)


def record_rows(rng: random.Random, kind: int, n_rows: int, line: int = 0) -> list[list]:
    """One log of `kind` kept on production line `line`. Each log numbers its rows on from the logs of
    its kind before it, and batch numbers carry their line. In real record sets two registers seldom
    share identifiers (the real corpus: 1 of the 53 pairs of records from one source shares five or
    more, an asset register and the risk register citing its assets; 5 of all 1,275 pairs), while every
    pair of this set's records shared hundreds when each log numbered its rows from 00001 and drew its
    batches from one pool. The logs of one line (one of each kind) still share that line's batches."""
    days = sorted(rng.randrange(SPAN_DAYS) for _ in range(n_rows))
    prefix = RECORD_KINDS[kind][1][0].split()[0].upper()
    rows = []
    for i, offset in enumerate(days):
        day = START + dt.timedelta(days=offset)
        part = rng.choice(PARTS)
        rows.append([f"{prefix}-{line * n_rows + i + 1:05d}", day, f"{part}-{rng.randint(100, 199)}",
                     f"B{day:%y%m}-{line:02d}{rng.randint(100, 999)}", rng.choice(MACHINES), rng.choice(FAILURES),
                     rng.randint(1, 40), rng.choice(PEOPLE),
                     rng.choice(["Open", "Closed", "Closed", "Closed", ""])])
    return rows


def write_csv(path: Path, title: str, header: list[str], rows: list[list], dmy: bool) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([title])
    writer.writerow(header)
    for row in rows:
        row = list(row)
        row[1] = row[1].strftime("%d/%m/%Y") if dmy else row[1].isoformat()
        writer.writerow(row)
    path.write_text(buffer.getvalue(), encoding="utf-8")


# ---------------------------------------------------------------- driver

def generate(out: Path, scale: float = 1.0, rows: int = 2000, pages: int = 6, seed: int = 2026) -> dict:
    """Write the set into `out`; return counts, bytes and seconds."""
    started = time.perf_counter()
    rng = random.Random(seed)
    n_procedures = max(1, round(300 * scale))
    n_records = max(1, round(200 * scale))
    (out / "procedures").mkdir(parents=True, exist_ok=True)
    (out / "records").mkdir(parents=True, exist_ok=True)
    codes = [f"QF-{100 + i}" for i in range(n_records)]
    docx = DocxWriter()
    for i in range(n_procedures):
        style = i % 3
        subject = rng.choice(["Machining", "Inspection", "Purchasing", "Calibration", "Maintenance",
                              "Training", "Despatch", "Goods-in", "Waste", "Permit to work"])
        title = f"SOP-{i + 1:03d} {subject} {['Procedure', 'Control', 'Work Instruction'][style]}"
        own_codes = rng.sample(codes, k=min(3, len(codes)))
        blocks = _procedure_blocks(rng, style, pages * 450, own_codes)
        if i % 2 == 0:
            docx.write(out / "procedures" / f"{title}.docx", title, blocks)
        else:
            write_pdf(out / "procedures" / f"{title}.pdf", title, blocks)
    for i in range(n_records):
        kind = i % len(RECORD_KINDS)
        name, header = RECORD_KINDS[kind]
        title = f"{codes[i]} {name} {i + 1:03d}"
        data = record_rows(rng, kind, rows, line=i // len(RECORD_KINDS))
        if i % 2 == 0:
            write_xlsx(out / "records" / f"{title}.xlsx", title, header, data)
        else:
            write_csv(out / "records" / f"{title}.csv", title, header, data, dmy=i % 4 == 1)
    files = [p for p in out.rglob("*") if p.is_file()]
    return {"procedures": n_procedures, "records": n_records, "rows_per_record": rows, "files": len(files),
            "megabytes": round(sum(p.stat().st_size for p in files) / 1e6, 1),
            "seconds": round(time.perf_counter() - started, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write into (created if missing)")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the 300 procedures / 200 records")
    parser.add_argument("--rows", type=int, default=2000, help="rows per record (default 2000)")
    parser.add_argument("--pages", type=int, default=6, help="approximate pages per procedure (default 6)")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    if args.scale <= 0 or args.rows < 1 or args.pages < 1:
        parser.error("--scale, --rows and --pages must be positive")
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty; give a new or empty folder")
    stats = generate(args.out, scale=args.scale, rows=args.rows, pages=args.pages, seed=args.seed)
    print(" ".join(f"{k}={v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
