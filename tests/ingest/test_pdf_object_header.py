"""check_streams names a refused stream by the last object header ("12 0 obj") before its dictionary, and reads
the stream's filters from after that header. The header is found by searching back from the stream instead of
matching the pattern at every byte of the 4 kB before it; the answer must be the pattern's last match exactly."""
from __future__ import annotations

import random
import re

from gapscan.ingest import pdf

# the pattern check_streams has always used, written out here so that the test does not lean on the module
_HEADER = re.compile(rb"(\d+)\s+\d+\s+obj\b")


def _last_by_pattern(head: bytes):
    found = list(_HEADER.finditer(head))
    return (found[-1].start(), found[-1].end(), found[-1].group(1)) if found else None


def _last(head: bytes):
    m = pdf._last_object_header(head)
    return (m.start(), m.end(), m.group(1)) if m else None


def test_the_last_header_is_the_last_match_of_the_pattern_on_made_up_heads() -> None:
    rng = random.Random(13)
    pieces = [b"0", b"7", b"12", b" ", b"  ", b"\n", b"\r\n", b"\t", b"\x0b", b"\x0c", b"\x1c", b"obj", b"obj",
              b"endobj", b"objx", b"obj_", b"ob", b"j", b"<<", b">>", b"/Filter", b"\x00", b"\xff", b"a", b"_", b"%"]
    for _ in range(20_000):
        head = b"".join(rng.choice(pieces) for _ in range(rng.randrange(0, 24)))
        assert _last(head) == _last_by_pattern(head), head


def test_headers_that_are_nearly_headers() -> None:
    cases = [
        b"", b"obj", b"1 obj", b"1 0obj", b"1 0 obj", b"1 0 objx", b"1 0 obj_", b"1 0 obj1", b"1 0 obj/",
        b"12 0 obj\n<< /Filter /FlateDecode >>\n", b"3 0 obj 4 0 obj", b"3 0 obj4 0 obj", b"x12 0 obj",
        b"1 2 0 obj", b"1  \n 0 \r\n obj", b"1 0 obj 2 0 objx", b"1 0 obj" + b"\x00" * 5000,
        b"9" * 3000 + b" 0 obj", b"5 0 obj << >> stream\nendstream endobj 6 0 obj <<",
    ]
    for head in cases:
        assert _last(head) == _last_by_pattern(head), head
