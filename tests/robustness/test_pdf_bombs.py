"""PDF decompression limits: a bomb is refused from its stream bytes, before pdfium or
pdfplumber inflates it, quickly and in little memory; an ordinary PDF is untouched."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gapscan.ingest import parse_file
from gapscan.model import Status

from .bombs import build_flate_bomb_pdf
from .harness import audit_both, paths_of
from .samples import PROCEDURE, write

# Each bomb below costs pdfium (or zlib in one piece) gigabytes; the refusal costs
# the interpreter and a few MiB of inflated pieces (about 30 MB measured).
PEAK_MB = 200

# VmHWM, not ru_maxrss: ru_maxrss keeps the peak of the forked pytest process across exec
_MEASURE = """
import json, sys, time
from pathlib import Path
from gapscan.ingest import parse_file
t0 = time.perf_counter()
doc = parse_file(Path(sys.argv[1]), "bomb.pdf")
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"status": doc.status.value, "error": doc.error, "seconds": time.perf_counter() - t0,
                  "peak_mb": peak / 1024}))
"""


def _parse_in_subprocess(path: Path) -> dict:
    src = Path(__file__).resolve().parents[2] / "src"
    r = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, timeout=120,
                       env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_text_flate_bomb_is_refused_before_pdfium_reads_it(tmp_path):
    # 1 MB on disk, 400 MiB of "(...) Tj" once inflated: 16 million characters on one page
    bomb = build_flate_bomb_pdf(tmp_path / "bomb.pdf", 400)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    out = _parse_in_subprocess(bomb)
    assert out["status"] == "error"
    assert out["error"] == ("PDF stream object 5 shows more than 800,000 bytes of text, over the 200,000 "
                            "characters a page may hold")
    assert out["peak_mb"] < PEAK_MB, out


@pytest.mark.parametrize("kwargs, reason", [
    ({"unit": b"\0"}, "PDF stream object 5 inflates past 32 MB, over the per-stream limit (decompression bomb?)"),
    ({"unit": b" ", "filters": 2, "megabytes": 600},
     "PDF stream object 5 inflates past 32 MB, over the per-stream limit (decompression bomb?)"),
    ({"unit": b"\0", "image": True, "megabytes": 300},
     "PDF image object 5 inflates past 256 MB, over the per-image limit (decompression bomb?)"),
])
def test_size_bombs_name_the_stream_and_the_limit(tmp_path, kwargs, reason):
    kwargs.setdefault("megabytes", 400)
    bomb = build_flate_bomb_pdf(tmp_path / "bomb.pdf", **kwargs)
    out = _parse_in_subprocess(bomb)
    assert (out["status"], out["error"]) == ("error", reason)
    assert out["peak_mb"] < PEAK_MB, out


def test_many_small_streams_hit_the_per_file_limit(tmp_path):
    from gapscan.ingest.base import Limits

    bomb = build_flate_bomb_pdf(tmp_path / "bomb.pdf", 30, unit=b"\0")
    doc = parse_file(bomb, "bomb.pdf", Limits(max_pdf_inflated_bytes=16 * 1024 * 1024))
    assert doc.status is Status.ERROR
    assert doc.error == "PDF streams inflate past 16 MB in total, over the per-file limit (decompression bomb?)"


def test_streams_whose_bounds_pass_the_total_limit_are_measured_before_refusing(tmp_path):
    # 30 MiB of zeros in one image: its stored bytes times Flate's greatest ratio pass a total limit
    # 4 kB over what it inflates to, so only measuring it tells the file is within the limit
    from gapscan.ingest.base import Limits
    from gapscan.ingest.pdf import _FLATE_MOST

    pdf = build_flate_bomb_pdf(tmp_path / "ok.pdf", 30, unit=b"\0", image=True)
    limit = 30 * 1024 * 1024 + 4096
    assert pdf.stat().st_size * _FLATE_MOST > limit
    doc = parse_file(pdf, "ok.pdf", Limits(max_pdf_inflated_bytes=limit))
    assert (doc.status, [b.text for b in doc.blocks]) == (Status.OK, ["Supplier Control Procedure"])
    doc = parse_file(pdf, "ok.pdf", Limits(max_pdf_inflated_bytes=limit - 8192))
    assert doc.error == "PDF streams inflate past 29 MB in total, over the per-file limit (decompression bomb?)"


def test_no_flate_stream_inflates_past_the_ratio_that_lets_a_stream_through_unmeasured():
    # zlib's best case (one byte repeated, level 9) against the bound check_streams trusts
    import zlib

    from gapscan.ingest.pdf import _FLATE_MOST

    for size in (1 << 10, 1 << 16, 1 << 24):
        for unit in (b"\0", b"ab"):
            data = unit * (size // len(unit))
            assert len(data) <= len(zlib.compress(data, 9)) * _FLATE_MOST
            assert len(data) <= len(zlib.compress(zlib.compress(data, 9), 9)) * _FLATE_MOST ** 2


def test_a_small_image_and_text_stay_readable(tmp_path):
    pdf = build_flate_bomb_pdf(tmp_path / "ok.pdf", 1, unit=b"\x80", image=True)
    doc = parse_file(pdf, "ok.pdf")
    assert doc.status is Status.OK
    assert [b.text for b in doc.blocks] == ["Supplier Control Procedure"]


def test_bomb_beside_a_procedure_in_a_run(tmp_path):
    client = tmp_path / "client"
    write(client / "QP-14 Calibration.md", PROCEDURE)
    client.mkdir(exist_ok=True)
    build_flate_bomb_pdf(client / "QP-20 Suppliers.pdf", 400)
    t0 = time.perf_counter()
    _, data, _ = audit_both([client], out_dir=tmp_path / "out")
    docs = paths_of(data)
    assert docs["QP-20 Suppliers.pdf"]["status"] == "error"
    assert "over the 200,000 characters a page may hold" in docs["QP-20 Suppliers.pdf"]["error"]
    assert docs["QP-14 Calibration.md"]["status"] == "ok"
    assert docs["QP-14 Calibration.md"]["kind"] == "procedure"
    assert time.perf_counter() - t0 < 120
