"""The digest of a folder tree: names and bytes, to prove a command left the folder it read untouched."""
from __future__ import annotations

import hashlib
from pathlib import Path


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        h.update(str(p.relative_to(folder)).encode())
        if p.is_file() and not p.is_symlink():
            h.update(p.read_bytes())
    return h.hexdigest()
