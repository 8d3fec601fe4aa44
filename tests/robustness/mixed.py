"""A client folder of valid documents beside one file of every hostile class, each with
what a run must say about it. Shared by tests/robustness/test_mixed.py and bench/mixed_folder.py."""
from __future__ import annotations

import os
from pathlib import Path

from ingest.builders import (build_docx_with_part, build_image_only_pdf, build_pdf, build_procedure_docx,
                             build_register_xlsx, build_zip_bomb)

from .bombs import build_flate_bomb_pdf
from .samples import GERMAN, MIRRORED, PROCEDURE, record_csv, write

_LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(b'<!ENTITY lol%d "%s">' % (n, b"".join(b"&lol%s;" % (b"" if n == 2 else b"%d" % (n - 1))
                                                            for _ in range(10))) for n in range(2, 10))
           + b']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")


def build_valid(root: Path) -> list[str]:
    """The valid documents (one 60 folders deep), relative paths sorted."""
    write(root / "QM-01 Quality Manual.md", MIRRORED)
    write(root / "procedures" / "QP-14 Calibration.md", PROCEDURE)
    write(root / "procedures" / "VA-03 Fehlerhafte Produkte.md", GERMAN)
    (root / "procedures").mkdir(parents=True, exist_ok=True)
    build_procedure_docx(root / "procedures" / "QP-08 Nonconforming product.docx")
    build_pdf(root / "procedures" / "QP-20 Supplier control.pdf", table=True)
    (root / "records").mkdir(parents=True, exist_ok=True)
    write(root / "records" / "QF-11 Calibration log.csv", record_csv(60))
    build_register_xlsx(root / "records" / "QF-21 Supplier register.xlsx")
    write(root.joinpath("archive", *["d"] * 60, "QP-99 Deep.md"), PROCEDURE.replace("QP-14", "QP-99"))
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def build_hostile(root: Path, *, big: bool = True) -> dict[str, str]:
    """One file per hostile class: relative path -> the status it must get ("error" or "skipped").

    big=False leaves out the three large ones (10 MB markdown, 1M-row csv, 400 MiB flate bomb).
    """
    h = root / "hostile"
    h.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def add(path: Path, status: str = "error") -> None:
        expected[path.relative_to(root).as_posix()] = status

    add(write(h / "empty.md", b""))
    add(write(h / "garbage.docx", os.urandom(4000)))
    add(write(h / "garbage.pdf", b"%PDF-1.7\n" + os.urandom(4000)))
    add(write(h / "binary.csv", b"\x00\xff\xfe" * 500))
    add(write(h / "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)), "skipped")
    full = build_procedure_docx(h / "whole.docx")
    add(write(h / "truncated.docx", full.read_bytes()[: full.stat().st_size // 2]))
    full.unlink()
    add(build_zip_bomb(h / "zip bomb.docx", gigabytes=2))
    add(build_docx_with_part(h / "billion laughs.docx", "word/document.xml", _LAUGHS))
    add(build_pdf(h / "encrypted.pdf", encrypt="s3cret"))
    add(build_image_only_pdf(h / "scanned.pdf"))
    add(build_flate_bomb_pdf(h / "flate bomb.pdf", 400 if big else 40, unit=b"(Record it.) Tj\n" if big else b"\0"))
    os.mkfifo(h / "pipe.md")
    add(h / "pipe.md", "skipped")
    if big:
        add(write(h / "identical headings.md", "# 4.1 Context of the organisation\n\n" * 300_000))
        with (h / "million rows.csv").open("w", encoding="utf-8") as fh:
            fh.write("Instrument ID,Calibration date,Result,Technician\n")
            for i in range(999_990):
                fh.write(f"G-{i % 9:03d},2026-{1 + i % 12:02d}-{1 + i % 28:02d},Pass,J. Patel\n")
        add(h / "million rows.csv")
    # shapes the walker must survive without listing: a loop, a link out of the tree
    os.symlink(h, h / "loop")
    os.symlink("/etc/passwd", h / "outside.md")
    return expected
