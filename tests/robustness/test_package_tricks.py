"""Tricks a hand-made file or file name can play that earlier sweeps did not try (session 9)."""
from __future__ import annotations

import json
import os
import warnings
import zipfile

from .harness import audit_both, engine_run, paths_of
from .samples import PROCEDURE, docx_file, record_csv, write, xlsx_file


def _good_pair(folder):
    write(folder / "QP-14 calibration.md", PROCEDURE)
    write(folder / "QF-11 calibration log.csv", record_csv())


def _with_part_twice(source, target, part: str, old: bytes, new: bytes):
    """`source` copied with a second member named `part`, its text changed from `old` to `new`."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name: that is the point
        with zipfile.ZipFile(source) as zi, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zo:
            for info in zi.infolist():
                data = zi.read(info)
                zo.writestr(info.filename, data)
                if info.filename == part:
                    assert old in data
                    zo.writestr(part.upper() if part.endswith(".xml") and new == b"" else part,
                                data.replace(old, new or old))
    source.unlink()
    return target


def test_a_part_named_twice_is_refused_in_word_and_excel(tmp_path):
    """zipfile reads the last of two same-named members, Word and calamine may read the first:
    what gapscan checks would not be what the user sees, so the package is refused as damaged."""
    client = tmp_path / "client"
    _good_pair(client)
    build = tmp_path / "build"
    docx_file(build / "base.docx", lambda d: d.add_paragraph("The technician calibrates every 12 months."))
    _with_part_twice(build / "base.docx", client / "QP-15 twice.docx", "word/document.xml",
                     b"calibrates", b"never calibrates")
    xlsx_file(build / "base.xlsx", lambda wb: [wb.active.append(r) for r in (["ID", "Date"], ["G-1", "2026-01-05"])])
    # the second copy differs only in case: OPC part names ignore case
    _with_part_twice(build / "base.xlsx", client / "QF-12 twice.xlsx", "xl/worksheets/sheet1.xml", b"G-1", b"")
    report, data, r = audit_both([client], out_dir=tmp_path / "out")
    for data_ in (data, r.report):
        docs = paths_of(data_)
        assert docs["QP-15 twice.docx"]["status"] == "error"
        assert docs["QP-15 twice.docx"]["error"] == ("damaged Word file: part word/document.xml appears twice in "
                                                      "the package (readers disagree on which copy is the document)")
        assert docs["QF-12 twice.xlsx"]["status"] == "error"
        assert "part XL/WORKSHEETS/SHEET1.XML appears twice" in docs["QF-12 twice.xlsx"]["error"]
        assert docs["QP-14 calibration.md"]["status"] == "ok" and docs["QF-11 calibration log.csv"]["status"] == "ok"


def test_a_file_name_that_is_not_utf8_is_reported_in_every_format(tmp_path):
    """A name with bytes that are not UTF-8 (a Latin-1 file copied from an old share) used to
    end the JSON report half written with a UnicodeEncodeError traceback."""
    client = tmp_path / "client"
    _good_pair(client)
    bad = os.fsdecode(b"QP-16 M\xfcller \xff.md")
    write(client / bad, PROCEDURE.replace("QP-14", "QP-16"))
    write(client / os.fsdecode(b"QF-17 \xe9chec.docx"), os.urandom(300))
    report, data, r = audit_both([client], out_dir=tmp_path / "out")
    for data_ in (data, r.report):
        docs = paths_of(data_)
        assert docs["QP-16 M\\xfcller \\xff.md"]["status"] == "ok"
        assert docs["QP-16 M\\xfcller \\xff.md"]["title"].startswith("QP-16")
        assert docs["QF-17 \\xe9chec.docx"]["status"] == "error"
        assert "not a valid Word file" in docs["QF-17 \\xe9chec.docx"]["error"]
    from gapscan.report import render

    sarif = json.loads(render(report, "sarif"))
    assert sarif["runs"][0]["tool"]["driver"]["name"]
    assert "QF-17 \\xe9chec.docx: not a valid Word file" in render(report, "terminal")
    assert "QF-17 \\\\xe9chec.docx: not a valid Word file" in render(report, "markdown")  # \\ is markdown's \\
    # the bad name as the scanned folder itself
    odd = tmp_path / os.fsdecode(b"client \xff")
    client.rename(odd)
    _, data = engine_run([odd])
    assert data["root"].endswith("client \\xff")
    assert "QP-16 M\\xfcller \\xff.md" in paths_of(data)


def test_csv_with_nul_bytes_and_one_endless_line(tmp_path):
    """A NUL inside a cell reached the finding messages and so the markdown and HTML reports;
    a 3 MB line failed the delimiter sniffing with csv's own 'field larger than field limit
    (131072)' instead of the reason the reader gives for an over-long line."""
    client = tmp_path / "client"
    _good_pair(client)
    write(client / "QF-18 log.csv", b"Instrument ID,Calibration date\n"
          + b"".join(b"G-%d\x00,2026-01-%02d\n" % (i % 3, 1 + i) for i in range(25)))
    with (client / "QF-19 one line.csv").open("wb") as fh:
        fh.write(b"ID,Date,")
        for _ in range(3):
            fh.write(b"x," * (512 * 1024))
    report, data, r = audit_both([client], out_dir=tmp_path / "out")
    from gapscan.report import render

    for fmt in ("markdown", "terminal", "json", "sarif"):
        assert "\x00" not in render(report, fmt) and "\\u0000" not in render(report, fmt), fmt
    docs = paths_of(r.report)
    assert docs["QF-18 log.csv"]["status"] == "ok" and docs["QF-18 log.csv"]["kind"] == "record"
    assert docs["QF-19 one line.csv"]["status"] == "error"
    assert docs["QF-19 one line.csv"]["error"] == "line 1 is over 1024 kB: not a table gapscan can read"
    assert "most common values: G-0, G-1, G-2." in render(report, "markdown")  # the cells without their NUL


def _pdf(objects: list[bytes]) -> bytes:
    out, offsets = b"%PDF-1.5\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def test_pdf_structure_loops_are_errors_with_a_reason(tmp_path):
    """An object stream extending itself made pdfium fail with error code 0, shown to the
    user as 'damaged or unsupported PDF (Success)'; page-tree loops must end too."""
    client = tmp_path / "client"
    _good_pair(client)
    inner = b"<</Type/Pages/Kids[]/Count 0>>"
    objstm = (b"<</Type/ObjStm/N 1/First 4/Extends 3 0 R/Length %d>>\nstream\n4 0 %s\nendstream"
              % (4 + len(inner), inner))
    write(client / "QP-20 objstm.pdf", _pdf([b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[]/Count 0>>",
                                             objstm]))
    write(client / "QP-21 kids loop.pdf", _pdf([b"<</Type/Catalog/Pages 2 0 R>>",
                                                b"<</Type/Pages/Kids[3 0 R 2 0 R]/Count 2>>",
                                                b"<</Type/Pages/Parent 2 0 R/Kids[2 0 R]/Count 1>>"]))
    write(client / "QP-22 count lie.pdf", _pdf([b"<</Type/Catalog/Pages 2 0 R>>",
                                                b"<</Type/Pages/Kids[2 0 R]/Count 1000000>>"]))
    _, data = engine_run([client])
    docs = paths_of(data)
    assert docs["QP-20 objstm.pdf"]["error"] == "damaged or unsupported PDF (pdfium cannot load its structure)"
    assert docs["QP-21 kids loop.pdf"]["error"] == "damaged PDF: page 1 cannot be read"
    assert docs["QP-22 count lie.pdf"]["error"] == "PDF has 1000000 pages, over the 2000 page limit"
    assert docs["QP-14 calibration.md"]["status"] == "ok"


def test_config_naming_rules_that_do_not_exist_is_a_usage_error(tmp_path):
    """`--select ZZ99` was refused but `select = ["ZZ99"]` in .gapscan.toml ran no rule at all and
    exited 0 with a report of no findings: a typo in the config passed as a clean audit."""
    from .harness import cli

    client = tmp_path / "client"
    _good_pair(client)
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    for text, code in (('select = ["ZZ99"]\n', "ZZ99"), ('ignore = ["CM01", "XX"]\n', "XX"),
                       ('[severity]\nQQ01 = "info"\n', "QQ01")):
        write(client / ".gapscan.toml", text)
        r = cli("audit", str(client), json_out=out)
        assert r.returncode == 2, (text, r.stderr)
        assert f".gapscan.toml: unknown rule code '{code}'" in r.stderr and not out.exists()
    write(client / ".gapscan.toml", 'select = ["CM", "DR0"]\n[severity]\nCM01 = "info"\n')
    assert cli("audit", str(client), json_out=out).returncode in (0, 1)
