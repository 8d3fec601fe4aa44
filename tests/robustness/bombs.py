"""Hostile PDFs written byte by byte: a page whose Flate content stream inflates enormously.

The deflate data is built from one unit repeated after full flushes, as the zip bomb in
tests/ingest/builders.py is, so a stream of hundreds of MB costs milliseconds to write.
"""
from __future__ import annotations

import zlib
from pathlib import Path

# One line of showing text: every repeat adds 24 characters to the page for pdfium to place.
_SHOW = b"(Record the result now.) Tj\n"


def _zlib_repeat(unit: bytes, megabytes: int) -> bytes:
    """A zlib stream of `unit` repeated to about `megabytes` MiB."""
    chunk = unit * ((1 << 20) // len(unit))
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    again = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    adler = 1
    for _ in range(megabytes):
        adler = zlib.adler32(chunk, adler)
    return b"\x78\xda" + first + again * (megabytes - 1) + comp.flush() + adler.to_bytes(4, "big")


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def build_flate_bomb_pdf(path: Path, megabytes: int = 400, *, unit: bytes = _SHOW, filters: int = 1,
                         image: bool = False) -> Path:
    """A one-page PDF, title text first, with a stream of `unit` repeated to `megabytes` MiB.

    The stream is the page's second content stream, or with image=True an 8-bit gray image
    the page draws. With filters=2 it is deflated twice (/Filter [/FlateDecode /FlateDecode]).
    """
    # the title rides in a first stream of its own: the bomb is one repeated unit
    head = b"BT /F1 14 Tf 72 760 Td (Supplier Control Procedure) Tj ET\n"
    body = _zlib_repeat(unit, megabytes)
    filter_names = b" ".join([b"/FlateDecode"] * filters)
    if filters > 1:
        body = zlib.compress(body, 9)
    filter_entry = b" /Filter [" + filter_names + b"]"
    if image:
        side = int((len(unit) * ((1 << 20) // len(unit)) * megabytes) ** 0.5)
        second = b"q 200 0 0 200 72 400 cm /Im1 Do Q\n"
        bomb = _stream(body, b" /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
                             b" /BitsPerComponent 8" % (side, side) + filter_entry)
    else:
        second = b"BT /F1 10 Tf 72 700 Td\n"
        bomb = _stream(body, filter_entry)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [4 0 R %s]"
        b" /Resources << /Font << /F1 6 0 R >> /XObject << /Im1 5 0 R >> >> >>" % (b"7 0 R" if image else b"5 0 R"),
        _stream(zlib.compress(head + (b"" if image else second)), b" /Filter /FlateDecode"),
        bomb,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if image:
        objects.append(_stream(zlib.compress(second), b" /Filter /FlateDecode"))
    path.write_bytes(_pdf(objects))
    return path
