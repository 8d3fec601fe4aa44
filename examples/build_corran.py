"""Build the freight distribution centre example set: examples/corran-freight/.

Corran Freight Distribution Ltd runs a 40,000 m2 ambient distribution centre for retail
and e-commerce clients (about 260 people, ISO 9001 and ISO 45001). Its procedures are a
wiki export (Confluence html, markdown pages and plain-text work instructions), its
records mostly csv exports from the WMS, the TMS and the truck telematics, plus a few
spreadsheets. Weekly rounds fall on a named weekday, logs carry a Role column, two
records type the same claims under different column names (joined by order and portal
numbers), and one procedure says its cadence three ways. Every DR and PS rule has a
planted gap and, beside it, a clean counterpart in the same layout whose records show
the procedure followed; examples/README.md lists both with the numbers planted.

Run `python examples/build_corran.py [OUT_DIR]` (default: examples/corran-freight).
Deterministic: one seeded random.Random, the fixed timestamps of build_examples.
"""
from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_examples import (  # noqa: E402  (the helpers live beside this script)
    _add_workdays, _poisson, _workdays, run_builder, write_csv, write_docx, write_html, write_md, write_xlsx)

COMPANY = "Corran Freight Distribution Ltd"
TODAY = dt.date(2026, 11, 24)
AUDIT_DATES = (dt.date(2025, 9, 16), dt.date(2026, 9, 15))
LAST_DAY = dt.date(2026, 11, 23)
BREADCRUMB = "Corran Park DC / Operations Manual"

TRANSPORT_SUPERVISORS = ["Neil Addo", "Kerry Lyons"]
SHUNTERS = ["Wes Duffy", "Marek Zielinski", "Jay Patel"]
OPERATIVES = ["Sam Kerr", "Bogdan Ilie", "Tina Walsh", "Rob Ferris", "Ade Ojo", "Lena Fischer", "Craig Ness"]
FIRE_WARDENS = ["Debbie Crane", "Omar Haddad"]
CUSTOMERS = [("Tesco", "TPX"), ("Sainsbury's", "SNS"), ("Boots", "BTP"), ("Wilko Online", "WKO"),
             ("Dunelm", "DNL")]
CLAIM_TYPES = ["short pick", "mispick - wrong SKU", "pallet collapse in transit", "crushed outers",
               "shrink wrap torn, stock missing", "late delivery - booking missed", "CHEP pallet not returned",
               "over-delivery", "Bendi damage to rack-stored stock"]
SITES_BY_CUSTOMER = {"Tesco": ["Tesco Daventry", "Tesco Reading"], "Sainsbury's": ["Sainsbury's Hams Hall"],
                     "Boots": ["Boots Nottingham"], "Wilko Online": ["Wilko Worksop"], "Dunelm": ["Dunelm Stoke"]}
SITES = [site for sites in SITES_BY_CUSTOMER.values() for site in sites]


def write_txt(path: Path, code: str, title: str, meta: str, sections: list[tuple[str, list[str], bool]]) -> None:
    """A plain-text work instruction as kept on the wiki: CAPS headings, numbered or dashed lines."""
    lines = [f"{code} {title.upper()}", meta, "=" * 72, ""]
    for heading, items, numbered in sections:
        lines += [heading.upper(), ""]
        if numbered:
            lines += [f"{n}. {item}" for n, item in enumerate(items, 1)]
        else:
            lines += items
        lines.append("")
    lines += ["-- end of page --"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _meta(code: str, rev: str, owner: str, approved: str) -> str:
    return f"Document {code} | Revision {rev} | Owner: {owner} | Approved: {approved}"


# ---------------------------------------------------------------- procedures
# The OH&S manual restates ISO 45001 clause by clause (CM plant); QP-03 mixes the standard's headings with
# real rules; the rest are operational. All wording is this project's own.

OHS_MANUAL = [
    ("h1", "4 Context of the organization"),
    ("h2", "4.1 Understanding the organization and its context"),
    ("p", "The organization shall determine external and internal issues that are relevant to its purpose and "
          "that affect its ability to achieve the intended outcomes of its OH&S management system."),
    ("h2", "4.2 Understanding the needs and expectations of workers and other interested parties"),
    ("p", "The organization shall determine the other interested parties that are relevant to the OH&S "
          "management system and the relevant needs and expectations of workers and other interested parties."),
    ("h2", "4.3 Determining the scope of the OH&S management system"),
    ("p", "The scope shall be available as documented information."),
    ("h1", "5 Leadership and worker participation"),
    ("h2", "5.1 Leadership and commitment"),
    ("p", "Top management shall demonstrate leadership and commitment with respect to the OH&S management "
          "system by taking overall responsibility and accountability for the prevention of work-related injury "
          "and ill health."),
    ("h2", "5.2 OH&S policy"),
    ("p", "Top management shall establish, implement and maintain an OH&S policy that includes a commitment to "
          "provide safe and healthy working conditions, as appropriate."),
    ("h2", "5.4 Consultation and participation of workers"),
    ("p", "The organization shall establish, implement and maintain processes for consultation and "
          "participation of workers at all applicable levels and functions."),
    ("h1", "6 Planning"),
    ("h2", "6.1 Actions to address risks and opportunities"),
    ("p", "The organization shall establish, implement and maintain processes for hazard identification and for "
          "the assessment of OH&S risks and opportunities, as applicable."),
    ("h2", "6.2 OH&S objectives and planning to achieve them"),
    ("p", "The organization shall establish OH&S objectives at relevant functions and levels in order to maintain "
          "and continually improve the OH&S management system and OH&S performance."),
    ("h1", "7 Support"),
    ("h2", "7.2 Competence"),
    ("p", "The organization shall determine the necessary competence of workers that affects or can affect its "
          "OH&S performance and retain appropriate documented information as evidence of competence."),
    ("h2", "7.4 Communication"),
    ("p", "The organization shall establish, implement and maintain the processes needed for internal and "
          "external communications relevant to the OH&S management system."),
    ("h1", "8 Operation"),
    ("h2", "8.1 Operational planning and control"),
    ("p", "The organization shall plan, implement, control and maintain the processes needed to meet "
          "requirements of the OH&S management system, applying the hierarchy of controls."),
    ("h2", "8.2 Emergency preparedness and response"),
    ("p", "The organization shall establish, implement and maintain the processes needed to prepare for and "
          "respond to potential emergency situations, as applicable."),
    ("h1", "9 Performance evaluation"),
    ("h2", "9.1 Monitoring, measurement, analysis and performance evaluation"),
    ("p", "The organization shall establish, implement and maintain a process for monitoring, measurement, "
          "analysis and performance evaluation and retain appropriate documented information."),
    ("h2", "9.2 Internal audit"),
    ("p", "The organization shall conduct internal audits at planned intervals."),
    ("h2", "9.3 Management review"),
    ("p", "Top management shall review the organization's OH&S management system at planned intervals."),
    ("h1", "10 Improvement"),
    ("h2", "10.2 Incident, nonconformity and corrective action"),
    ("p", "The organization shall establish, implement and maintain processes to determine and manage incidents "
          "and nonconformities, including reporting, investigating and taking action."),
    ("h2", "10.3 Continual improvement"),
    ("p", "The organization shall continually improve the suitability, adequacy and effectiveness of the OH&S "
          "management system."),
]

CUSTOMER_CLAIMS = [
    ("h1", "8.2.1 Customer communication"),
    ("p", "The organization shall establish communication with customers relating to customer feedback, "
          "including customer complaints, as applicable."),
    ("h2", "Receiving a claim"),
    ("p", "A claim arrives from a client's portal or by e-mail. The Claims Administrator enters it in the claims "
          "register in the TMS the same day, with the order reference and the portal case number."),
    ("h2", "Answering a claim"),
    ("p", "Every claim is answered within 10 working days of receipt: accepted with a credit, or rejected with "
          "the evidence (POD, CCTV, pick confirmation). The Claims Administrator answers; claims above 2,000 "
          "pounds are agreed with the Account Manager first."),
    ("h2", "9.1.2 Customer satisfaction"),
    ("p", "The organization shall monitor customers' perceptions of the degree to which their needs and "
          "expectations have been fulfilled. Customer Service also keeps the customer contact log (CS-04)."),
]

RETURNS = [
    ("h1", "Purpose"),
    ("p", "To deal with goods found damaged in the warehouse or returned damaged from a delivery."),
    ("h1", "Steps"),
    ("ol", ["Move the damaged pallet or cases to the quarantine bay (Bay 2) and label them.",
            "Photograph the damage and the pallet label.",
            "Complete a Damaged Goods Report (QF-31) for each pallet, with the SKU, quantity, cause and photos.",
            "Adjust the stock in the WMS to the DAMAGED status and quote the QF-31 number.",
            "The Stock Control Team Leader decides: return to client, rework or destroy."]),
    ("p", "The blank QF-31 is on the wiki under Templates."),
]

GOODS_RECEIPT = [
    ("h1", "Scope"),
    ("p", "Inbound trailers at doors 1-12, all clients. Done by the Goods In Operative at the door."),
    ("h1", "Receiving a trailer"),
    ("ol", ["Check the booking in the WMS and assign the door.",
            "Check the trailer seal is intact and record the seal number in the WMS receipt before the doors "
            "are opened. A trailer without an intact seal is not tipped until the Goods In Team Leader agrees.",
            "Tip the trailer, count the pallets against the ASN and scan each SSCC label.",
            "Mark Damage Y/N for the load; photograph any damage.",
            "Close the receipt in the WMS with your user ID."]),
    ("h1", "Records"),
    ("p", "The WMS receipt holds the arrival time, trailer, haulier, seal number, supplier, ASN, pallets, door, "
          "the user and Damage Y/N. The inbound receipts report is exported for the KPI pack."),
]

INCIDENTS = [
    ("h1", "Purpose and scope"),
    ("p", "How accidents and near misses at Corran Park DC are reported, investigated and closed. Applies to "
          "employees, agency workers, drivers and visitors."),
    ("h1", "Responsibilities"),
    ("ul", ["Everyone: report accidents and near misses straight away.",
            "Shift Manager: first response, accident entry and investigation.",
            "Health and Safety Advisor: review, closure, RIDDOR reporting and the monthly trend."]),
    ("h1", "Reporting"),
    ("p", "Every accident, however minor, is reported to the Shift Manager before the end of the shift and "
          "entered on the Accident and Incident Log (HS-02A). Near misses are reported on the near-miss app, "
          "whose report is exported as HS-02B."),
    ("h1", "Investigation"),
    ("p", "The Shift Manager investigates every accident and completes the investigation within 7 days of the "
          "accident. The Health and Safety Advisor reviews the investigation and closes it."),
    ("h1", "Reporting to the HSE"),
    ("p", "The Health and Safety Advisor reports RIDDOR events to the HSE within the legal time limits."),
]

FIRE_CHECKS = [
    ("h1", "Purpose and scope"),
    ("p", "Routine fire safety checks at Corran Park DC: the fire alarm test and the escape routes. The annual "
          "fire risk assessment and the alarm servicing contract are outside this page."),
    ("h1", "Responsibilities"),
    ("p", "The Facilities Manager owns the checks and keeps the rota of Fire Wardens. Only a trained Fire Warden "
          "tests the alarm."),
    ("h1", "Weekly fire alarm test"),
    ("p", "The fire alarm is tested weekly, every Thursday at 10:00, by a Fire Warden, using the next call point "
          "on the rota so that each call point is tested in turn."),
    ("ol", ["Tell the alarm receiving centre the test is starting.",
            "Operate the call point with the test key.",
            "Confirm the alarm sounds in every zone and the fire doors on magnetic holders release.",
            "Reset the panel and tell the alarm receiving centre the test is complete.",
            "Record the call point, the zone, Alarm sounded Y/N, Doors released Y/N and your name and role on "
            "the fire alarm test log (HS-05A)."]),
    ("p", "Each week the test is logged, even when the alarm fails; a fault is reported to the Facilities "
          "Manager the same day. A call point test is done every week of the year, including shutdown weeks."),
    ("h1", "Escape routes"),
    ("p", "Fire Wardens walk the escape routes during the same round and clear anything stored in front of the "
          "fire exits at doors FE1-FE9."),
]


def _txt_procedures(folder: Path) -> None:
    write_txt(folder / "WI-07 FLT Pre-use Check.txt", "WI-07", "Forklift truck pre-use check",
              _meta("WI-07", "5", "Warehouse Manager", "2025-06-23"), [
                  ("Scope", ["Every reach truck and counterbalance truck, before first use on each shift.",
                             "The driver does the check on the truck's telematics screen; the result is",
                             "kept by the telematics system and the truck will not start without it.",
                             "The telematics system exports the checks as FLT_prestart_checks.csv."], False),
                  ("Check", ["Walk round the truck: no hydraulic oil leaks under the truck or on the mast.",
                             "Forks: no cracks or bending; fork locking pins in place.",
                             "Mast and chains: chains lubricated, no broken links, mast rollers free.",
                             "Tyres: no chunks missing, no cuts into the rubber.",
                             "Brakes: service and parking brake hold the truck on the ramp.",
                             "Steering: no excessive play.",
                             "Horn, lights and blue spot work.",
                             "Seat belt works and is worn.",
                             "Data plate present and legible.",
                             "Battery charge above 30%; connector undamaged."], True),
                  ("Faults", ["- Any fault: answer Fault on the screen, park the truck in the charging bay,",
                              "  tag it out of use and tell the Shift Manager."], False)])
    write_txt(folder / "WI-08 Dock Leveller Daily Check.txt", "WI-08", "Dock leveller daily check",
              _meta("WI-08", "2", "Warehouse Manager", "2025-11-03"), [
                  ("When", ["Daily, at the start of the day shift, Monday to Friday, for doors 1-4 (outbound).",
                            "Done by the Dock Team Leader."], False),
                  ("Check", ["Lip extends and rests on the trailer bed",
                             "Dock seal intact",
                             "Wheel chock in place",
                             "Traffic light works",
                             "Emergency stop works"], True),
                  ("Record", ["- Answer OK or Fault for each check in the dock check app; the app exports",
                              "  one line per door per day (dock_leveller_checks.csv).",
                              "- A Fault takes the door out of use until Facilities sign it off."], False)])
    write_txt(folder / "WI-09 Racking Inspection.txt", "WI-09", "Racking inspection",
              _meta("WI-09", "4", "Health and Safety Advisor", "2025-02-10"), [
                  ("Weekly inspection", ["A trained racking inspector inspects the racking weekly, every",
                                         "Tuesday morning, aisle by aisle (aisles A to H). Each week the",
                                         "inspector records, for each aisle, the locations checked, damage found",
                                         "and the risk level Green / Amber / Red in the racking inspection app.",
                                         "The inspection is done every week, including peak."], False),
                  ("Damage", ["1. Red: unload the bay at once and tape it off; call the Warehouse Manager.",
                              "2. Amber: unload within 4 weeks; the bay is checked again at every inspection",
                              "   until it is repaired.",
                              "3. Green: note it and check it at the next inspection."], False),
                  ("Annual", ["An external SEMA approved inspector inspects all racking once a year."], False)])
    write_txt(folder / "WI-12 Trailer Departure.txt", "WI-12", "Trailer departure sign-off",
              _meta("WI-12", "3", "Transport Manager", "2025-08-11"), [
                  ("Rule", ["No loaded trailer leaves the yard until the Transport Supervisor has signed it",
                            "off. Shunters move trailers to and from the doors but do not sign them off."], False),
                  ("Sign-off", ["Check the load against the WMS despatch report: orders, pallet count, seal.",
                                "Check the trailer is sealed and write the seal number.",
                                "Check the tachograph card and the driver's paperwork.",
                                "Sign the departure log with your name and role."], True)])


def procedures(root: Path) -> None:
    folder = root / "wiki"
    folder.mkdir(parents=True, exist_ok=True)
    write_html(folder / "OHS-M01 OH&S Management Manual.html", "OHS-M01 OH&S Management Manual",
               [_meta("OHS-M01", "3", "Health and Safety Advisor", "2024-05-07")], OHS_MANUAL, BREADCRUMB)
    write_md(folder / "QP-03 Customer Claims.md", "QP-03 Customer Claims",
             [_meta("QP-03", "4", "Customer Service Manager", "2025-04-28")], CUSTOMER_CLAIMS)
    write_md(folder / "QP-05 Returns and Damaged Goods.md", "QP-05 Returns and Damaged Goods",
             [_meta("QP-05", "2", "Stock Control Manager", "2025-10-20")], RETURNS)
    write_html(folder / "WI-11 Goods Receipt.html", "WI-11 Goods Receipt",
               [_meta("WI-11", "6", "Inbound Manager", "2025-03-17")], GOODS_RECEIPT, BREADCRUMB)
    write_html(folder / "HS-02 Accident and Near Miss Reporting.html", "HS-02 Accident and Near Miss Reporting",
               [_meta("HS-02", "3", "Health and Safety Advisor", "2025-01-13")], INCIDENTS, BREADCRUMB)
    write_md(folder / "HS-05 Fire Safety Checks.md", "HS-05 Fire Safety Checks",
             [_meta("HS-05", "2", "Facilities Manager", "2025-07-07")], FIRE_CHECKS)
    _txt_procedures(folder)


def templates(root: Path) -> None:
    """QF-31 as the wiki keeps it: a blank html form, never filled in (DR01)."""
    folder = root / "wiki" / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["QF-31 number", "Date found", "Client", "SKU", "Description", "Quantity (cases)", "Location found",
            "Cause (handling / transit / supplier / unknown)", "Photos taken (Y/N)", "Decision", "Completed by"]
    body = "".join(f"<tr><td>{r}</td><td></td></tr>" for r in rows)
    text = ("<!DOCTYPE html>\n<html>\n<head>\n<title>QF-31 Damaged Goods Report</title>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"generator\" content=\"Confluence export\">\n</head>\n<body>\n"
            f"<div id=\"breadcrumbs\"><a href=\"index.html\">{BREADCRUMB} / Templates</a></div>\n"
            "<h1 id=\"title-heading\">QF-31 Damaged Goods Report</h1>\n"
            "<p>Template - print or copy this page, one report per pallet. Rev 1.</p>\n"
            f"<table class=\"confluenceTable\"><tbody><tr><th>Field</th><th>Entry</th></tr>{body}</tbody></table>\n"
            "<p>Stock Control Team Leader decision: &#9744; Return to client &#9744; Rework &#9744; Destroy</p>\n"
            "</body>\n</html>\n")
    (folder / "QF-31 Damaged Goods Report.html").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- records


def _weekday_dates(weekday: int, start: dt.date, end: dt.date) -> list[dt.date]:
    return [d for d in _workdays(start, end) if d.weekday() == weekday]


def inbound_receipts(rng: random.Random, folder: Path, stats: dict) -> None:
    """WMS receipts: 'Seal No' is a column, filled in ~12% of rows (DR04)."""
    hauliers = ["DHL", "XPO", "Kinaxia", "Maritime", "own fleet", "Gist"]
    suppliers = ["Unilever", "Reckitt", "P&G", "Kimberly-Clark", "Dunelm import", "Boots own label"]
    users = ["gi.sk", "gi.bi", "gi.tw", "gi.rf"]
    rows = []
    for day in _workdays(dt.date(2026, 1, 5), LAST_DAY):
        for _ in range(rng.choice([3, 4, 4, 5])):
            trailer = f"{rng.choice(['TR', 'MT', 'XP'])}{rng.randint(1000, 9999)}"
            arrived = f"{day:%Y-%m-%d} {rng.randint(5, 20):02d}:{rng.randint(0, 59):02d}"
            rows.append([f"RCV26{len(rows) + 10001}", arrived,
                         trailer, rng.choice(hauliers), "", rng.choice(suppliers), f"ASN{rng.randint(400000, 499999)}",
                         rng.randint(8, 26), rng.randint(5, 12), rng.choice(users),
                         "Y" if rng.random() < 0.04 else "N", ""])
    for row in rng.sample(rows, k=round(len(rows) * 0.12)):
        row[4] = f"{rng.randint(1000000, 9999999)}"
    for row in rows:
        if row[10] == "Y":
            row[11] = rng.choice(["2 pallets crushed", "wrapped loose", "wet outers"])
    write_csv(folder / "WMS_inbound_receipts_2026.csv", [],
              ["Receipt ID", "Arrived", "Trailer", "Haulier", "Seal No", "Supplier", "ASN", "Pallets", "Door",
               "User", "Damage Y/N", "Notes"], rows)
    stats["receipts"] = len(rows)
    stats["receipts_seal_filled_share"] = round(sum(1 for r in rows if r[4]) / len(rows), 3)


def claims(rng: random.Random, exports: Path, records: Path, stats: dict) -> list[str]:
    """TMS claims register and CS-04 contact log: the same claims typed twice, joined by order and portal
    numbers under different column names (PS02); answered in a median of ~4 weeks against 10 working days
    (DR03). The words that fill them appear nowhere in QP-03 (PS03)."""
    events, day = [], dt.date(2025, 1, 6)
    while day <= dt.date(2026, 11, 20):
        for _ in range(_poisson(rng, 2.6)):
            received = day + dt.timedelta(days=rng.randint(0, 4))
            if received > dt.date(2026, 11, 20):
                continue
            customer, prefix = rng.choice(CUSTOMERS)
            events.append((received, customer, prefix, f"SO-{rng.randint(3100000, 3999999)}",
                           f"{prefix}-{rng.randint(10000, 99999)}", rng.choice(CLAIM_TYPES),
                           rng.choice(SITES_BY_CUSTOMER[customer])))
        day += dt.timedelta(days=7)
    events.sort()
    rows, spans = [], []
    late = set(rng.sample(range(len(events)), k=round(len(events) * 0.7)))
    for n, (received, customer, prefix, order, portal, kind, site) in enumerate(events, 1):
        working = rng.randint(14, 40) if n - 1 in late else rng.randint(3, 10)
        responded = _add_workdays(received, working)
        if responded > LAST_DAY:
            responded = None
        else:
            spans.append(working)
        rows.append([f"CLM{n:05d}", order, portal, customer, site, kind, received.isoformat(),
                     responded.isoformat() if responded else "", rng.choice([35, 80, 120, 260, 540, 1200, 2400]),
                     rng.choice(["j.harlow", "j.harlow", "p.singh"])])
    write_csv(exports / "TMS_claims_register.csv", ["TMS export: Claims - all - 23/11/2026"],
              ["Claim ID", "Order Ref", "Portal Case", "Customer", "Delivery site", "Claim Type", "Received",
               "Responded", "Value GBP", "Handler"], rows)
    cs, typed = [], 0
    for received, customer, prefix, order, portal, kind, site in events:
        if rng.random() < 0.9:
            typed += 1
            cs.append([received, order.replace("SO-", "") if rng.random() < 0.1 else order, portal, customer,
                       f"{kind} at {site}", rng.choice(["Claire", "Mo", "Claire", "Dee"]),
                       rng.choice(["passed to claims", "passed to claims", "chased", "closed"])])
    for _ in range(40):  # contacts that are not claims
        when = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 680))
        customer, prefix = rng.choice(CUSTOMERS)
        cs.append([when, "", "", customer, rng.choice(["booking slot query", "POD request", "rate query",
                                                       "asked for ETA"]), rng.choice(["Claire", "Mo", "Dee"]),
                   "closed"])
    cs.sort(key=lambda r: r[0])
    write_xlsx(records / "CS-04 Customer Contact Log.xlsx", [
        ("Log", [f"{COMPANY} - CS-04 Customer contact log", "Customer Service - every call and e-mail", ""],
         ["Logged", "SO number", "Retailer portal #", "Account", "Issue", "Owner", "Status"], cs, "dd/mm/yyyy")],
        COMPANY)
    stats["claims"] = len(rows)
    stats["claims_answered"] = len(spans)
    stats["claims_median_working_days"] = statistics.median(spans)
    stats["claims_share_over_10_working_days"] = round(sum(1 for s in spans if s > 10) / len(spans), 2)
    stats["claims_median_calendar_days"] = statistics.median(
        (dt.date.fromisoformat(r[7]) - dt.date.fromisoformat(r[6])).days for r in rows if r[7])
    stats["cs_log_rows"] = len(cs)
    stats["claims_also_in_cs_log"] = typed
    stats["claims_also_in_cs_log_share"] = round(typed / len(events), 2)
    return [(e[3], e[1], e[6], e[0]) for e in events]


def despatch_orders(rng: random.Random, folder: Path, claimed: list[tuple], stats: dict) -> None:
    """WMS despatch export, Oct-Nov 2026: different events (despatches) that share order numbers with a few
    claims, each despatched a few days before its claim. The clean counterpart of PS02."""
    recent = [c for c in claimed if c[3] >= dt.date(2026, 10, 8)]
    rows = []
    for day in _workdays(dt.date(2026, 10, 1), LAST_DAY):
        for _ in range(rng.randint(22, 30)):
            customer, _ = rng.choice(CUSTOMERS)
            rows.append([f"SO-{rng.randint(3100000, 3999999)}", customer, rng.choice(SITES_BY_CUSTOMER[customer]),
                         f"{day:%Y-%m-%d}", rng.randint(1, 26), f"L{rng.randint(50000, 59999)}"])
    shared = rng.sample(recent, k=min(12, len(recent)))
    for (order, customer, site, received), row in zip(shared, rng.sample(rows, k=len(shared))):
        row[0:4] = [order, customer, site, f"{received - dt.timedelta(days=rng.randint(2, 6)):%Y-%m-%d}"]
    rows.sort(key=lambda r: r[3])
    write_csv(folder / "WMS_despatch_orders_Oct-Nov_2026.csv", [],
              ["Order", "Client", "Ship to", "Despatch date", "Pallets", "Load ID"], rows)
    stats["despatch_rows"] = len(rows)
    stats["despatch_orders_with_claim"] = len(shared)


def racking(rng: random.Random, folder: Path, stats: dict) -> None:
    """'Weekly, every Tuesday' kept in bursts, the biggest in the weeks before the September audit (DR02, SH01)."""
    tuesdays = _weekday_dates(1, dt.date(2026, 1, 5), LAST_DAY)
    kept = [dt.date(2026, 1, 6), dt.date(2026, 1, 13), dt.date(2026, 1, 20), dt.date(2026, 4, 14),
            dt.date(2026, 8, 11), dt.date(2026, 8, 18), dt.date(2026, 8, 25), dt.date(2026, 9, 1),
            dt.date(2026, 9, 8), dt.date(2026, 10, 27), dt.date(2026, 11, 17)]
    rows = []
    for day in kept:
        inspector = rng.choice(["Lee Varga", "Lee Varga", "Anton Roe"])
        for aisle in "ABCDEFGH":
            damage = rng.random() < 0.15
            risk = rng.choice(["Green", "Green", "Amber", "Red"]) if damage else "Green"
            rows.append([day.strftime("%d/%m/%Y"), aisle, rng.randint(180, 240), "Y" if damage else "N",
                         risk if damage else "", inspector,
                         {"Red": "bay offloaded, taped", "Amber": "repair ordered", "Green": "monitor"}.get(risk, "")
                         if damage else ""])
    write_csv(folder / "racking_inspections.csv", ["Racking inspection app - export"],
              ["Date", "Aisle", "Locations checked", "Damage found", "Risk", "Inspector", "Action"], rows)
    gaps = [(b - a).days for a, b in zip(kept, kept[1:])]
    window = [d for d in kept if AUDIT_DATES[1] - dt.timedelta(days=21) <= d < AUDIT_DATES[1]]
    stats["racking_tuesdays_expected"] = len(tuesdays)
    stats["racking_tuesdays_kept"] = len(kept)
    stats["racking_median_gap_days"] = statistics.median(gaps)
    stats["racking_longest_gap_days"] = max(gaps)
    stats["racking_inspections_in_3_weeks_before_2026_audit"] = len(window)
    stats["racking_rows"] = len(rows)


def fire_tests(rng: random.Random, folder: Path, stats: dict) -> None:
    """HS-05A: clean. Every Thursday, by a Fire Warden, every field filled; the call points in turn."""
    rows = []
    points = [(f"CP{n:02d}", zone) for n, zone in enumerate(["Z1 Goods in"] * 4 + ["Z2 Racking"] * 6 +
                                                            ["Z3 Despatch"] * 4 + ["Z4 Offices"] * 3, 1)]
    for n, day in enumerate(_weekday_dates(3, dt.date(2025, 1, 2), LAST_DAY)):
        point, zone = points[n % len(points)]
        warden = FIRE_WARDENS[n % 2]
        fault = rng.random() < 0.03
        rows.append([day, "10:0" + str(rng.randint(0, 9)), point, zone, "Y", "N" if fault else "Y", warden,
                     "Fire Warden", "FD12 did not release - reported to Facilities" if fault else ""])
    write_xlsx(folder / "HS-05A Fire Alarm Test Log.xlsx", [
        ("Tests", [f"{COMPANY} - HS-05A Fire alarm weekly test", "Thursday 10:00 - next call point on rota", ""],
         ["Date", "Time", "Call point", "Zone", "Alarm sounded Y/N", "Doors released Y/N", "Tested by", "Role",
          "Comments"], rows, "dd/mm/yyyy")], COMPANY)
    stats["fire_tests"] = len(rows)


def flt_checks(rng: random.Random, folder: Path, stats: dict) -> None:
    """Telematics pre-use checks: the screen's questions are not WI-07's steps (DR06)."""
    hours = {truck: rng.randint(3000, 9000) for truck in ("RT01", "RT02", "RT03", "RT04", "RT05", "CB01", "CB02")}
    rows = []
    for day in _workdays(dt.date(2026, 9, 1), LAST_DAY):
        for shift in ("AM", "PM"):
            for truck in hours:
                hours[truck] += rng.randint(5, 8)
                if rng.random() < 0.1:
                    continue
                answers = ["OK"] * 6
                if rng.random() < 0.02:
                    answers[rng.randrange(6)] = "Fault"
                rows.append([f"{day:%d/%m/%Y}", shift, truck, rng.choice(OPERATIVES), *answers,
                             hours[truck], "Fault" if "Fault" in answers else "OK"])
    write_csv(folder / "FLT_prestart_checks.csv", [],
              ["Date", "Shift", "Truck", "Driver", "Tyres", "Horn", "Lights", "Seat belt", "Fire extinguisher",
               "Windscreen clean", "Hours meter", "Result"], rows)
    stats["flt_checks"] = len(rows)


def dock_checks(rng: random.Random, folder: Path, stats: dict) -> None:
    """Dock leveller checks: clean. One line per door per working day; the columns are WI-08's checks."""
    rows = []
    for day in _workdays(dt.date(2026, 6, 1), LAST_DAY):
        leader = rng.choice(["Gary Tate", "Gary Tate", "Nadia Bloom"])
        for door in ("D01", "D02", "D03", "D04"):
            answers = ["OK"] * 5
            if rng.random() < 0.015:
                answers[rng.randrange(5)] = "Fault"
            rows.append([f"{day:%d/%m/%Y}", door, *answers, leader, "Dock Team Leader",
                         "door out of use, Facilities called" if "Fault" in answers else ""])
    write_csv(folder / "dock_leveller_checks.csv", [],
              ["Date", "Door", "Lip extends and rests on trailer bed", "Dock seal intact", "Wheel chock in place",
               "Traffic light works", "Emergency stop works", "Checked by", "Role", "Comments"], rows)
    stats["dock_rows"] = len(rows)
    stats["dock_days"] = len({r[0] for r in rows})


def departures(rng: random.Random, folder: Path, stats: dict) -> None:
    """Departure log with a Role column: the Transport Supervisor signs ~20%, shunters most (DR05)."""
    rows = []
    for day in _workdays(dt.date(2026, 3, 2), LAST_DAY):
        for _ in range(rng.choice([3, 4, 4, 5])):
            pick = rng.random()
            if pick < 0.2:
                who, role = rng.choice(TRANSPORT_SUPERVISORS), "Transport Supervisor"
            elif pick < 0.82:
                who, role = rng.choice(SHUNTERS), "Shunter"
            else:
                who, role = rng.choice(OPERATIVES), "Warehouse Operative"
            time_out = f"{rng.randint(5, 22):02d}:{rng.randint(0, 59):02d}"
            rows.append([day, time_out, f"MAN-{rng.randint(200000, 299999)}", f"TRL-{rng.randint(100, 180)}",
                         f"{rng.randint(1000000, 9999999)}", rng.choice(SITES),
                         who, role, rng.choice([""] * 10 + ["late - waiting paperwork", "resealed"])])
    write_xlsx(folder / "Trailer Departure Log 2026.xlsx", [
        ("Departures", [f"{COMPANY} - Trailer departure log", "WI-12 - sign every trailer out", ""],
         ["Date", "Time out", "Manifest", "Trailer", "Seal No", "Destination", "Signed off by", "Role", "Notes"],
         rows, "dd/mm/yyyy")], COMPANY)
    roles = [r[7] for r in rows]
    stats["departures"] = len(rows)
    stats["departures_by_role"] = {role: roles.count(role) for role in sorted(set(roles))}


def incidents(rng: random.Random, records: Path, exports: Path, stats: dict) -> None:
    """HS-02A accidents (clean: every investigation within 7 days) and the near-miss export, which stops
    after May 2026 (SH02)."""
    rows, day = [], dt.date(2025, 1, 9)
    while True:
        day += dt.timedelta(days=rng.randint(12, 30))
        if day > dt.date(2026, 11, 16):
            break
        done = day + dt.timedelta(days=rng.randint(1, 7))
        rows.append([f"A{day:%y}-{len(rows) + 1:02d}", day, rng.choice(["Goods in", "Aisle C", "Despatch",
                                                                        "Charging bay", "Yard"]),
                     rng.choice(["cut hand on strapping", "foot run over by pump truck", "slip on wet floor",
                                 "strain lifting carton", "hit head on racking beam"]),
                     rng.choice(["Neil Addo", "Gary Tate", "Priya Rao"]), done if done <= LAST_DAY else None,
                     "Helen Burke" if done <= LAST_DAY else "", "N"])
    write_xlsx(records / "HS-02A Accident and Incident Log.xlsx", [
        ("Log", [f"{COMPANY} - HS-02A Accident and incident log", "Investigate within 7 days", ""],
         ["Ref", "Date of accident", "Location", "What happened", "Investigated by (Shift Manager)",
          "Investigation completed", "Closed by (H&S Advisor)", "RIDDOR Y/N"], rows, "dd/mm/yyyy")], COMPANY)
    stats["accidents"] = len(rows)
    stats["accidents_max_days_to_investigation"] = max((r[5] - r[1]).days for r in rows if r[5])
    near, counts, month = [], {}, dt.date(2025, 1, 1)
    while month <= dt.date(2026, 5, 1):
        n = rng.randint(6, 12)
        counts[f"{month:%Y-%m}"] = n
        for _ in range(n):
            when = month + dt.timedelta(days=rng.randint(0, 27))
            near.append([when.isoformat(), rng.choice(["pedestrian in FLT aisle", "pallet overhang", "load shifted",
                                                        "fire exit blocked", "trailer creep at door"]),
                         rng.choice(["Goods in", "Aisle B", "Despatch", "Yard"]), "anonymous" if rng.random() < 0.3
                         else rng.choice(OPERATIVES)])
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    near.sort()
    write_csv(exports / "HS-02B near_miss_reports.csv", [], ["Reported", "Description", "Area", "Reported by"], near)
    stats["near_miss_rows"] = len(near)
    stats["near_miss_per_month"] = list(counts.values())
    stats["near_miss_last"] = near[-1][0]


def shadow(rng: random.Random, folder: Path, stats: dict) -> None:
    """A damages tally no procedure names (PS01)."""
    rows, day = [], dt.date(2025, 10, 6)
    while day <= LAST_DAY:
        if day.weekday() < 5:
            for _ in range(rng.randint(0, 3)):
                rows.append([day, rng.choice(["B6-01", "B6-02", "B6-03", "B6-04"]), rng.choice(SITES),
                             rng.randint(1, 14), rng.choice(["Bendi", "reach truck", "pump truck", "unknown"]),
                             rng.choice(["Sam", "Sam", "Tina", "Bogdan", "Ade"])])
        day += dt.timedelta(days=1)
    write_xlsx(folder / "Bay 6 damages tally (Sam) - KEEP.xlsx", [
        ("tally", ["bay 6 damages - put EVERYTHING on here"], ["Date", "Bay", "Order for", "Cases", "Hit by", "Who"],
         rows, "dd/mm/yyyy")], COMPANY)
    stats["shadow_rows"] = len(rows)


REVIEW_OCTOBER_2026 = [
    ("h1", "1 Previous actions"),
    ("p", "Eight actions were open. Two are closed; six are overdue and were given new dates."),
    ("h1", "2 Surveillance audit 15 September 2026"),
    ("p", "The certification body raised one minor nonconformity (racking inspection records incomplete) and two "
          "observations. The corrective action plan is due on 15 October."),
    ("h1", "3 Internal audit programme"),
    ("p", "Three of the eight audits planned for the year are complete; goods in and transport are overdue."),
    ("h1", "4 Documents"),
    ("p", "Nine wiki pages are past their review date. WI-09 and WI-12 are to be moved to the new template."),
    ("h1", "5 Certificates"),
    ("p", "The ISO 9001 and ISO 45001 certificates are valid to September 2027. The certification fee rises 4%."),
]

REVIEW_APRIL_2026 = [
    ("h1", "1 Performance"),
    ("p", "Pick accuracy was 99.62% against 99.8%; mispicks on Boots small items are most of the gap. On-time "
          "despatch was 97.1%. Cost per case was 31p against a budget of 29p, driven by agency hours in peak."),
    ("h1", "2 Claims"),
    ("p", "Claims cost 41,000 pounds in the half year; pallet collapse in transit and short picks are 60% of the "
          "value. Answer times to clients are too slow: Tesco has raised it twice."),
    ("h1", "3 Safety"),
    ("p", "Seven accidents, none reportable. Near misses are mostly pedestrians in FLT aisles; barriers in "
          "aisles C and D are agreed."),
    ("h1", "4 Decisions"),
    ("table", [["Action", "Owner", "Due"],
               ["Second Claims Administrator to clear the backlog", "KL", "31/05/2026"],
               ["Stretch wrap spec change for Tesco loads", "NA", "30/06/2026"],
               ["Pedestrian barriers aisles C and D", "HB", "31/07/2026"]]),
]

AUDIT_PLAN = """# Surveillance Audit Plan 2026

Corran Freight Distribution Ltd, Corran Park DC

Certification body: Lowmoor Assessment Services
Standards: ISO 9001:2015, ISO 45001:2018
Audit date: **15 September 2026** (one day, two auditors)
Previous audit: 16 September 2025

| Time | Area | Auditee |
|---|---|---|
| 08:30 | Opening meeting | Senior team |
| 09:00 | Goods in, racking, FLTs | Inbound Manager, H&S Advisor |
| 11:00 | Despatch, yard, trailer sign-off | Transport Manager |
| 13:30 | Claims, customer contact | Customer Service Manager |
| 15:30 | Closing meeting | Senior team |
"""

CONFIG = """# gapscan configuration for the Corran Freight document set.
audit_dates = ["2025-09-16", "2026-09-15"]

[kinds]
"audit-plan-2026.md" = "other"

# The app exports write day/month/year.
[dates]
"exports/racking_inspections.csv" = "dmy"
"exports/FLT_prestart_checks.csv" = "dmy"
"exports/dock_leveller_checks.csv" = "dmy"
"""


def reviews(root: Path) -> None:
    folder = root / "management-review"
    folder.mkdir(parents=True, exist_ok=True)
    present = ("Present: Alison Corran (Managing Director), Kerry Lyons (Operations Director), Helen Burke "
               "(Health and Safety Advisor), Nadia Bloom (Warehouse Manager), Jo Harlow (Customer Service Manager)")
    write_docx(folder / "Management Review Minutes 2026-10-06.docx", "Management Review Minutes - 6 October 2026",
               [present, "Chair: Alison Corran | Minutes: Jo Harlow"], REVIEW_OCTOBER_2026,
               f"{COMPANY} - Management review", COMPANY)
    write_md(folder / "Management Review Minutes 2026-04-14.md", "Management Review Minutes - 14 April 2026",
             [present, "Chair: Alison Corran | Minutes: Jo Harlow"], REVIEW_APRIL_2026)


def build(out: Path) -> dict:
    """(Re)generate the whole set into `out`; return the numbers planted, as measured."""
    if out.exists():
        if not (out / "gapscan.toml").exists() and any(out.iterdir()):
            raise SystemExit(f"refusing to clear {out}: not an example set (no gapscan.toml)")
        import shutil

        shutil.rmtree(out)
    records, exports = out / "records", out / "exports"
    records.mkdir(parents=True)
    exports.mkdir(parents=True)
    rng = random.Random(45001)
    stats: dict = {}
    procedures(out)
    templates(out)
    inbound_receipts(rng, exports, stats)
    claimed = claims(rng, exports, records, stats)
    despatch_orders(rng, exports, claimed, stats)
    racking(rng, exports, stats)
    fire_tests(rng, records, stats)
    flt_checks(rng, exports, stats)
    dock_checks(rng, exports, stats)
    departures(rng, records, stats)
    incidents(rng, records, exports, stats)
    shadow(rng, records, stats)
    reviews(out)
    (out / "audit-plan-2026.md").write_text(AUDIT_PLAN, encoding="utf-8")
    (out / "gapscan.toml").write_text(CONFIG, encoding="utf-8")
    return stats


def main(argv: list[str]) -> int:
    return run_builder(build, "corran-freight", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
