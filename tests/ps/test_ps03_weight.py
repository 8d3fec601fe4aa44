"""PS03 reports terms that carry weight in the records (names of machines, parts, failure modes), not
the everyday words of running text or the organisation's own categories (roles, teams, results)."""
import datetime as dt
import random
from types import SimpleNamespace

from gapscan.model import Link
from gapscan.rules.base import Context
from gapscan.rules.ps import PS03
from recbuild import profile, record_doc, table, text_doc

PEOPLE = ["Ann Lee", "Bo Chan", "Cy Park", "Di Rossi"]
GENERIC = text_doc("procs/Reporting.docx", [
    "The organization shall ensure that events are reported and that documented information is retained.",
    "Actions shall be taken as appropriate to prevent recurrence.",
])


def _ctx(proc, path, tbl, types):
    prof = profile(path, tbl, types, entry="Date")
    links = {proc.path: (Link(path=path, via="config", confidence=1.0),)}
    return Context(documents=(proc, record_doc(path, tbl)), records={path: prof}, drift=SimpleNamespace(links=links))


def test_everyday_words_of_free_text_and_role_columns_are_not_reported():
    rng = random.Random(7)
    stories = ["trailing cable near the walkway", "pallet left in the walkway by the door",
               "guard left open on the saw", "cable across the walkway again", "ladder left by the pallet",
               "spill near the door, cable wet", "box fell from pallet near the guard", "door guard loose"]
    rows = [(dt.date(2025, 1, 1) + dt.timedelta(days=3 * i), rng.choice(stories), rng.choice(["Storeperson", "Setter"]),
             rng.choice(["Stores", "Machining"]), rng.choice(["Open", "Conditional"]), PEOPLE[i % 4])
            for i in range(120)]
    tbl = table(("Date", "What happened", "Role", "Team", "Result", "By"), rows)
    ctx = _ctx(GENERIC, "records/events.xlsx", tbl, {"Date": "date", "By": "person", "Role": "status",
                                                     "Team": "status", "Result": "status"})
    assert list(PS03.check(ctx)) == []


def test_named_machines_parts_and_failure_labels_are_reported():
    rng = random.Random(8)
    machines = ["Okuma LB 300", "Brother S700X1", "Fanuc RoboDrill"]
    rows = [(dt.date(2025, 1, 1) + dt.timedelta(days=i), rng.choice(machines),
             rng.choice(["gear blank GB-12", "drive shaft DS-7"]), rng.choice(["thread galling", "bore taper"]),
             PEOPLE[i % 4]) for i in range(150)]
    tbl = table(("Date", "Machine", "Part family", "Defect", "By"), rows)
    ctx = _ctx(GENERIC, "records/scrap.xlsx", tbl, {"Date": "date", "By": "person", "Machine": "status",
                                                    "Part family": "status", "Defect": "status"})
    [f] = PS03.check(ctx)
    terms = {t["term"] for t in f.metrics["missing_terms"]}
    assert {"okuma", "gear blank", "drive shaft", "thread galling", "bore taper"} <= terms


def test_terms_are_listed_by_count_and_a_term_inside_longer_ones_is_not_counted_twice():
    # 'dmg mori' is only ever part of 'dmg mori dmu' (27 entries) or 'dmg mori nlx' (19): listing it too,
    # as 'dmg mori' (46x), would count the same 46 entries twice
    machines = ["DMG Mori DMU 50"] * 27 + ["DMG Mori NLX 2500"] * 19 + ["Hermle C 42"] * 31 + ["Haas VF-4"] * 12
    parts = ["valve body VB-40"] * 40 + ["seal carrier SC-25"] * 30 + ["impeller IM-9"] * 19
    defects = ["oversize bore"] * 50 + ["tool breakage"] * 39
    random.Random(9).shuffle(parts)
    rows = [(dt.date(2025, 1, 1) + dt.timedelta(days=i), m, p, d, PEOPLE[i % 4])
            for i, (m, p, d) in enumerate(zip(machines, parts, defects))]
    tbl = table(("Date", "Machine", "Part family", "Defect", "By"), rows)
    ctx = _ctx(GENERIC, "records/ncr.xlsx", tbl, {"Date": "date", "By": "person", "Machine": "status",
                                                  "Part family": "status", "Defect": "status"})
    [f] = PS03.check(ctx)
    listed = [(t["term"], t["count"]) for t in f.metrics["missing_terms"]]
    terms = [t for t, _ in listed]
    assert "dmg mori dmu" in terms and "dmg mori nlx" in terms and "dmg mori" not in terms
    counts = [n for _, n in listed]
    assert counts == sorted(counts, reverse=True)
    assert dict(listed)["dmg mori dmu"] == 27 and dict(listed)["oversize bore"] == 50
    # the message shows the first six in the same order, with the numbers of the metrics and the rest counted
    shown = ", ".join(f"'{t}' ({n}x)" for t, n in listed[:6])
    rest = f" and {len(listed) - 6} more" if len(listed) > 6 else ""
    assert f"keep talking about {shown}{rest}, but" in f.message
    assert f"({len(listed)} of the top {f.metrics['top_terms_checked']} record terms missing)" in f.message
    assert [e.text.split("'")[1] for e in f.evidence] == terms[:5]


def test_the_standards_and_laws_own_references_are_not_the_works_vocabulary():
    # an ISMS legal register and statement of applicability: 'Art. 21', 'Organizational', 'Entity in scope'
    # are how a law or annex is cited and grouped, not products, systems or failure modes a policy must name
    rng = random.Random(10)
    rows = [(dt.date(2025, 1, 1) + dt.timedelta(days=5 * i), rng.choice(["GDPR", "NIS2"]), f"Art. {rng.randint(5, 40)}",
             rng.choice(["Entity in scope", "Entity providing services"]), rng.choice(["Organizational",
                                                                                    "Technological"]),
             rng.choice(["HGB 257", "BDSG 26", "GDPR Art. 30"]), PEOPLE[i % 4]) for i in range(60)]
    tbl = table(("Date", "Regulation", "Article / Section", "Applicability", "Theme", "Legal Basis / Source",
                 "Responsible"), rows)
    ctx = _ctx(GENERIC, "records/legal-register.csv", tbl,
               {"Date": "date", "Regulation": "status", "Article / Section": "text", "Applicability": "text",
                "Theme": "status", "Legal Basis / Source": "text", "Responsible": "person"})
    for f in PS03.check(ctx):
        terms = {t["term"] for t in f.metrics["missing_terms"]}
        assert not terms & {"art", "gdpr art", "entity", "organizational", "technological", "hgb", "bdsg"}, terms


def test_a_bare_type_or_classification_column_is_the_organisations_own_taxonomy():
    # an asset register's 'Type: Hardware' and 'Classification: Confidential' file the entry; 'Defect type'
    # (a failure mode) in the scrap log above is still read
    rng = random.Random(11)
    rows = [(dt.date(2025, 1, 1) + dt.timedelta(days=4 * i), rng.choice(["Hardware", "Software", "Service"]),
             rng.choice(["Confidential", "Internal"]), rng.choice(["Dell PowerEdge R740", "Cisco ASA 5506", "Synology DS920"]),
             PEOPLE[i % 4]) for i in range(60)]
    tbl = table(("Date", "Type", "Classification", "Asset", "By"), rows)
    ctx = _ctx(GENERIC, "records/asset-register.csv", tbl,
               {"Date": "date", "Type": "status", "Classification": "status", "Asset": "text", "By": "person"})
    [f] = PS03.check(ctx)
    terms = {t["term"] for t in f.metrics["missing_terms"]}
    assert {"dell poweredge", "cisco asa", "synology"} <= terms, terms
    assert not terms & {"hardware", "software", "service", "confidential", "internal"}, terms


def test_a_risk_registers_scale_columns_are_not_the_works_vocabulary():
    # a real risk register's Likelihood, Impact and Residual Risk say where a risk sits on the scale ('Moderate'
    # led a real finding); the threats and assets it names are what the procedure should speak of
    rng = random.Random(12)
    scale = ["Moderate", "Major", "Minor"]
    threats = ["ransomware on Veeam backup", "phishing of Xero login", "Okta token theft", "Jira data leak"]
    assets = ["Veeam server", "Xero", "Okta", "Jira Cloud"]
    rows = [(dt.date(2025, 1, 1) + dt.timedelta(days=5 * i), rng.choice(threats), rng.choice(assets),
             rng.choice(scale), rng.choice(scale), rng.choice(scale), PEOPLE[i % 4]) for i in range(60)]
    tbl = table(("Date", "Threat", "Asset", "Likelihood", "Impact", "Residual Risk", "By"), rows)
    ctx = _ctx(GENERIC, "records/risk-register.csv", tbl,
               {"Date": "date", "Threat": "status", "Asset": "status", "Likelihood": "status", "Impact": "status",
                "Residual Risk": "status", "By": "person"})
    [f] = PS03.check(ctx)
    terms = {t["term"] for t in f.metrics["missing_terms"]}
    assert {"okta", "jira cloud", "veeam server"} <= terms, terms
    assert not terms & {"moderate", "major", "minor"}, terms
