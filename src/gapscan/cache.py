"""A content-hash cache of per-document results, kept in the user's cache folder.

What is cached, each under a key made of everything that changes it:

- ``parse``: the Document a file parses to (its bytes, its path in the set, the limits);
- ``kind``, ``mirroring``, ``claims``, ``profile``: what classification and the analysis stages
  make of one document (its parse key, its kind, and the settings each stage reads);
- ``report``: the cross-document result of a whole run (findings, links, summary), keyed by
  every document's key, the options and the config, so an unchanged rerun skips those stages.

Every key also holds the gapscan version and a fingerprint of the package's own files (code,
clause catalogues, the shipped models), so an upgrade or an edited model never meets an old
entry. Entries are JSON written by a codec driven by the dataclasses' own field types (never
pickle: the folder may be shared, and loading must not run code). Each entry names its format,
its kind and its key; one that does not match, or does not decode, is ignored and rebuilt.
Writes go to a temporary file and are renamed into place, so a killed run leaves no half entry.
The folder is kept under a size bound by deleting the least recently used entries.

A parsed document's blocks are most of its entry and most of the time of reading it back, and a
rerun whose run-wide result is cached needs them only for the few documents a report quotes. So
an entry may keep some fields apart (`defer`): they stay JSON bytes until first read (see Stored).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import gc
import hashlib
import json
import logging
import os
import sys
import tempfile
import types
import typing
from collections.abc import Mapping as AbcMapping
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from gapscan import __version__

FORMAT = 1  # the entry layout; bumped when this module writes entries differently
DEFAULT_MAX_BYTES = 500 * 1024 * 1024
ENV_DIR = "GAPSCAN_CACHE_DIR"
ENV_MAX_MB = "GAPSCAN_CACHE_MAX_MB"
KINDS = ("parse", "kind", "mirroring", "claims", "profile", "report")
_log = logging.getLogger("gapscan.cache")


MISS = object()  # what Cache.get returns for an entry it does not have (a stored value may be None)


class Unencodable(TypeError):
    """A value the codec has no faithful JSON form for: the entry is not written."""


# ---------------------------------------------------------------------------- where

def default_dir() -> Path:
    """$GAPSCAN_CACHE_DIR, else the platform's user cache folder for gapscan."""
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env).expanduser()
    try:
        from platformdirs import user_cache_path
    except ImportError:  # platformdirs is a declared dependency; an environment without it still runs
        if sys.platform == "darwin":
            return Path.home() / "Library" / "Caches" / "gapscan"
        if os.name == "nt":
            return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "gapscan" / "Cache"
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "gapscan"
    return user_cache_path("gapscan", appauthor=False)


def max_bytes() -> int:
    try:
        return int(float(os.environ[ENV_MAX_MB]) * 1024 * 1024)
    except (KeyError, ValueError):
        return DEFAULT_MAX_BYTES


# ---------------------------------------------------------------------------- keys

# The libraries whose output becomes a cached value: a new release may read a file differently.
LIBRARIES = ("spacy", "pdfplumber", "pdfminer.six", "pypdfium2", "python-docx", "python-calamine", "openpyxl",
             "markdown-it-py", "lxml", "charset-normalizer", "rapidfuzz")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hash of gapscan's version, every file it ships (code, data, the sentence model) and the
    versions of the libraries that read files and text for it."""
    from importlib import metadata

    import gapscan
    from gapscan.nlp.sentence_model import model_path

    h = hashlib.sha256(f"gapscan {__version__} cache {FORMAT} python {sys.version_info[:2]}".encode())
    for name in LIBRARIES:
        try:
            h.update(f"{name} {metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name} absent\n".encode())
    roots = [Path(gapscan.__file__).resolve().parent]
    model = model_path()
    if model is not None and not model.is_relative_to(roots[0]):
        roots.append(model)
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                           and p.suffix != ".pyc"):
            h.update(path.relative_to(root).as_posix().encode() + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def key(*parts: Any) -> str:
    """A key from plain values (strings, numbers, tuples, dataclasses such as Limits)."""
    h = hashlib.sha256(fingerprint().encode())
    for part in parts:
        h.update(b"\x1f" + json.dumps(_plain(part), sort_keys=True, default=str).encode())
    return h.hexdigest()


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, AbcMapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


# ---------------------------------------------------------------------------- the codec

@contextmanager
def gc_paused():
    """The garbage collector held off while a large acyclic structure is built (a run's analysis:
    about 90,000 objects), so it does not walk every live object again and again meanwhile; a
    quarter of an unchanged rerun's CPU on the 500-document set."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def encode(value: Any, hint: Any) -> Any:
    """`value` as JSON-ready data, read back exactly by decode(data, hint)."""
    return _codec(hint)[0](value)


def decode(data: Any, hint: Any) -> Any:
    return _codec(hint)[1](data)


_NATIVE = (str, int, float, bool, type(None))


def _any_encode(v: Any) -> Any:
    """A value typed Any (or a union of plain types): tagged where JSON would lose its type."""
    t = type(v)
    if t in _NATIVE:
        return v
    if t is dt.datetime:
        return {"~dt": v.isoformat()}
    if t is dt.date:
        return {"~d": v.isoformat()}
    if t is list:
        return [_any_encode(x) for x in v]
    if t is tuple:
        return {"~t": [_any_encode(x) for x in v]}
    if t is dict:
        return {"~m": [[_any_encode(k), _any_encode(x)] for k, x in v.items()]}
    raise Unencodable(f"no cache form for a {t.__name__} value")


def _any_decode(v: Any) -> Any:
    t = type(v)
    if t is list:
        return [_any_decode(x) for x in v]
    if t is not dict:
        return v
    (tag, inner), = v.items()
    if tag == "~d":
        return dt.date.fromisoformat(inner)
    if tag == "~dt":
        return dt.datetime.fromisoformat(inner)
    if tag == "~t":
        return tuple(_any_decode(x) for x in inner)
    if tag == "~m":
        return {_any_decode(k): _any_decode(x) for k, x in inner}
    raise ValueError(f"unknown tag {tag!r}")


def _encode_rows(rows: tuple) -> list:
    """Table rows of cells (str, int, float, bool, None, date, datetime) as [rows, marks]: the rows
    as JSON lists with dates in ISO form, and the marks [row, column, 0 for a date or 1 for a
    datetime, ...] of those cells. Tens of thousands of rows then decode in C, not cell by cell."""
    out = []
    marks: list[int] = []
    for r, row in enumerate(rows):
        if type(row) is not tuple:
            raise Unencodable(f"expected a row tuple, got {type(row).__name__}")
        cells = list(row)
        for c, v in enumerate(cells):
            t = type(v)
            if t in _NATIVE:
                continue
            if t is dt.date or t is dt.datetime:
                cells[c] = v.isoformat()
                marks += (r, c, t is dt.datetime)
            else:
                raise Unencodable(f"no cache form for a {t.__name__} cell")
        out.append(cells)
    return [out, marks]


def _decode_rows(data: list) -> tuple:
    rows, marks = data
    date, datetime = dt.date.fromisoformat, dt.datetime.fromisoformat
    triples = iter(marks)
    for r, c, is_datetime in zip(triples, triples, triples):
        row = rows[r]
        row[c] = datetime(row[c]) if is_datetime else date(row[c])
    return tuple(map(tuple, rows))


def _cells_decode(v: list) -> tuple:
    """One row of cells; the rows of a table decode as a whole (_decode_rows)."""
    return tuple([_any_decode(x) for x in v])


def _same(v: Any) -> Any:
    return v


def _checked(*types_: type) -> Callable[[Any], Any]:
    def check(v: Any) -> Any:
        if type(v) not in types_:
            raise Unencodable(f"expected {', '.join(t.__name__ for t in types_)}, got {type(v).__name__}")
        return v
    return check


@lru_cache(maxsize=None)
def _codec(hint: Any) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """(encode, decode) for a type hint, built once per hint from its structure."""
    if hint is Any:
        return _any_encode, _any_decode
    if hint in (str, bool):
        return _checked(hint), _same
    if hint is int:
        return _checked(int), _same
    if hint is float:
        # a float field may hold an int (a count divided evenly): keep whichever it was
        return _checked(float, int), _same
    if hint is type(None):
        return _checked(type(None)), _same
    if hint is dt.datetime:
        return (lambda v: v.isoformat()), dt.datetime.fromisoformat
    if hint is dt.date:
        def enc_date(v: dt.date) -> str:
            if type(v) is not dt.date:
                raise Unencodable(f"expected a date, got {type(v).__name__}")
            return v.isoformat()
        return enc_date, dt.date.fromisoformat
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return (lambda v: v.value), hint
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_codec(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in args if a is not type(None)]
        if len(members) == 1 and len(args) == 2:
            enc, dec = _codec(members[0])
            if dec is _same:  # None and the plain value both read back as they are
                return (lambda v: None if v is None else enc(v)), _same
            return (lambda v: None if v is None else enc(v)), (lambda v: None if v is None else dec(v))
        if all(a in (str, int, float, bool, dt.date, dt.datetime, type(None)) for a in args):
            return _any_encode, _any_decode
        raise TypeError(f"no cache codec for {hint}")
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            enc, dec = _codec(args[0])
            if dec is _cells_decode:
                return _encode_rows, _decode_rows
            if enc is _any_encode:
                return (lambda v: [_any_encode(x) for x in v]), _cells_decode
            if args[0] == dt.date | None:  # a date column's values, one per row
                return (lambda v: [enc(x) for x in v]), \
                    (lambda v: tuple([None if x is None else dt.date.fromisoformat(x) for x in v]))
            if dec is _same:
                return (lambda v: [enc(x) for x in v]), tuple
            return (lambda v: [enc(x) for x in v]), (lambda v: tuple([dec(x) for x in v]))
        codecs = [_codec(a) for a in args]

        def enc_fixed(v: tuple) -> list:
            if len(v) != len(codecs):
                raise Unencodable(f"expected a {len(codecs)}-tuple, got {len(v)} items")
            return [c[0](x) for c, x in zip(codecs, v)]
        return enc_fixed, (lambda v: tuple(c[1](x) for c, x in zip(codecs, v)))
    if origin in (dict, AbcMapping, typing.Mapping):
        kenc, kdec = _codec(args[0])
        venc, vdec = _codec(args[1])
        if args[0] is str:
            def enc_map(v: AbcMapping) -> dict:
                if type(v) is not dict:
                    raise Unencodable(f"expected a dict, got {type(v).__name__}")
                return {kenc(k): venc(x) for k, x in v.items()}
            return enc_map, (lambda v: {k: vdec(x) for k, x in v.items()})
        return ((lambda v: [[kenc(k), venc(x)] for k, x in v.items()]),
                (lambda v: {kdec(k): vdec(x) for k, x in v}))
    if origin is list:
        enc, dec = _codec(args[0])
        return (lambda v: [enc(x) for x in v]), (lambda v: [dec(x) for x in v])
    raise TypeError(f"no cache codec for {hint!r}")


def _dataclass_codec(cls: type) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """A dataclass as the list of its fields in order (the key's fingerprint pins the layout)."""
    module = sys.modules[cls.__module__]
    hints = typing.get_type_hints(cls, vars(module))
    if hasattr(cls, "__slots__") or hasattr(cls, "__post_init__"):
        raise TypeError(f"no cache codec for {cls.__name__}: it has slots or a __post_init__")
    fields = dataclasses.fields(cls)
    names = [f.name for f in fields]
    codecs: list = [None] * len(fields)
    decoders: list[tuple[int, Callable[[Any], Any]]] = []  # the fields that do not read back as they are

    def ready() -> list:
        # built on first use: a dataclass may hold its own type (or one defined later)
        if codecs[0] is None:
            codecs[:] = [_codec(hints[n]) for n in names]
            decoders[:] = [(i, c[1]) for i, c in enumerate(codecs) if c[1] is not _same]
        return codecs

    def enc(v: Any) -> list:
        if type(v) is not cls:
            if getattr(type(v), "_cache_base", None) is not cls:
                raise Unencodable(f"expected {cls.__name__}, got {type(v).__name__}")
            load(v)
        cs = ready()
        return [c[0](getattr(v, n)) for c, n in zip(cs, names)]

    def dec(data: list) -> Any:
        cs = ready()
        if len(data) != len(cs):
            raise ValueError(f"{cls.__name__} entry has {len(data)} fields, expected {len(cs)}")
        for i, decode_field in decoders:
            data[i] = decode_field(data[i])
        obj = object.__new__(cls)
        # the values are the fields of an object that was built and checked by its class already
        obj.__dict__.update(zip(names, data))
        return obj

    if not fields:
        return (lambda v: []), (lambda data: cls())
    return enc, dec


@lru_cache(maxsize=None)
def _field_codecs(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """(name, decode) of each field of a dataclass, in order."""
    hints = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))
    return tuple((f.name, _codec(hints[f.name])[1]) for f in dataclasses.fields(cls))


class _Deferred:
    """A field of a stored value still held as the JSON it was written as: decoded on first read."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return getattr(owner.__mro__[1], self.name)
        load(obj)
        return obj.__dict__[self.name]


@lru_cache(maxsize=None)
def _stored_class(cls: type, names: tuple[str, ...]) -> type:
    """A subclass of dataclass `cls` whose fields `names` are decoded on first read. Loading turns
    the object into a plain `cls` (same fields, same layout), so it then is one in every way;
    comparing, hashing, copying or pickling one loads it first."""

    def eq(self: Any, other: Any) -> bool:
        load(self)
        return self == other

    def hash_(self: Any) -> int:
        load(self)
        return hash(self)

    def reduce_ex(self: Any, protocol: Any) -> Any:
        load(self)
        return self.__reduce_ex__(protocol)

    namespace: dict[str, Any] = {name: _Deferred(name) for name in names}
    namespace.update(__eq__=eq, __hash__=hash_, __reduce_ex__=reduce_ex, __module__=__name__,
                     _cache_base=cls, _cache_names=names)
    return type(f"Stored{cls.__name__}", (cls,), namespace)


def load(obj: Any) -> Any:
    """Decode the deferred fields of a stored value now (nothing to do for any other value).

    Their bytes passed the entry's checksum when it was read; if they still do not decode (an
    entry written by hand with a valid checksum), the entry's `fallback` rebuilds them."""
    state = getattr(obj, "__dict__", {}).pop("_cache_deferred", None)
    if state is None:
        return obj
    raw, fallback = state
    cls = type(obj)._cache_base
    names = type(obj)._cache_names
    try:
        with gc_paused():
            values = json.loads(bytes(raw))
            if type(values) is not list or len(values) != len(names):
                raise ValueError(f"{len(names)} deferred fields expected")
            decoders = dict(_field_codecs(cls))
            decoded = {name: decoders[name](value) for name, value in zip(names, values)}
    except Exception as exc:
        if fallback is None:
            raise
        _log.debug("deferred fields of a cache entry rebuilt: %s: %s", type(exc).__name__, exc)
        decoded = fallback()
    obj.__dict__.update(decoded)
    object.__setattr__(obj, "__class__", cls)
    return obj


def evolve(obj: Any, **changes: Any) -> Any:
    """dataclasses.replace, keeping a stored value's deferred fields deferred (none may change)."""
    if "_cache_deferred" not in obj.__dict__ or set(changes) & set(type(obj)._cache_names):
        return dataclasses.replace(obj, **changes)
    init = {f.name for f in dataclasses.fields(obj) if f.init}
    unknown = set(changes) - init
    if unknown:
        raise TypeError(f"not a field of {type(obj)._cache_base.__name__}: {', '.join(sorted(unknown))}")
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    new.__dict__.update(changes)
    return new


# ---------------------------------------------------------------------------- the store

@dataclasses.dataclass
class Stats:
    """What one run did with the cache, by entry kind (for --timings, tests and bench/)."""

    hits: dict[str, int] = dataclasses.field(default_factory=dict)
    misses: dict[str, int] = dataclasses.field(default_factory=dict)
    writes: dict[str, int] = dataclasses.field(default_factory=dict)

    def count(self, table: dict[str, int], kind: str) -> None:
        table[kind] = table.get(kind, 0) + 1

    def describe(self) -> str:
        kinds = [k for k in KINDS if k in self.hits or k in self.misses]
        return ", ".join(f"{k} {self.hits.get(k, 0)}/{self.hits.get(k, 0) + self.misses.get(k, 0)}"
                         for k in kinds)


class Cache:
    """Entries under `folder/v{FORMAT}/<kind>/<key[:2]>/<key>.json`: a line naming the entry's format,
    kind, key and the checksum of what follows, then the value."""

    def __init__(self, folder: Path, *, limit: int | None = None) -> None:
        self.folder = Path(folder)
        self.root = self.folder / f"v{FORMAT}"
        self.limit = max_bytes() if limit is None else limit
        self.stats = Stats()

    def _path(self, kind: str, key_: str) -> Path:
        return self.root / kind / key_[:2] / f"{key_}.json"

    def get(self, kind: str, key_: str, hint: Any, *, defer: tuple[str, ...] = (),
            fallback: Callable[[], dict[str, Any]] | None = None) -> Any:
        """The value stored under (kind, key), or MISS when absent, foreign or damaged.

        `defer`: fields of a dataclass value put with the same `defer`, decoded only when first
        read; `fallback()` gives them ({name: value}) should they then fail to decode."""
        path = self._path(kind, key_)
        try:
            raw = path.read_bytes()
        except OSError:
            self.stats.count(self.stats.misses, kind)
            return MISS
        try:
            # the parts are views of what was read, not copies (the parsed documents of a set: ~100 MB)
            start = raw.index(b"\n") + 1
            entry = json.loads(raw[:start])
            body = memoryview(raw)[start:]
            if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("kind") != kind \
                    or entry.get("key") != key_:
                raise ValueError("not an entry of this kind and key")
            if entry.get("sha256") != hashlib.sha256(body).hexdigest():
                raise ValueError("damaged: its checksum does not match")
            if entry.get("defer", []) != list(defer):
                raise ValueError("its fields are kept apart differently")
            with gc_paused():
                value = self._deferred(raw, start, hint, defer, fallback) if defer \
                    else decode(json.loads(raw[start:]), hint)
        except Exception as exc:  # whatever is in the file, it is never trusted: rebuilt instead
            _log.debug("cache entry %s ignored: %s: %s", path, type(exc).__name__, exc)
            self.stats.count(self.stats.misses, kind)
            return MISS
        try:
            os.utime(path)  # the pruning order is last use, not creation
        except OSError:
            pass
        self.stats.count(self.stats.hits, kind)
        return value

    @staticmethod
    def _deferred(raw: bytes, start: int, hint: Any, defer: tuple[str, ...], fallback) -> Any:
        """A body (from `start`) of two JSON lines, the fields but `defer` (those null) and the `defer`
        fields, as a value of dataclass `hint` holding the second line undecoded."""
        newline = raw.find(b"\n", start)
        data = json.loads(raw[start:newline])
        codecs = _field_codecs(hint)
        if newline < 0 or type(data) is not list or len(data) != len(codecs):
            raise ValueError(f"{hint.__name__} entry has not the fields expected")
        obj = object.__new__(_stored_class(hint, defer))
        obj.__dict__.update((name, dec(x)) for (name, dec), x in zip(codecs, data) if name not in defer)
        obj.__dict__["_cache_deferred"] = (memoryview(raw)[newline + 1:], fallback)
        return obj

    def put(self, kind: str, key_: str, value: Any, hint: Any, *, defer: tuple[str, ...] = ()) -> bool:
        """Store value; False (and logged at debug) when it cannot be encoded or written. `defer`
        names fields of a dataclass value kept apart, so that get(..., defer=) reads them lazily."""
        path = self._path(kind, key_)
        try:
            data = encode(value, hint)
            if defer:
                names = [f.name for f in dataclasses.fields(hint)]
                apart = [data[names.index(name)] for name in defer]
                for name in defer:
                    data[names.index(name)] = None
                # json.dumps writes no raw newline (one inside a string is escaped): it parts the two lines
                body = (json.dumps(data, separators=(",", ":")) + "\n"
                        + json.dumps(apart, separators=(",", ":"))).encode()
            else:
                body = json.dumps(data, separators=(",", ":")).encode()
        except (Unencodable, TypeError, ValueError, RecursionError) as exc:
            _log.debug("not cached (%s %s): %s", kind, key_[:12], exc)
            return False
        head = {"format": FORMAT, "kind": kind, "key": key_, "sha256": hashlib.sha256(body).hexdigest()}
        if defer:
            head["defer"] = list(defer)
        data = json.dumps(head).encode() + b"\n" + body
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            _log.debug("cache write failed for %s: %s", path, exc)
            return False
        self.stats.count(self.stats.writes, kind)
        return True

    def entries(self) -> list[tuple[Path, os.stat_result]]:
        out = []
        if not self.root.is_dir():
            return out
        for folder, _, files in os.walk(self.root):
            for name in files:
                path = Path(folder) / name
                try:
                    out.append((path, path.stat()))
                except OSError:
                    continue
        return out

    def prune(self) -> int:
        """Delete the least recently used entries until the folder is within its bound; bytes freed."""
        entries = self.entries()
        total = sum(st.st_size for _, st in entries)
        freed = 0
        for path, st in sorted(entries, key=lambda e: e[1].st_mtime):
            if total - freed <= self.limit:
                break
            try:
                path.unlink()
                freed += st.st_size
            except OSError:
                continue
        return freed

    def clear(self) -> tuple[int, int]:
        """Delete every entry this cache holds (every format version); (files, bytes) removed."""
        import shutil

        files = size = 0
        if not self.folder.is_dir():
            return 0, 0
        for child in self.folder.iterdir():
            if child.is_dir() and child.name.startswith("v") and child.name[1:].isdigit():
                for folder, _, names in os.walk(child):
                    for name in names:
                        try:
                            size += (Path(folder) / name).stat().st_size
                            files += 1
                        except OSError:
                            pass
                shutil.rmtree(child, ignore_errors=True)
        return files, size

    def info(self) -> dict[str, tuple[int, int]]:
        """Entry kind -> (entries, bytes)."""
        out: dict[str, tuple[int, int]] = {}
        for path, st in self.entries():
            kind = path.relative_to(self.root).parts[0]
            n, b = out.get(kind, (0, 0))
            out[kind] = (n + 1, b + st.st_size)
        return out
