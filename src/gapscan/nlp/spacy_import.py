"""Importing spaCy without its command line: the one place gapscan changes how spaCy is loaded.

`import spacy` runs ``from .cli.info import info`` (spacy/__init__.py, spaCy 3.x), which imports the
whole of spaCy's command line: weasel, requests, urllib3, httpx, jinja2, the download and project
commands. gapscan uses none of them, and they are about a third of spaCy's import (0.3 s of the
0.9 s of CPU a cold `gapscan check` spends importing spaCy; bench/README.md, session 5).

So while spaCy is first imported, `spacy.cli` and `spacy.cli.info` are stand-in modules; as soon as the
import is done they are taken out of `sys.modules` again, so that anything asking for `spacy.cli` later
(`python -m spacy`, models/train.py) gets the real one, imported then. `spacy.info`, the one name
spacy/__init__ takes from the command line, is a function that imports the real one when called.
When spaCy is already imported, or the stand-ins cannot be put in place, this is a plain `import spacy`.
tests/nlp/test_spacy_import.py checks that spaCy works as usual afterwards, command line included.
"""
from __future__ import annotations

import sys
import types


def import_spacy():
    """The spacy module, imported without its command line if it was not imported yet."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy

        return spacy
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package, so that "spacy.cli.info" can be its submodule
    info_module = types.ModuleType("spacy.cli.info")
    info_module.info = info
    package.info = info_module
    stand_ins = {"spacy.cli": package, "spacy.cli.info": info_module}
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        loaded = sys.modules.get("spacy")
        if loaded is not None and getattr(loaded, "cli", None) is package:
            del loaded.cli
    return spacy


def info(*args, **kwargs):
    """spacy.info, from spaCy's command line, imported when it is called."""
    from spacy.cli.info import info as real_info

    return real_info(*args, **kwargs)
