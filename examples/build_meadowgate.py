"""Build the food packing plant example set: examples/meadowgate-foods/.

Meadowgate Fresh Foods Ltd washes and packs salads and prepared vegetables for
retailers (about 180 people, two packing lines, ISO 22000 and ISO 9001). Its records
are kept the way such a site keeps them: month-per-sheet workbooks (each sheet with its
own title rows and the same header), a per-year workbook, filled checklists as Word
tables with ticks, sign-off columns that name the role ("Approved by (Plant Manager)")
with initials in the cells, result columns holding Pass/Fail, Y/N and OK, a blank form
kept as markdown in a templates folder and a WMS export. Every DR and PS rule has a
planted gap here and, beside it, a clean counterpart in the same layout whose records
show the procedure followed; examples/README.md lists both with the numbers planted.

Run `python examples/build_meadowgate.py [OUT_DIR]` (default: examples/meadowgate-foods).
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
    _add_workdays, _docx_new, _docx_table, _normalize_zip, _poisson, _workdays, procedure, run_builder, write_csv,
    write_docx, write_xlsx)

COMPANY = "Meadowgate Fresh Foods Ltd"
TODAY = dt.date(2026, 11, 20)
AUDIT_DATES = (dt.date(2025, 6, 10), dt.date(2026, 6, 9))
YEAR_START = dt.date(2026, 1, 5)  # first production day of 2026
LAST_DAY = dt.date(2026, 11, 19)

TM, QAL, PLM, PUR = ("Helen Okafor", "HO"), ("Joanna Price", "JP"), ("Stuart Bell", "SB"), ("Ian Moss", "IM")
QA_TECHS = [("Tom Reilly", "TR"), ("Ewa Nowak", "EN")]
LINE_LEADERS = [("Gemma Ross", "GR"), ("Paul Kaur", "PK"), ("Dan Hughes", "DH")]
PRODUCTS = ["Baby leaf salad 120g", "Wild rocket 60g", "Watercress 85g", "Mixed leaf 200g",
            "Crispy salad 250g", "Stir fry veg 320g", "Tenderstem broccoli 200g", "Coleslaw mix 400g"]
SUPPLIERS = ["Fenland Leaf Growers", "Hallam Farms", "Costa Verde Produce", "Ribble Valley Salads",
             "Norfolk Brassica Co", "Greenacre Packaging", "Bunzl Catering Supplies", "Sealed Air Films",
             "Ecolab Hygiene", "Kent Watercress Beds"]
HOLD_REASONS = ["seal integrity - leakers on Ishida bagger", "date code misprint", "MAP gas flush low O2 fail",
                "foreign body (stone) in baby leaf", "wrong film loaded", "Listeria swab presumptive",
                "label allergen mismatch", "rocket yellowing at intake", "underweight packs on checkweigher",
                "insect in watercress"]


def _title(code: str, name: str, extra: str) -> list[str]:
    return [f"{COMPANY} - {code} {name}", extra, ""]


def _months() -> list[dt.date]:
    return [dt.date(2026, m, 1) for m in range(1, 12)]


def _production_days(start: dt.date = YEAR_START, end: dt.date = LAST_DAY) -> list[dt.date]:
    """Mon-Fri; the site works bank holidays except Good Friday and Easter Monday."""
    return [d for d in _workdays(start, end) if d not in (dt.date(2026, 4, 3), dt.date(2026, 4, 6))]


def _by_month(rows: list[list], date_index: int) -> dict[dt.date, list[list]]:
    out: dict[dt.date, list[list]] = {m: [] for m in _months()}
    for row in rows:
        day = row[date_index]
        out[dt.date(day.year, day.month, 1)].append(row)
    return out


def _monthly_workbook(path: Path, code: str, name: str, extra: str, header: list[str], rows: list[list],
                      date_index: int = 0, typed_month: dt.date | None = None) -> None:
    """One sheet per month, each with its own title rows and the same header, as the site keeps them.
    In `typed_month` the dates were typed as text (d/m/Y), as a stand-in clerk did."""
    sheets = []
    for month, month_rows in _by_month(rows, date_index).items():
        if month == typed_month:
            month_rows = [[v.strftime("%d/%m/%Y") if i == date_index else v for i, v in enumerate(r)]
                          for r in month_rows]
        titles = [f"{COMPANY} - {code} {name}", f"Month: {month:%B %Y}    {extra}", ""]
        sheets.append((f"{month:%b %Y}", titles, header, month_rows, "dd/mm/yyyy"))
    write_xlsx(path, sheets, COMPANY)


def _proc(folder: Path, fmt: str, code: str, title: str, rev: str, owner: str, approved: str, blocks) -> None:
    procedure(folder / f"{code} {title}.{fmt}", fmt, code, title, rev, owner, approved, blocks, COMPANY,
              "Technical / Food Safety Procedures")


# ---------------------------------------------------------------- procedures
# FSM-01 restates ISO 22000:2018 clause by clause (CM plant); QP-04 and QP-15 mix the standard's
# headings with real rules; the rest are operational. All wording is this project's own.

FOOD_SAFETY_MANUAL = [
    ("h1", "1 Scope"),
    ("p", "This manual describes the food safety management system of the organization and how each requirement "
          "of ISO 22000:2018 is met, as applicable, together with the quality requirements of ISO 9001:2015."),
    ("h1", "4 Context of the organization"),
    ("h2", "4.1 Understanding the organization and its context"),
    ("p", "The organization shall determine the external and internal issues relevant to its purpose that affect "
          "its ability to achieve the intended results of the food safety management system."),
    ("h2", "4.2 Understanding the needs and expectations of interested parties"),
    ("p", "The organization shall determine the interested parties relevant to the food safety management system "
          "and their relevant requirements, and shall review this information periodically."),
    ("h2", "4.3 Determining the scope of the food safety management system"),
    ("p", "The scope shall state the products, processes and production sites covered and shall be available "
          "and maintained as documented information."),
    ("h2", "4.4 Food safety management system"),
    ("p", "The organization shall establish, implement, maintain, update and continually improve a food safety "
          "management system, including the processes needed and their interactions."),
    ("h1", "5 Leadership"),
    ("h2", "5.1 Leadership and commitment"),
    ("p", "Top management shall demonstrate leadership and commitment by ensuring that the food safety policy and "
          "objectives are established and compatible with the strategic direction of the organization, and that "
          "the necessary resources are available."),
    ("h2", "5.2 Policy"),
    ("p", "Top management shall establish, implement and maintain a food safety policy appropriate to the purpose "
          "and context of the organization. The policy shall be communicated and available to relevant "
          "interested parties, as appropriate."),
    ("h2", "5.3 Organizational roles, responsibilities and authorities"),
    ("p", "Top management shall ensure that responsibilities and authorities for relevant roles are assigned, "
          "communicated and understood within the organization, including the food safety team leader."),
    ("h1", "6 Planning"),
    ("h2", "6.1 Actions to address risks and opportunities"),
    ("p", "When planning the food safety management system, the organization shall consider the issues and "
          "requirements referred to in clause 4 and determine the risks and opportunities that need to be "
          "addressed. Actions shall be proportionate to their potential impact on food safety."),
    ("h2", "6.2 Objectives of the food safety management system and planning to achieve them"),
    ("p", "The organization shall establish objectives at relevant functions and levels. Objectives shall be "
          "measurable, monitored, communicated and updated as appropriate."),
    ("h2", "6.3 Planning of changes"),
    ("p", "Where the organization determines the need for changes, the changes shall be carried out in a "
          "planned manner."),
    ("h1", "7 Support"),
    ("h2", "7.1 Resources"),
    ("p", "The organization shall determine and provide the resources needed, including people, infrastructure "
          "and the work environment. Where externally developed elements are used, the organization shall "
          "ensure that they conform to the requirements of this document."),
    ("h2", "7.2 Competence"),
    ("p", "The organization shall determine the necessary competence of persons doing work under its control "
          "that affects food safety and retain appropriate documented information as evidence of competence."),
    ("h2", "7.3 Awareness"),
    ("p", "Relevant persons doing work under the organization's control shall be aware of the food safety policy "
          "and objectives and of their contribution to the effectiveness of the system."),
    ("h2", "7.4 Communication"),
    ("p", "The organization shall determine the internal and external communications relevant to the food safety "
          "management system, including with suppliers, customers and the competent authorities."),
    ("h2", "7.5 Documented information"),
    ("p", "Documented information required by this document and determined by the organization as necessary "
          "shall be controlled so that it is available and suitable for use where and when it is needed."),
    ("h1", "8 Operation"),
    ("h2", "8.1 Operational planning and control"),
    ("p", "The organization shall plan, implement, control, maintain and update the processes needed to meet "
          "requirements for the realization of safe products."),
    ("h2", "8.2 Prerequisite programmes (PRPs)"),
    ("p", "The organization shall establish, implement, maintain and update PRPs to facilitate the prevention and "
          "reduction of contaminants in the products and processing environment, as applicable."),
    ("h2", "8.3 Traceability system"),
    ("p", "The traceability system shall be able to uniquely identify incoming material from suppliers and the "
          "first stage of the distribution route of the end product. Documented information shall be retained "
          "as evidence for a defined period."),
    ("h2", "8.4 Emergency preparedness and response"),
    ("p", "Top management shall ensure procedures are in place to respond to potential emergency situations or "
          "incidents that can have an impact on food safety."),
    ("h2", "8.5 Hazard control"),
    ("p", "The food safety team shall conduct a hazard analysis, determine the hazards to be controlled and "
          "establish a hazard control plan. Documented information shall be maintained as applicable."),
    ("h2", "8.7 Control of monitoring and measuring"),
    ("p", "The organization shall provide evidence that the specified monitoring and measuring methods and "
          "equipment in use are adequate for the monitoring and measuring activities."),
    ("h2", "8.9 Control of product and process nonconformities"),
    ("p", "The organization shall ensure that data derived from the monitoring of OPRPs and at CCPs are "
          "evaluated by designated persons who are competent and have the authority to initiate corrections "
          "and corrective actions."),
    ("h1", "9 Performance evaluation"),
    ("h2", "9.1 Monitoring, measurement, analysis and evaluation"),
    ("p", "The organization shall determine what needs to be monitored and measured, the methods, when it shall "
          "be performed and when the results shall be analysed and evaluated."),
    ("h2", "9.2 Internal audit"),
    ("p", "The organization shall conduct internal audits at planned intervals and retain documented "
          "information as evidence of the implementation of the audit programme and the audit results."),
    ("h2", "9.3 Management review"),
    ("p", "Top management shall review the food safety management system at planned intervals to ensure its "
          "continuing suitability, adequacy and effectiveness."),
    ("h1", "10 Improvement"),
    ("h2", "10.1 Nonconformity and corrective action"),
    ("p", "When a nonconformity occurs, the organization shall react to it, evaluate the need for action to "
          "eliminate the cause and retain documented information on its nature and the results of action."),
    ("h2", "10.2 Continual improvement"),
    ("p", "Top management shall ensure that the organization continually improves the suitability, adequacy and "
          "effectiveness of the food safety management system."),
    ("h2", "10.3 Update of the food safety management system"),
    ("p", "Top management shall ensure that the food safety management system is continually updated, as "
          "applicable."),
]

SUPPLIER_APPROVAL = [
    ("h1", "8.4 Control of externally provided processes, products and services"),
    ("p", "The organization shall ensure that externally provided processes, products and services conform to "
          "requirements and do not adversely affect the ability to deliver safe products, as applicable."),
    ("h2", "8.4.1 Approval of new suppliers"),
    ("p", "Before the first delivery, every new supplier of raw materials or food contact packaging is approved "
          "by the Technical Manager. The Technical Manager checks a current GFSI certificate (BRCGS, FSSC 22000 or "
          "GLOBALG.A.P.) or, where there is none, audits the supplier on site."),
    ("p", "The Purchasing Manager enters the supplier on the Approved Supplier List (FF-04) and initials the "
          "commercial approval; the Technical Manager initials the technical approval in the same row. No "
          "purchase order is placed with a supplier without both."),
    ("h2", "8.4.2 Monitoring"),
    ("p", "Certificates are checked for expiry every quarter. A supplier with three rejected deliveries in a "
          "quarter is reviewed by the Technical Manager, who decides to keep, suspend or delist it."),
    ("h2", "8.4.3 Information for external providers"),
    ("p", "Specifications agreed with each supplier shall be retained as documented information and reviewed "
          "every two years, as applicable."),
]

GOODS_INTAKE = [
    ("h1", "Purpose"),
    ("p", "Only safe, legal and fresh raw material and packaging enters the factory. This procedure covers the "
          "intake bay, Monday to Saturday, 04:00 to 16:00."),
    ("h1", "Responsibilities"),
    ("p", "The Intake Operative checks and records every delivery. The QA Technician on shift decides on any "
          "delivery that is not accepted outright."),
    ("h1", "Checking a delivery"),
    ("ol", ["Check the vehicle is clean, free from pests and odours, and that the load is secure.",
            "Read the vehicle temperature display and write it down.",
            "Probe one case from the front and one from the back of the load and record the product "
            "temperature (core, \u00b0C). Chilled leaf must be 0-5 \u00b0C.",
            "Check the supplier lot code, the purchase order number and the quantity against the delivery note.",
            "Mark Accept Y/N. A delivery above 5 \u00b0C is rejected or placed on hold for the QA Technician.",
            "Sign with your initials."]),
    ("h1", "Records"),
    ("p", "Every delivery is entered on the Goods Intake Log (FF-02): date, time, supplier, product, supplier "
          "lot, PO number, quantity, vehicle temperature, product temperature, Accept Y/N and initials. A new "
          "sheet is started each month in the same workbook."),
]

METAL_DETECTION = [
    ("h1", "Scope"),
    ("p", "Metal detection on Line 2 (Ishida multihead and bagger, Loma IQ4 detector after the bagger). The "
          "metal detector is a CCP."),
    ("h1", "Testing the detector"),
    ("p", "The Line Leader tests the metal detector at start-up, every 2 hours while the line runs and at the "
          "end of production, with the three certified test pieces: Fe 2.0 mm, Non-Fe 2.5 mm and Stainless "
          "3.0 mm. Each test piece is passed through in a pack, at the leading edge, middle and trailing edge."),
    ("ol", ["Stop filling and run three test packs, one per test piece.",
            "Confirm each test pack is rejected into the locked reject bin.",
            "Record Pass/Fail for each test piece on the Metal Detector Check Log (FF-07), with the time and "
            "your initials.",
            "If any test piece is not rejected, stop the line, hold all product since the last good check and "
            "call the QA Technician."]),
    ("h1", "Foreign body finds"),
    ("p", "Any foreign body found in product, by the detector, on the line or reported by a customer, is "
          "entered on the Foreign Body Incident Log (FF-18) the same day by the QA Technician, with the lot "
          "code, the material and the action taken."),
]

POSITIVE_RELEASE = [
    ("h1", "Purpose"),
    ("p", "No finished product leaves the site before it is released. Release is done once a day, for the whole "
          "day's production, at 17:00."),
    ("h1", "Daily release"),
    ("ol", ["The QA Lead checks the day's CCP records, the label checks and any micro results due.",
            "The QA Lead initials the Verified (QA Lead) column of the Daily Release Record (FF-08).",
            "The Plant Manager reviews the open holds and approves the release by initialling the Approved by "
            "(Plant Manager) column.",
            "Released Y/N is marked and the batches are freed for despatch in the WMS."]),
    ("p", "The Daily Release Record is kept as one workbook a year with a sheet for each month. Each production "
          "day has one row listing the lines, the batch codes and the result of the label check (OK / not OK)."),
]

GLASS_CONTROL = [
    ("h1", "Purpose"),
    ("p", "To stop glass and brittle plastic reaching product. Covers the intake bay, Line 1, Line 2 and the "
          "chiller store."),
    ("h1", "Weekly audit"),
    ("p", "A QA Technician audits every item on the glass and hard plastics register every Monday, area by "
          "area, before production starts. The result for each area is entered on the Glass & Hard Plastics "
          "Audit (FF-09): number of items checked, any damage, OK / Not OK and initials."),
    ("h1", "Breakage"),
    ("p", "If an item is broken, stop the line, cordon off 3 metres, hold product made since the last audit and "
          "follow the breakage clean-up on the back of the register. The QA Technician records the breakage on "
          "FF-09 and on the Foreign Body Incident Log."),
]

NONCONFORMITY = [
    ("h1", "Purpose"),
    ("p", "To deal with product and process nonconformities and remove their causes."),
    ("h1", "Raising a nonconformity"),
    ("p", "Anyone who finds a problem tells the QA Technician, who puts the affected stock on hold in the Product "
          "Hold Register (FF-16) and blocks it in the WMS (blocked stock report). The QA Technician raises a "
          "CAPA on the CAPA Log (FF-10) for every hold, customer complaint or audit finding."),
    ("h1", "Corrective action"),
    ("p", "The owner named on FF-10 finds the root cause and agrees an action with the QA Lead. Corrective "
          "actions are closed within 28 days of the nonconformity being raised. The QA Lead verifies that the "
          "action worked before closing the CAPA and initials the Verified (QA Lead) column."),
    ("p", "CAPAs open for more than 28 days are listed at the weekly technical meeting."),
]

ALLERGEN_CHANGEOVER = [
    ("h1", "Purpose"),
    ("p", "Coleslaw mix contains egg (dressing sachet) and the stir fry veg contains soya (sauce sachet). A "
          "product without these allergens must never be packed after them without a verified changeover."),
    ("h1", "Changeover"),
    ("ol", ["The Line Leader stops the line and removes all allergen-containing product, sachets and labels.",
            "The hygiene team cleans the line to the changeover clean standard.",
            "The Line Leader checks the line visually, including under the sachet applicator.",
            "The QA Technician takes an allergen protein swab from the sachet applicator and the bagger jaws."]),
    ("h1", "Records"),
    ("p", "After every changeover from an allergen-containing product, the Line Leader completes the Allergen "
          "Changeover Verification form (FF-14) and the QA Technician signs it before the next product starts. "
          "The blank form is in the templates folder."),
]

PRESTART_CHECK = [
    ("h1", "Scope"),
    ("p", "Line 2 start-up each production day, before the first pack is made. Done by the Line Leader."),
    ("h1", "Pre-start check"),
    ("ol", ["Hygiene clearance signed by the Hygiene Team Leader",
            "Belts, hoppers and multihead buckets clean and dry",
            "No tools, cloths or loose parts on or near the line",
            "Glass and hard plastics on the line intact",
            "Correct film and labels loaded for the first product",
            "Metal detector test pieces Fe, Non-Fe and Stainless rejected",
            "Date code on the first pack matches the production plan"]),
    ("h1", "Records"),
    ("p", "Tick each item on the Pre-start Checklist (FF-12), \u2713 if correct or X if not. An item marked X "
          "is put right and re-checked before start-up; write what was done in the comment. The Line Leader "
          "signs the checklist and the Shift Manager countersigns."),
]

CHANGEOVER_CLEAN = [
    ("h1", "Scope"),
    ("p", "Full changeover clean of Line 2 between products of different leaf types and after any allergen run. "
          "Done by the hygiene team."),
    ("h1", "Cleaning steps"),
    ("ol", ["Stop the line and remove all product, packaging and labels from the area.",
            "Dismantle the multihead buckets and take them to the wash room.",
            "Apply Kleenfoam detergent at 3% and leave for 10 minutes.",
            "Rinse with low-pressure water from top to bottom.",
            "Sanitise with Sanit-QA at 200 ppm and leave for 5 minutes.",
            "Take ATP swabs at the three points on the line diagram; all below 150 RLU.",
            "Refit the multihead buckets with clean gloves.",
            "Hygiene Team Leader signs the line off for QA release."]),
    ("h1", "Records"),
    ("p", "Each step is ticked on the Changeover Clean Checklist (FF-13) and the checklist is filed with the "
          "day's records."),
]

COMPLAINTS = [
    ("h1", "9.1.2 Customer satisfaction"),
    ("p", "The organization shall monitor customers' perceptions of the degree to which their needs and "
          "expectations have been fulfilled."),
    ("h2", "Handling a complaint"),
    ("p", "Every complaint from a retailer or consumer is entered on the Complaints Log (FF-15) the day it "
          "arrives. The QA Lead acknowledges it within 2 working days and sends the investigation response within "
          "10 working days of receipt."),
    ("p", "A complaint about a foreign body or illness is escalated to the Technical Manager the same day."),
]

ATP_VERIFICATION = [
    ("h1", "Purpose"),
    ("p", "To verify that cleaning works, by ATP swabs at fixed points on both lines."),
    ("h1", "Swabbing"),
    ("p", "ATP swabs are taken weekly, on Tuesday after the night clean, at the eight points of the swab plan. "
          "Each week a QA Technician takes the swabs and reads them on the Hygiena luminometer."),
    ("table", [["Swab point", "Line"], ["L1 infeed belt", "1"], ["L1 multihead bucket", "1"],
               ["L1 bagger jaws", "1"], ["L2 infeed belt", "2"], ["L2 multihead bucket", "2"],
               ["L2 bagger jaws", "2"], ["Wash tank rim", "both"], ["High care door handle", "both"]]),
    ("p", "Record the RLU reading and Pass / Caution / Fail for every point on the ATP Results workbook (FF-17), "
          "with your initials. Pass is below 150 RLU, Caution 150-300, Fail above 300. A Fail is re-cleaned and "
          "re-swabbed before production."),
    ("p", "Swabs are taken every week, including weeks with a bank holiday. The workbook has one sheet per year."),
]


def procedures(root: Path) -> None:
    folder = root / "procedures"
    folder.mkdir(parents=True, exist_ok=True)
    _proc(folder, "docx", "FSM-01", "Food Safety Management System Manual", "5", "Technical Manager",
          "2024-03-11", FOOD_SAFETY_MANUAL)
    _proc(folder, "pdf", "QP-04", "Supplier Approval", "3", "Technical Manager", "2025-02-17", SUPPLIER_APPROVAL)
    _proc(folder, "md", "SOP-02", "Goods Intake", "4", "Technical Manager", "2025-09-01", GOODS_INTAKE)
    _proc(folder, "docx", "SOP-07", "Metal Detection", "6", "QA Lead", "2025-04-14", METAL_DETECTION)
    _proc(folder, "docx", "SOP-08", "Positive Release", "2", "QA Lead", "2025-11-24", POSITIVE_RELEASE)
    _proc(folder, "md", "SOP-09", "Glass and Hard Plastics Control", "3", "QA Lead", "2025-01-06", GLASS_CONTROL)
    _proc(folder, "pdf", "SOP-10", "Nonconformity and Corrective Action", "4", "Technical Manager", "2025-03-03",
          NONCONFORMITY)
    _proc(folder, "md", "SOP-11", "Allergen Changeover", "2", "Technical Manager", "2025-08-18",
          ALLERGEN_CHANGEOVER)
    _proc(folder, "docx", "WI-12", "Line 2 Pre-start Check", "3", "Plant Manager", "2025-10-06", PRESTART_CHECK)
    _proc(folder, "docx", "WI-13", "Line 2 Changeover Clean", "2", "Hygiene Manager", "2025-05-19",
          CHANGEOVER_CLEAN)
    _proc(folder, "pdf", "QP-15", "Customer Complaints", "3", "QA Lead", "2025-01-13", COMPLAINTS)
    _proc(folder, "md", "SOP-14", "Cleaning Verification by ATP", "2", "QA Lead", "2024-09-30", ATP_VERIFICATION)


def templates(root: Path) -> None:
    """FF-14 as the site keeps it: a blank markdown form, never filled in (DR01)."""
    folder = root / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    text = f"""# FF-14 Allergen Changeover Verification

{COMPANY} - Form FF-14 Rev 2 - print one per changeover

| Field | Entry |
|---|---|
| Date | |
| Line | |
| From product (allergen) | |
| To product | |
| Time line stopped | |

| Check | Done (\u2713) | Initials |
|---|---|---|
| All allergen product, sachets and labels removed | | |
| Changeover clean completed | | |
| Sachet applicator and bagger jaws visually clean | | |
| Allergen protein swab result (negative / positive) | | |

Completed by (Line Leader): ____________  Signed (QA Technician): ____________  Time released: ______
"""
    (folder / "FF-14 Allergen Changeover Verification.md").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- records


def intake_log(rng: random.Random, folder: Path, stats: dict) -> None:
    """FF-02 (month per sheet): product temperature is a column but filled in ~15% of rows (DR04)."""
    produce = [("Fenland Leaf Growers", "Baby leaf"), ("Hallam Farms", "Wild rocket"),
               ("Costa Verde Produce", "Lollo rosso"), ("Ribble Valley Salads", "Iceberg"),
               ("Norfolk Brassica Co", "Tenderstem"), ("Kent Watercress Beds", "Watercress"),
               ("Sealed Air Films", "Bag film 320mm"), ("Greenacre Packaging", "Trays")]
    rows = []
    for day in _production_days():
        for _ in range(rng.choice([2, 3, 3, 4])):
            supplier, product = rng.choice(produce)
            chilled = "film" not in product.lower() and product != "Trays"
            who = rng.choice(["AK", "AK", "LM", "RB"])
            rows.append([day, f"{rng.randint(4, 14):02d}:{rng.choice(['05', '20', '35', '50'])}", supplier, product,
                         f"{supplier.split()[0][:3].upper()}{day:%d%m}{rng.randint(1, 9)}",
                         f"PO{26000 + rng.randint(100, 999)}", rng.choice([120, 240, 360, 480, 600, 800]),
                         round(rng.uniform(1.0, 4.5), 1) if chilled else "n/a", None,
                         "Y" if rng.random() > 0.02 else "N", who, ""])
    rows.sort(key=lambda r: (r[0], r[1]))
    chilled_rows = [r for r in rows if r[7] != "n/a"]
    for row in rng.sample(chilled_rows, k=round(len(chilled_rows) * 0.14)):
        row[8] = round(rng.uniform(1.5, 4.8), 1)
    for row in rows:
        if row[9] == "N":
            row[11] = "rejected - " + rng.choice(["temp 7.2 on vehicle", "slimy leaf", "no lot code on cases"])
        elif rng.random() < 0.03:
            row[11] = rng.choice(["driver late", "pallet broken - restacked", "delivary note missing - phoned"])
    header = ["Date", "Time", "Supplier", "Product", "Supplier lot", "PO No", "Qty (kg)", "Vehicle temp \u00b0C",
              "Product temp \u00b0C", "Accept Y/N", "Checked by", "Comments"]
    _monthly_workbook(folder / "FF-02 Goods Intake Log 2026.xlsx", "FF-02", "Goods Intake Log", "Rev 4",
                      header, rows, typed_month=dt.date(2026, 3, 1))
    stats["intake_rows"] = len(rows)
    stats["intake_chilled_rows"] = len(chilled_rows)
    stats["intake_product_temp_filled_share"] = round(sum(1 for r in rows if r[8] is not None) / len(rows), 3)
    stats["intake_product_temp_filled_share_chilled"] = round(
        sum(1 for r in chilled_rows if r[8] is not None) / len(chilled_rows), 3)


def supplier_list(rng: random.Random, folder: Path, stats: dict) -> None:
    """FF-04: the Purchasing Manager initials every approval; the Technical Manager column only 6 of 28 (DR05)."""
    names = SUPPLIERS + ["Tamar Valley Growers", "Evesham Salad Co", "Murcia Fresh SL", "Agro Sol Almeria",
                         "Linpac Trays", "Label Apeel Ltd", "Sachet Foods Ltd", "Dressings Direct",
                         "Hygiena UK", "Stericlean Supplies", "Cotswold Pallets", "Chep UK", "Arden Leaf Farms",
                         "Lea Valley Growers", "Pembroke Potatoes", "Vale of Evesham Herbs", "Seal-Pak Films",
                         "Priory Packaging"]
    tm_rows = set(rng.sample(range(len(names)), k=6))
    rows = []
    for i, name in enumerate(names):
        approved = dt.date(2023, 1, 16) + dt.timedelta(days=rng.randint(0, 1300))
        cert = rng.choice(["BRCGS AA", "BRCGS A", "FSSC 22000", "GLOBALG.A.P.", "BRCGS Packaging A", "none - audit"])
        rows.append([name, rng.choice(["Leaf", "Brassica", "Packaging", "Sachets", "Hygiene chemicals", "Pallets"]),
                     rng.choice(["High", "High", "Medium", "Low"]), cert,
                     approved + dt.timedelta(days=rng.randint(200, 700)) if cert != "none - audit" else None,
                     PUR[1], TM[1] if i in tm_rows else "", approved,
                     rng.choice(["", "", "", "cert chased", "visit 2025", "trial order only"])])
    header = ["Supplier", "Category", "Risk", "Certification", "Cert expiry", "Approved (Purchasing Manager)",
              "Approved (Technical Manager)", "Date approved", "Comments"]
    write_xlsx(folder / "FF-04 Approved Supplier List.xlsx", [
        ("ASL", _title("FF-04", "Approved Supplier List", "Rev 7 - keep in date order of approval"), header,
         sorted(rows, key=lambda r: r[7]), "dd-mmm-yy")], COMPANY)
    stats["suppliers"] = len(rows)
    stats["suppliers_technical_manager_initialled"] = len(tm_rows)


def metal_detector_log(rng: random.Random, folder: Path, stats: dict) -> None:
    """FF-07 (month per sheet): clean. Start-up, every 2 hours and end of run, every production day."""
    rows = []
    for day in _production_days():
        leader = LINE_LEADERS[day.toordinal() % 3]
        product = rng.choice(PRODUCTS)
        for n, time in enumerate(["06:00", "08:00", "10:00", "12:00", "14:00", "15:45"]):
            minute = rng.randint(0, 9)
            stamp = f"{time[:3]}{int(time[3:]) + minute:02d}"
            if n == 3 and rng.random() < 0.3:
                product = rng.choice(PRODUCTS)
            rows.append([day, stamp, product, "Pass", "Pass", "Pass", leader[1],
                         "start-up" if n == 0 else "end of run" if n == 5 else ""])
    fail = rng.choice(rows[100:])
    fail[5], fail[7] = "Fail", "SS not rejected - line stopped, held since last check, QA called (TR); retest Pass"
    header = ["Date", "Time", "Product", "Fe 2.0mm", "Non-Fe 2.5mm", "SS 3.0mm", "Initials", "Comments"]
    _monthly_workbook(folder / "FF-07 Metal Detector Check Log L2 2026.xlsx", "FF-07", "Metal Detector Check Log",
                      "Line 2 - Loma IQ4", header, rows)
    stats["metal_rows"] = len(rows)
    stats["metal_days"] = len({r[0] for r in rows})


def release_record(rng: random.Random, folder: Path, stats: dict) -> None:
    """FF-08 (month per sheet): clean. One row every production day, QA Lead and Plant Manager initials."""
    rows = []
    for day in _production_days():
        batches = ", ".join(f"L{day:%y}{day.timetuple().tm_yday:03d}-{line}" for line in (1, 2))
        rows.append([day, "L1, L2", batches, rng.choice(["n/a", "n/a", "clear", "clear", "pending (shelf life)"]),
                     "OK", QAL[1], PLM[1], "Y",
                     rng.choice(["", "", "", "", "1 pallet held - see FF-16", "late release 17:40"])])
    header = ["Production date", "Lines", "Batch codes", "Micro", "Label check", "Verified (QA Lead)",
              "Approved by (Plant Manager)", "Released Y/N", "Comments"]
    _monthly_workbook(folder / "FF-08 Daily Release Record 2026.xlsx", "FF-08", "Daily Release Record",
                      "Release at 17:00", header, rows)
    stats["release_rows"] = len(rows)
    stats["release_months"] = len({(r[0].year, r[0].month) for r in rows})


def glass_audit(rng: random.Random, folder: Path, stats: dict) -> None:
    """FF-09 (month per sheet): 'every Monday' kept only in bursts, mostly before the June audit (DR02)."""
    mondays = [d for d in _workdays(YEAR_START, LAST_DAY) if d.weekday() == 0]
    kept = [dt.date(2026, 1, 5), dt.date(2026, 1, 12), dt.date(2026, 4, 27), dt.date(2026, 5, 4),
            dt.date(2026, 5, 11), dt.date(2026, 5, 18), dt.date(2026, 5, 25), dt.date(2026, 6, 1),
            dt.date(2026, 6, 8), dt.date(2026, 9, 7), dt.date(2026, 9, 14), dt.date(2026, 11, 9)]
    areas = [("Intake bay", 14), ("Line 1", 31), ("Line 2", 36), ("Chiller store", 9)]
    rows = []
    for day in kept:
        who = rng.choice(QA_TECHS)[1]
        for area, items in areas:
            damaged = 1 if rng.random() < 0.05 else 0
            rows.append([day, area, items, items, damaged, "Not OK" if damaged else "OK", who,
                         "cracked light diffuser - replaced" if damaged else ""])
    header = ["Date", "Area", "Items on register", "Items checked", "Damaged", "Result", "Checked by", "Comments"]
    _monthly_workbook(folder / "FF-09 Glass and Hard Plastics Audit 2026.xlsx", "FF-09",
                      "Glass & Hard Plastics Audit", "Every Monday before start-up", header, rows)
    gaps = [(b - a).days for a, b in zip(kept, kept[1:])]
    stats["glass_mondays_expected"] = len(mondays)
    stats["glass_mondays_kept"] = len(kept)
    stats["glass_median_gap_days"] = statistics.median(gaps)
    stats["glass_longest_gap_days"] = max(gaps)
    stats["glass_last_entry"] = kept[-1].isoformat()
    stats["glass_months_without_entry"] = sum(1 for m in _months() if not any(d.month == m.month for d in kept))


def capa_and_holds(rng: random.Random, folder: Path, stats: dict) -> None:
    """FF-10 CAPA log: ~1 a week, ~4 a week in the 3 weeks before each audit (SH01), closed in a median of
    ~50 days against 28 (DR03). FF-16 Product Hold Register and the WMS blocked stock export type the same
    holds under different column names, joined by lot code (PS02)."""
    holds, capas = [], []
    week = dt.date(2025, 1, 6)
    while week <= LAST_DAY:
        in_spike = any(a - dt.timedelta(days=21) <= week < a for a in AUDIT_DATES)
        for _ in range(_poisson(rng, 3.8 if in_spike else 1.0)):
            day = week + dt.timedelta(days=rng.randint(0, 4))
            if day > LAST_DAY:
                continue
            line = rng.choice([1, 2, 2])
            lot = f"L{day:%y}{day.timetuple().tm_yday:03d}-{line}"
            reason = rng.choice(HOLD_REASONS)
            product = rng.choice(PRODUCTS)
            source = rng.choice(["Hold", "Hold", "Hold", "Customer complaint", "Internal audit", "Retailer audit"])
            capas.append([day, source, product, lot, f"Line {line}", reason])
            if source == "Hold":
                holds.append([day, lot, product, rng.choice([12, 24, 40, 56, 80, 120, 160]), reason,
                              rng.choice(QA_TECHS)[1]])
        week += dt.timedelta(days=7)
    causes = ["Ishida jaw temperature drifted", "ribbon worn on Videojet coder", "gas supply valve left part "
              "closed", "stone in field harvest, optical sorter bypassed", "film reel not checked at changeover",
              "drain in high care not cleaned to schedule", "label reel mixed in store", "intake temp not probed",
              "checkweigher reject arm air off", "wash tank chlorine low"]
    owners = ["Line Leader", "Engineering Manager", "Hygiene Manager", "QA Lead", "Intake Supervisor"]
    rows, durations = [], []
    late = set(rng.sample(range(len(capas)), k=round(len(capas) * 0.64)))
    for i, (day, source, product, lot, line, reason) in enumerate(capas):
        days = rng.randint(35, 110) if i in late else rng.randint(6, 27)
        closed = day + dt.timedelta(days=days)
        if closed > LAST_DAY:
            closed = None
        else:
            durations.append(days)
        rows.append([f"CA-{day:%y}-{i + 1:03d}", day, rng.choice(QA_TECHS)[1], source, product, lot, line, reason,
                     rng.choice(causes),
                     rng.choice(["retrain and add check to FF-12", "PPM added", "supplier informed, tighter "
                                 "intake check", "new label reel control", "engineering fix"]),
                     rng.choice(owners), day + dt.timedelta(days=28), closed, QAL[1] if closed else ""])
    header = ["CAPA No", "Date raised", "Raised by (QA Technician)", "Source", "Product", "Lot code", "Line",
              "Description", "Root cause",
              "Action", "Owner", "Target date", "Date closed", "Verified (QA Lead)"]
    write_xlsx(folder / "FF-10 CAPA Log.xlsx", [
        ("CAPA", _title("FF-10", "CAPA Log", "Corrective and preventive actions - target 28 days"), header, rows,
         "dd/mm/yyyy")], COMPANY)
    dates = [r[1] for r in rows]
    windows = [(a - dt.timedelta(days=21), a) for a in AUDIT_DATES]
    inside = sum(1 for d in dates if any(lo <= d < hi for lo, hi in windows))
    weeks = (max(dates) - min(dates)).days / 7
    stats["capa_rows"] = len(rows)
    stats["capa_closed"] = len(durations)
    stats["capa_median_days_to_close"] = statistics.median(durations)
    stats["capa_share_closed_late"] = round(sum(1 for d in durations if d > 28) / len(durations), 2)
    stats["capa_spike_rate_per_week"] = round(inside / 6, 2)
    stats["capa_baseline_rate_per_week"] = round((len(dates) - inside) / (weeks - 6), 2)

    hold_rows = []
    for n, (day, lot, product, cases, reason, who) in enumerate(holds, 1):
        outcome = rng.choice(["Released", "Released", "Destroyed", "Reworked"])
        cleared = day + dt.timedelta(days=rng.randint(1, 6))
        hold_rows.append([f"H{n:03d}", day.strftime("%d-%b-%y"), lot, product, cases, reason, who, outcome,
                          cleared.strftime("%d-%b-%y")])
    write_xlsx(folder / "FF-16 Product Hold Register.xlsx", [
        ("Holds", _title("FF-16", "Product Hold Register", "QA - every hold, whatever the reason"),
         ["Hold No", "Date held", "Lot code", "Product", "Cases", "Reason for hold", "Held by", "Outcome",
          "Date cleared"], hold_rows, "dd/mm/yyyy")], COMPANY)
    # The warehouse keys the same holds into the WMS; a few holds never reach it and it adds damaged stock.
    wms = []
    keyed = [h for h in holds if rng.random() > 0.08]
    for day, lot, product, cases, reason, who in keyed:
        stamp = f"{day:%Y-%m-%d} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}"
        wms.append([f"BLK{rng.randint(10000, 99999)}", stamp,
                    lot, f"SKU-{PRODUCTS.index(product) + 101}", product.upper(), cases, "QA HOLD",
                    rng.choice(["wh.nights", "wh.days", "s.morgan"])])
    for _ in range(9):
        day = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 680))
        product = rng.choice(PRODUCTS)
        wms.append([f"BLK{rng.randint(10000, 99999)}", f"{day:%Y-%m-%d} 11:{rng.randint(10, 59)}",
                    f"L{day:%y}{day.timetuple().tm_yday:03d}-{rng.choice([1, 2])}",
                    f"SKU-{PRODUCTS.index(product) + 101}", product.upper(), rng.choice([1, 2, 4]),
                    "DAMAGED", "wh.days"])
    wms.sort(key=lambda r: r[1])
    write_csv(folder / "WMS blocked stock report.csv", ["Blocked stock report - all sites - run 20/11/2026 05:00"],
              ["Block ID", "Blocked at", "Batch", "SKU", "Description", "Qty (cs)", "Block reason", "User"], wms)
    stats["holds"] = len(hold_rows)
    stats["wms_blocks"] = len(wms)
    stats["holds_also_in_wms"] = len(keyed)
    stats["holds_also_in_wms_share"] = round(len(keyed) / len(holds), 2)


def complaints_log(rng: random.Random, folder: Path, stats: dict) -> None:
    """FF-15: clean. Acknowledged within 2 and answered within 10 working days, every one."""
    rows = []
    day = dt.date(2025, 1, 8)
    retailers = ["Tesco", "Sainsbury's", "Co-op", "Consumer (via Careline)"]
    while day <= dt.date(2026, 11, 10):
        day += dt.timedelta(days=rng.randint(10, 30))
        if day.weekday() >= 5 or day > dt.date(2026, 11, 10):
            continue
        ack = _add_workdays(day, rng.choice([0, 1, 1, 2]))
        resp = _add_workdays(day, rng.randint(4, 10))
        rows.append([f"C{day:%y}-{len(rows) + 1:03d}", day, rng.choice(retailers), rng.choice(PRODUCTS),
                     f"L{day:%y}{(day - dt.timedelta(days=3)).timetuple().tm_yday:03d}-2",
                     rng.choice(["slimy leaves", "short weight", "insect", "seal leak", "wrong date code",
                                 "off odour", "stone"]), ack, resp, QAL[1], ""])
    header = ["Ref", "Date received", "Customer", "Product", "Lot code", "Complaint", "Acknowledged",
              "Response sent", "Handled by (QA Lead)", "Notes"]
    write_xlsx(folder / "FF-15 Complaints Log.xlsx", [
        ("Log", _title("FF-15", "Complaints Log", "All complaints, retailer and consumer"), header, rows,
         "dd/mm/yyyy")], COMPANY)
    stats["complaints"] = len(rows)
    stats["complaints_max_working_days_to_response"] = max(
        len(_workdays(r[1] + dt.timedelta(days=1), r[7])) for r in rows)


def atp_results(rng: random.Random, folder: Path, stats: dict) -> None:
    """FF-17 (one sheet per year): clean. Every Tuesday, eight points, since October 2024."""
    points = ["L1 infeed belt", "L1 multihead bucket", "L1 bagger jaws", "L2 infeed belt", "L2 multihead bucket",
              "L2 bagger jaws", "Wash tank rim", "High care door handle"]
    by_year: dict[int, list] = {2024: [], 2025: [], 2026: []}
    day, weeks = dt.date(2024, 10, 1), 0
    while day <= LAST_DAY:
        who = QA_TECHS[weeks % 2][1]
        for point in points:
            rlu = int(rng.gauss(70, 30))
            rlu = max(rlu, 8)
            result = "Pass" if rlu < 150 else "Caution" if rlu <= 300 else "Fail"
            by_year[day.year].append([day, point, rlu, result, who, "re-cleaned, retest 42 Pass" if result != "Pass"
                                      else ""])
        day += dt.timedelta(days=7)
        weeks += 1
    header = ["Date", "Swab point", "RLU", "Result", "Swabbed by (QA Technician)", "Corrective action"]
    write_xlsx(folder / "FF-17 ATP Results.xlsx", [
        (str(year), _title("FF-17", f"ATP Results {year}", "Weekly - Tuesday after night clean"), header, rows,
         "dd/mm/yyyy") for year, rows in by_year.items()], COMPANY)
    stats["atp_weeks"] = weeks
    stats["atp_rows"] = sum(len(r) for r in by_year.values())


def foreign_body_log(rng: random.Random, folder: Path, stats: dict) -> None:
    """FF-18: 2-5 finds a month until April 2026, then nobody writes anything down (SH02)."""
    rows, counts = [], {}
    month = dt.date(2025, 1, 1)
    while month <= dt.date(2026, 4, 1):
        n = rng.randint(2, 5)
        counts[f"{month:%Y-%m}"] = n
        for _ in range(n):
            day = month + dt.timedelta(days=rng.randint(0, 27))
            rows.append([day, rng.choice(["metal detector reject", "on line", "intake", "customer"]),
                         f"L{day:%y}{day.timetuple().tm_yday:03d}-{rng.choice([1, 2])}",
                         rng.choice(["stone", "slug", "plastic fragment", "wire (SS)", "wood splinter", "insect"]),
                         rng.choice(["pack destroyed", "hold and re-inspect", "supplier informed"]),
                         rng.choice(QA_TECHS)[1]])
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    rows.sort(key=lambda r: r[0])
    write_xlsx(folder / "FF-18 Foreign Body Incident Log.xlsx", [
        ("Log", _title("FF-18", "Foreign Body Incident Log", "Enter every find the same day"),
         ["Date", "Found at", "Lot code", "Material", "Action", "Recorded by"], rows, "dd/mm/yyyy")], COMPANY)
    stats["foreign_body_rows"] = len(rows)
    stats["foreign_body_per_month"] = list(counts.values())
    stats["foreign_body_last_entry"] = max(r[0] for r in rows).isoformat()


def night_temps(rng: random.Random, folder: Path, stats: dict) -> None:
    """A night-shift sheet no procedure names (PS01)."""
    rows = []
    day = dt.date(2025, 9, 1)
    people = ["Mick", "Mick", "Shaz", "Kev", "Ade", "Lou"]
    while day <= LAST_DAY:
        for time in ("22:00", "02:00", "05:00"):
            rows.append([day.strftime("%d/%m"), time, round(rng.uniform(1.0, 3.6), 1), round(rng.uniform(1.5, 4.2), 1),
                         round(rng.uniform(0.5, 3.0), 1), rng.choice(people),
                         rng.choice([""] * 12 + ["door left open", "defrost", "engineer called - fan"])])
        day += dt.timedelta(days=1)
    write_xlsx(folder / "Night shift temps (Mick) DO NOT DELETE.xlsx", [
        ("Sheet1", ["night temps - write them in!!"], ["Date", "Time", "Chill 1", "Chill 2", "Despatch chill",
                                                        "Who", "Notes"], rows, "dd/mm/yyyy")], COMPANY)
    stats["night_temps_rows"] = len(rows)


def _checklist(path: Path, code: str, title: str, head: list[list[str]], items: list[tuple[str, str, str]],
               footer: str) -> None:
    doc = _docx_new(f"{COMPANY}    Form {code}    Rev 3", COMPANY)
    doc.add_heading(f"{code} {title}", level=1)
    _docx_table(doc, head)
    doc.add_paragraph("")
    _docx_table(doc, [["No", "Item", "Tick", "Initials", "Comment"]] +
                [[str(n), item, mark, initials, comment] for n, (item, mark, initials, comment) in
                 enumerate(items, 1)])
    doc.add_paragraph("")
    doc.add_paragraph(footer)
    doc.save(path)
    _normalize_zip(path)


def checklists(root: Path) -> None:
    """FF-12 (clean: items are WI-12's steps, ticked \u2713 / X) and FF-13 (items are not WI-13's steps, DR06)."""
    folder = root / "records" / "checklists"
    folder.mkdir(parents=True, exist_ok=True)
    steps = [text for kind, payload in PRESTART_CHECK if kind == "ol" for text in payload]
    for day, leader, fix in [(dt.date(2026, 11, 17), "GR", None), (dt.date(2026, 11, 18), "PK", 4)]:
        items = []
        for n, step in enumerate(steps):
            if n == fix:
                items.append((step, "X", leader, "wrong film (rocket) on reel - changed to baby leaf film, "
                                                 "rechecked \u2713"))
            else:
                items.append((step, "\u2713", leader, ""))
        _checklist(folder / f"FF-12 Pre-start Checklist L2 {day:%Y-%m-%d}.docx", "FF-12", "Line 2 Pre-start Checklist",
                   [["Line", "2"], ["Date", f"{day:%d/%m/%Y}"], ["Shift", "Days"],
                    ["First product", "Baby leaf salad 120g"]],
                   items, f"Line Leader: {leader}     Shift Manager: MT     Time: 05:52")
    practice = [("Product, film and labels removed from area", "\u2611", "KW", ""),
                ("Belts scraped down", "\u2611", "KW", ""),
                ("Floor drains cleared", "\u2611", "KW", ""),
                ("Foam applied", "\u2611", "DJ", "Kleenfoam"),
                ("Rinsed", "\u2611", "DJ", ""),
                ("Bins emptied and relined", "\u2611", "KW", ""),
                ("Tools counted back in", "\u2611", "KW", ""),
                ("Allergen signage changed", "\u2610", "", "not needed"),
                ("Visual check by Line Leader", "\u2611", "GR", "")]
    for day in (dt.date(2026, 11, 16), dt.date(2026, 11, 18)):
        _checklist(folder / f"FF-13 Changeover Clean L2 {day:%Y-%m-%d}.docx", "FF-13", "Changeover Clean Checklist",
                   [["Line", "2"], ["Date", f"{day:%d/%m/%Y}"], ["From", "Wild rocket 60g"],
                    ["To", "Baby leaf salad 120g"]],
                   practice, "Cleaned by: KW, DJ     Time finished: 14:35     OK to start: GR")


# ---------------------------------------------------------------- reviews, plan, config

REVIEW_JULY_2026 = [
    ("h1", "1 Actions from last review"),
    ("p", "Nine actions were open from January. Three are closed, six are overdue and have new dates."),
    ("table", [["Action", "Owner", "Due", "Status"],
               ["Re-issue HACCP plan on new template", "HO", "31/03/2026", "Overdue"],
               ["Complete internal audit schedule", "JP", "30/04/2026", "Overdue"],
               ["Update document register", "JP", "31/03/2026", "Overdue"],
               ["Review of food safety objectives wording", "HO", "30/04/2026", "Overdue"],
               ["Re-train two internal auditors", "JP", "31/05/2026", "Overdue"],
               ["Add FF-14 to document register", "JP", "31/05/2026", "Overdue"]]),
    ("h1", "2 Certification audit 9 June 2026"),
    ("p", "The surveillance audit raised two minor nonconformities (glass audit records incomplete; supplier "
          "approval not signed by the Technical Manager) and three observations. The corrective action plan was "
          "sent to the certification body on 23 June."),
    ("h1", "3 Internal audits"),
    ("p", "Four of the ten planned internal audits are complete. Intake and allergen management audits are late."),
    ("h1", "4 Documents"),
    ("p", "Eleven procedures are past their review date. SOP-09 and SOP-11 are to move to the new template."),
    ("h1", "5 Certificate"),
    ("p", "The ISO 22000 and ISO 9001 certificates are valid to June 2027. The fee for next year increases by 5%."),
    ("h1", "6 Policy"),
    ("p", "The food safety and quality policy was re-read and remains suitable. No change."),
]

REVIEW_JANUARY_2026 = [
    ("h1", "1 Business performance"),
    ("p", "Sales for 2025 were 21.4 million pounds. Gross margin was 14.2% against a 16% target; giveaway on "
          "Line 2 (average 6.8 g a pack on baby leaf) and yield loss at intake explain most of the gap."),
    ("h1", "2 Service to customers"),
    ("p", "Service level to Tesco was 98.1% against 98.5%; all shorts were on wild rocket in August, when "
          "Hallam Farms could not supply. Complaints per million packs were 4.1, down from 5.3."),
    ("h1", "3 Waste and recurring failures"),
    ("p", "Leakers on the Ishida bagger caused 41% of holds. The jaw temperature controller is to be replaced. "
          "Intake rejections were 2.3% of deliveries, most for temperature."),
    ("h1", "4 People"),
    ("p", "Agency use on nights was 38%. Two line leaders are in training. No reportable injuries."),
    ("h1", "5 Decisions"),
    ("table", [["Action", "Owner", "Due"],
               ["Replace Ishida jaw temperature controller", "SB", "28/02/2026"],
               ["Giveaway target 4 g a pack, weekly report", "SB", "31/03/2026"],
               ["Second rocket grower for summer", "IM", "30/04/2026"]]),
]

AUDIT_PLAN = f"""# Certification Audit Plan 2026

{COMPANY}, Meadowgate Lane packhouse

Certification body: Northmoor Certification
Standards: ISO 22000:2018 and ISO 9001:2015 (combined surveillance)
Audit date: **9 June 2026** (one day, one auditor)
Previous audit: 10 June 2025

| Time | Area | Auditee |
|---|---|---|
| 08:00 | Opening meeting | Management team |
| 08:30 | Intake, glass and hard plastics, pest control | Joanna Price |
| 10:30 | Line 2: metal detection, allergen changeover, pre-start | Stuart Bell |
| 13:00 | CAPA, holds, complaints, release | Helen Okafor |
| 15:30 | Closing meeting | Management team |
"""

CONFIG = """# gapscan configuration for the Meadowgate Fresh Foods document set.
audit_dates = ["2025-06-10", "2026-06-09"]

[kinds]
"audit-plan-2026.md" = "other"
"""


def reviews(root: Path) -> None:
    folder = root / "management-review"
    folder.mkdir(parents=True, exist_ok=True)
    present = ("Present: Richard Meadows (Managing Director), Stuart Bell (Plant Manager), Helen Okafor "
               "(Technical Manager), Joanna Price (QA Lead), Ian Moss (Purchasing Manager)")
    write_docx(folder / "Management Review 2026-07-14.docx", "Management Review - 14 July 2026",
               [present, "Chair: Richard Meadows | Minutes: Joanna Price"], REVIEW_JULY_2026,
               f"{COMPANY} - Management review", COMPANY)
    write_docx(folder / "Management Review 2026-01-20.docx", "Management Review - 20 January 2026",
               [present, "Chair: Richard Meadows | Minutes: Joanna Price"], REVIEW_JANUARY_2026,
               f"{COMPANY} - Management review", COMPANY)


def build(out: Path) -> dict:
    """(Re)generate the whole set into `out`; return the numbers planted, as measured."""
    if out.exists():
        if not (out / "gapscan.toml").exists() and any(out.iterdir()):
            raise SystemExit(f"refusing to clear {out}: not an example set (no gapscan.toml)")
        import shutil

        shutil.rmtree(out)
    records = out / "records"
    records.mkdir(parents=True)
    rng = random.Random(22000)
    stats: dict = {}
    procedures(out)
    templates(out)
    intake_log(rng, records, stats)
    supplier_list(rng, records, stats)
    metal_detector_log(rng, records, stats)
    release_record(rng, records, stats)
    glass_audit(rng, records, stats)
    capa_and_holds(rng, records, stats)
    complaints_log(rng, records, stats)
    atp_results(rng, records, stats)
    foreign_body_log(rng, records, stats)
    night_temps(rng, records, stats)
    checklists(out)
    reviews(out)
    (out / "audit-plan-2026.md").write_text(AUDIT_PLAN, encoding="utf-8")
    (out / "gapscan.toml").write_text(CONFIG, encoding="utf-8")
    return stats


def main(argv: list[str]) -> int:
    return run_builder(build, "meadowgate-foods", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
