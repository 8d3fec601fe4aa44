"""A list of what is installed or offered, each row a package and its version, is a reference, not a working record.

An HPC centre's website lists the operating system's packages and the software modules users can load: 'Package
Name | Version', hundreds of rows ('ImageMagick | 6.7.8.9', 'glibc | 2.17', 'R | 4.0.1(default)'). No row says
that anything was done, when or by whom: PS01 called the package list the real system kept beside the documented
one (tgirke/rcf, pages/software/software_system.md, December 2026). A software register that also says who owns
or approved each item, its licence or when it was installed is still read as a record."""
import datetime as dt
from types import SimpleNamespace

from gapscan.rules.base import Context
from gapscan.rules.ps import PS01
from gapscan.rules.ps.common import reference_table
from recbuild import profile, record_doc, table, text_doc

PROC = text_doc("pages/cluster storage.md", [
    "Users keep their data under bigdata; home directories are backed up daily and bigdata weekly.",
    "Request more space from the systems administrator, who approves quota changes within two working days.",
])

PACKAGES = [("ImageMagick", "6.7.8.9"), ("glibc", "2.17"), ("NetworkManager", "1.0.0"), ("a2ps", "4.14"),
            ("texlive-base", "svn15878.0"), ("openssl", "1.0.2k"), ("python", "2.7.5"), ("zlib", "1.2.7")]


def _rec(path, header, rows, types=None, entry=None):
    tbl = table(header, rows)
    return record_doc(path, tbl), profile(path, tbl, types or {}, **({"entry": entry} if entry else {}))


def _ctx(recs):
    return Context(documents=(PROC,) + tuple(d for d, _ in recs), records={p.path: p for _, p in recs},
                   drift=SimpleNamespace(links={}))


def test_a_list_of_packages_and_their_versions_is_no_shadow_record():
    system = _rec("pages/software/os-packages.md", ("Package Name", "Version"), PACKAGES)
    modules = _rec("pages/software/modules.md", ("Package Name", "Versions"),
                   [(p, f"{v}(default)") for p, v in PACKAGES])
    assert list(PS01.check(_ctx([system, modules]))) == []


def test_a_software_register_that_shows_more_than_versions_is_still_read():
    owned = _rec("it/software.md", ("Software", "Version", "Owner"),
                 [(p, v, ["Ann Lee", "Bo Chan"][i % 2]) for i, (p, v) in enumerate(PACKAGES)], {"Owner": "person"})
    licensed = _rec("it/licences.md", ("Software", "Version", "Licence"),
                    [(p, v, ["GPL", "MIT", "BSD"][i % 3]) for i, (p, v) in enumerate(PACKAGES)])
    installed = _rec("it/installs.md", ("Installed", "Package", "Version"),
                     [(dt.date(2025, 3, 1) + dt.timedelta(days=7 * i), p, v) for i, (p, v) in enumerate(PACKAGES)],
                     {"Installed": "date"}, entry="Installed")
    assert all(reference_table(p) is None for _, p in (owned, licensed, installed))
    found = {f.path for f in PS01.check(_ctx([owned, licensed, installed]))}
    # the licence list has no date, person, state or count: nothing of a log, so no PS01 (test_ps01_undated_lists.py)
    assert found == {"it/software.md", "it/installs.md"}
