"""The nlp stage's functions called once per piece, sentence or match import nothing when called.

An import statement in a function runs the import machinery at every call (1-3 us, even for a module already
loaded); on the 500-document set these functions are called about 250,000 times (bench/README.md, session 21).
spaCy's names come from `pipeline.spacy_names()`, imported once; gapscan's own from the module's top."""
from __future__ import annotations

import ast
import inspect
import textwrap

import pytest

from gapscan.nlp import claims, mirroring, pipeline

HOT = [
    (claims, "sentence_claims"), (claims, "_doc_claims"), (claims, "_quoted_example"), (claims, "_names_a_form"),
    (claims, "_told_not_stated"), (claims, "_field_list_ok"),
    (mirroring, "_sentences"), (mirroring, "_code_sentences"), (mirroring, "_marked_starts"), (mirroring, "_as_doc"),
    (pipeline, "CueMatcher.__call__"), (pipeline, "CueMatcher._shape_flags"), (pipeline, "GatedMatcher.__call__"),
    (pipeline, "GatedMatcher._matcher_matches"), (pipeline, "GatedMatcher._run_matches"),
    (pipeline, "GatedMatcher._fixed_matches"), (pipeline, "longest_spans"),
]


def _function(module, dotted: str):
    obj = module
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


@pytest.mark.parametrize(("module", "name"), HOT, ids=[f"{m.__name__.split('.')[-1]}.{n}" for m, n in HOT])
def test_hot_function_has_no_import_statement(module, name):
    tree = ast.parse(textwrap.dedent(inspect.getsource(_function(module, name))))
    imports = [ast.unparse(node) for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))]
    assert imports == [], f"{name} imports at every call: {imports}"


def test_spacy_names_are_spacys():
    from spacy import attrs
    from spacy.tokens import Doc, Span

    names = pipeline.spacy_names()
    for attr in ("ENT_IOB", "HEAD", "IDX", "IS_PUNCT", "IS_SPACE", "LOWER", "ORTH", "SENT_START", "SHAPE", "SPACY"):
        assert getattr(names, attr) == getattr(attrs, attr)
    assert names.Doc is Doc and names.Span is Span
    from spacy.util import filter_spans

    assert names.filter_spans is filter_spans
