"""Build labels.csv: the clauses real procedures and our examples declare for themselves.

Reads each procedure of the real corpus (tests/eval/real/manifest.csv; files in --corpus, never
committed) and of examples/, and writes one row per declaration that gapscan.mapping.declared
finds: a reference line, a heading citing its clause, a cross-reference table or list. The
declared clauses are the labels bench/eval_map.py scores the mapping against. A document that cites a
superseded edition (ISO/IEC 27001:2013's "A.9.2.1") is labelled with the current units its citations
convert to (mapping/editions.py), and its rows say which edition it cited.

    python tests/eval/map/build_labels.py --corpus /work/corpus/real/files
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
# no text of the documents: the corpus is public material that is not ours to copy; id and location find it
FIELDS = ("id", "source", "standard", "scope", "how", "section", "clauses", "location", "edition")


def example_files() -> list[tuple[str, Path]]:
    out = []
    for folder in sorted((ROOT / "examples").iterdir()):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    out.append((path.relative_to(ROOT).as_posix(), path))
    return out


def corpus_files(corpus: Path) -> list[tuple[str, str, Path]]:
    rows = list(csv.DictReader((ROOT / "tests/eval/real/manifest.csv").open(encoding="utf-8")))
    return [(r["id"], r["source"], corpus / f"{r['id']}.{r['format']}") for r in rows
            if r["kind"] == "procedure" and (corpus / f"{r['id']}.{r['format']}").is_file()]


def labels(corpus: Path | None) -> list[dict]:
    from gapscan.classify import classify
    from gapscan.ingest import DEFAULT_LIMITS, is_candidate, parse_file
    from gapscan.mapping import declared
    from gapscan.model import Kind

    items = [(id_, source, path) for id_, source, path in (corpus_files(corpus) if corpus else [])]
    items += [(rel, "gapscan/examples", path) for rel, path in example_files() if is_candidate(path)]
    out = []
    for id_, source, path in items:
        doc = classify(parse_file(path, path.name, DEFAULT_LIMITS), {})
        if not doc.ok or doc.kind is not Kind.PROCEDURE:
            continue
        standard = declared.document_standard(doc)
        found, _ = declared.read(doc, standard, blind=True)
        for d in found:
            out.append({"id": id_, "source": source, "standard": standard,
                        "scope": "section" if d.section else "document", "how": d.how, "section": d.section or "",
                        "clauses": " ".join(d.clauses), "location": d.location.describe() if d.location else "",
                        "edition": d.edition or ""})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="folder holding the real corpus files <id>.<ext>")
    parser.add_argument("-o", type=Path, default=HERE / "labels.csv")
    args = parser.parse_args()
    rows = labels(args.corpus)
    with args.o.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} declarations in {len({r['id'] for r in rows})} documents -> {args.o}")


if __name__ == "__main__":
    main()
