"""Build gapscan's labelled sentence corpus: STANDARD_SPEAK vs OPERATIONAL.

    python models/corpus/build_corpus.py     # writes models/corpus/sentences.jsonl

Two sources, both gapscan's own writing (nothing is copied from a standard or any public
document):
- hand-written sentences in hand_standard.txt, hand_operational.txt and hand_hard.txt;
- compositional templates below, filled from per-industry vocabularies with a fixed seed.

Every row carries a `group`: the template id for generated rows (so train.py can hold out
whole templates) or a small block of consecutive hand-written lines.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 20240611
HERE = Path(__file__).resolve().parent
OUT = HERE / "sentences.jsonl"
STANDARD, OPERATIONAL = "STANDARD_SPEAK", "OPERATIONAL"
PER_TEMPLATE = 72  # generated sentences per template (before de-duplication)
HAND_BLOCK = 4  # consecutive hand-written lines that share a split group

# ---------------------------------------------------------------- industry vocabularies
INDUSTRIES: dict[str, dict[str, list[str]]] = {
    "machining": {
        "role": ["Shift Lead", "Setter", "CNC Operator", "Quality Inspector", "Cell Leader", "Toolroom Supervisor",
                 "Metrology Technician", "Production Planner", "Maintenance Fitter"],
        "system": ["the MES", "the ERP", "Plex", "the SPC software", "the gauge register", "the DNC server", "Epicor"],
        "equipment": ["CMM", "height gauge", "bore gauge", "torque wrench", "lathe 4", "5-axis mill", "Mazak 3", "surface plate"],
        "record": ["first-off report", "setup sheet", "NCR form QF-11", "run card", "inspection sheet QF-07", "tool log"],
        "unit": ["batch", "lot", "work order", "job"],
        "item": ["parts", "shafts", "housings", "brackets", "castings"],
        "measure": [("bore diameter", "25.00-25.02 mm"), ("torque", "42-46 Nm"), ("surface finish", "Ra 0.8-1.6"),
                    ("flatness", "0-0.05 mm"), ("thread depth", "11.8-12.2 mm")],
        "fail": ["quarantine the parts in the red bin", "stop the machine and tag it", "put the lot on hold in the MES",
                 "segregate the last 20 parts"],
        "event": ["tool change", "machine stoppage", "scrapped part", "gauge failure", "program change"],
        "place": ["the metrology lab", "the quarantine cage", "Bay 2", "the toolroom"],
        "test": ["hardness testing", "a full CMM layout", "crack detection", "a coating thickness check"],
        "metric": ["scrap rate", "OEE", "first-pass yield", "on-time delivery"],
        "job": ["a changeover", "a new program", "a tool change", "a first-off"],
        "prep": ["loads the approved program from the DNC server", "checks the fixture against the setup sheet",
                 "zeroes the probe on the reference sphere"],
    },
    "food": {
        "role": ["Line Supervisor", "Hygiene Lead", "QA Technician", "Goods-In Operator", "Night Shift Manager",
                 "Technical Manager", "Bakery Team Leader", "Packing Supervisor"],
        "system": ["the HACCP app", "SAP", "the temperature logger portal", "the traceability spreadsheet", "Navision"],
        "equipment": ["metal detector", "blast chiller", "pasteuriser", "probe thermometer", "checkweigher", "spiral oven", "slicer"],
        "record": ["CCP log", "cleaning schedule", "allergen changeover card", "goods-in sheet", "probe calibration sheet"],
        "unit": ["batch", "production run", "pallet", "delivery"],
        "item": ["packs", "trays", "loaves", "portions", "cases"],
        "measure": [("core temperature", "75-90°C"), ("chiller temperature", "0-5°C"), ("pack weight", "402-415 g"),
                    ("water activity", "0.60-0.85"), ("pH", "3.8-4.2")],
        "fail": ["hold the batch in the chiller marked QA HOLD", "re-cook for ten minutes and probe again",
                 "stop the line and re-test the detector", "reject the delivery and note the reading"],
        "event": ["temperature excursion", "glass breakage", "foreign body find", "detector failure", "allergen changeover"],
        "place": ["the QA lab", "the external micro lab", "the hold chiller", "the dispatch bay"],
        "test": ["Listeria swabbing", "a TVC test", "an allergen ELISA check", "a shelf-life test"],
        "metric": ["complaints per million", "giveaway", "line efficiency", "waste"],
        "job": ["an allergen changeover", "a deep clean", "a product changeover", "start-up"],
        "prep": ["tests the metal detector with all three test pieces", "checks the sanitiser strength with a test strip",
                 "confirms the label matches the product spec"],
    },
    "medical": {
        "role": ["Production Technician", "QA Engineer", "Sterilisation Operator", "Complaint Handler",
                 "Regulatory Affairs Specialist", "Cleanroom Supervisor", "Validation Engineer"],
        "system": ["the eQMS", "MasterControl", "the DHR system", "Agile PLM", "the LIMS"],
        "equipment": ["ETO steriliser", "pouch sealer", "particle counter", "leak tester", "laser marker", "pull tester"],
        "record": ["device history record", "batch record", "CAPA form", "sterilisation load sheet", "line clearance checklist"],
        "unit": ["lot", "sterilisation load", "build", "work order"],
        "item": ["catheters", "pouches", "units", "devices", "kits"],
        "measure": [("seal strength", "1.2-4.0 N/15 mm"), ("leak rate", "0-5 mbar"), ("particle count", "0-3,520 per m³"),
                    ("bond pull force", "above 15 N"), ("sealer temperature", "175-185°C")],
        "fail": ["quarantine the lot in the eQMS", "scrap the units and raise an NCR", "stop sealing and call QA",
                 "hold the load until the biological indicators are read"],
        "event": ["cleanroom excursion", "complaint", "line clearance", "sterilisation cycle", "label mismatch"],
        "place": ["the QC lab", "the quarantine room", "the contract steriliser", "the returns cage"],
        "test": ["bioburden testing", "a dye penetration test", "an endotoxin test", "a tensile test"],
        "metric": ["complaint rate", "right-first-time", "CAPA ageing", "yield"],
        "job": ["a line clearance", "a sterilisation run", "a lot start", "a label change"],
        "prep": ["clears the line of the previous lot's labels", "checks the sealer settings against the traveller",
                 "verifies the UDI template in the labelling system"],
    },
    "software": {
        "role": ["On-call Engineer", "Service Desk Analyst", "Security Analyst", "Release Manager", "Team Lead",
                 "Database Administrator", "Platform Engineer", "IT Manager"],
        "system": ["Jira", "ServiceNow", "GitHub", "Okta", "the SIEM", "PagerDuty", "Terraform Cloud", "Intune"],
        "equipment": ["firewall", "VPN gateway", "backup server", "build agent", "laptop", "load balancer"],
        "record": ["change ticket", "incident ticket", "access review sheet", "post-incident review", "release note"],
        "unit": ["release", "change", "deployment", "sprint"],
        "item": ["servers", "accounts", "tickets", "containers", "endpoints"],
        "measure": [("error rate", "0-1%"), ("p95 latency", "0-300 ms"), ("disk usage", "0-80%"),
                    ("certificate expiry", "more than 30 days"), ("backup job duration", "under 4 hours")],
        "fail": ["roll back the deployment", "page the on-call engineer", "disable the account in Okta",
                 "open a P1 incident in ServiceNow"],
        "event": ["failed login burst", "P1 incident", "production deploy", "access request", "malware alert"],
        "place": ["the staging cluster", "the DR region", "the #incidents channel", "the change advisory board"],
        "test": ["a restore test", "a penetration test", "a dependency scan", "a load test"],
        "metric": ["mean time to restore", "patch compliance", "change failure rate", "ticket backlog"],
        "job": ["a production deploy", "a database migration", "a firewall change", "an access grant"],
        "prep": ["checks the rollback plan in the change ticket", "confirms the backup completed in the console",
                 "gets a second approver on the pull request"],
    },
    "construction": {
        "role": ["Site Manager", "Foreman", "Crane Supervisor", "H&S Advisor", "Site Engineer", "Scaffold Inspector",
                 "Subcontractor Supervisor", "Gateman"],
        "system": ["Procore", "the permit-to-work board", "the site diary", "the induction app", "the logistics portal"],
        "equipment": ["scaffold", "excavator", "tower crane", "concrete pump", "gas detector", "MEWP", "dumper"],
        "record": ["permit to work", "scaffold inspection tag", "pour record", "lift plan", "daily briefing sheet"],
        "unit": ["pour", "lift", "work package", "delivery"],
        "item": ["loads", "bays", "trucks", "panels", "anchors"],
        "measure": [("wind speed", "0-38 km/h"), ("slump", "75-125 mm"), ("trench depth", "under 1.2 m unsupported"),
                    ("O2 level", "19.5-23.5%"), ("anchor pull-out load", "above 6 kN")],
        "fail": ["stop lifting and lower the load", "send the truck back", "evacuate the excavation",
                 "tag the scaffold unsafe and remove the ladder"],
        "event": ["near miss", "crane lift", "hot work job", "delivery", "service strike"],
        "place": ["the site office", "the welfare cabin", "the laydown area", "the gate"],
        "test": ["cube testing", "a plate bearing test", "a pull-out test", "a pressure test"],
        "metric": ["near-miss reports", "programme float", "snag count", "accident frequency rate"],
        "job": ["a crane lift", "an excavation", "hot work", "a concrete pour"],
        "prep": ["checks the lift plan with the slinger", "scans the area with the cable avoidance tool",
                 "briefs the gang on the RAMS"],
    },
    "logistics": {
        "role": ["Warehouse Supervisor", "Transport Planner", "Forklift Driver", "Dispatch Clerk", "Yard Marshal",
                 "Inventory Controller", "Goods-In Team Leader"],
        "system": ["the WMS", "the TMS", "the handheld scanner", "the telematics portal", "Manhattan"],
        "equipment": ["reach truck", "dock leveller", "reefer trailer", "counterbalance truck", "shrink wrapper"],
        "record": ["proof of delivery", "damage report", "loading checklist", "pre-use check", "cycle count sheet"],
        "unit": ["load", "trailer", "order", "wave"],
        "item": ["pallets", "cartons", "totes", "parcels", "SKUs"],
        "measure": [("trailer temperature", "2-8°C"), ("pallet height", "under 1.8 m"), ("count variance", "0-2%"),
                    ("pallet weight", "under 1,000 kg"), ("dock time", "under 45 minutes")],
        "fail": ["refuse the load and call the Transport Planner", "move the pallet to the damages bay",
                 "recount the location", "hold the trailer at the gate"],
        "event": ["short pick", "damaged pallet", "late trailer", "stock discrepancy", "temperature alarm"],
        "place": ["the damages bay", "Door 3", "the returns area", "the high-value cage"],
        "test": ["a load security check", "a temperature trace review", "a drop test", "a weight check"],
        "metric": ["pick accuracy", "dock-to-stock time", "on-time dispatch", "damages per thousand"],
        "job": ["a trailer load", "a cycle count", "a cross-dock", "a returns batch"],
        "prep": ["checks the trailer floor and seals", "prints the manifest from the WMS", "pre-cools the reefer to 2°C"],
    },
    "chemicals": {
        "role": ["Process Operator", "Shift Chemist", "Lab Analyst", "EHS Coordinator", "Control Room Operator",
                 "Plant Engineer", "Stores Controller"],
        "system": ["the DCS", "LIMS", "the SDS database", "the permit system", "the historian"],
        "equipment": ["reactor R-201", "scrubber", "pH meter", "bund", "safety shower", "distillation column", "drum filler"],
        "record": ["batch sheet", "certificate of analysis", "spill log", "isolation certificate", "tank dip sheet"],
        "unit": ["batch", "tanker", "drum lot", "campaign"],
        "item": ["drums", "IBCs", "samples", "tankers", "bags"],
        "measure": [("reactor temperature", "78-82°C"), ("effluent pH", "6.0-9.5"), ("viscosity", "450-550 cP"),
                    ("moisture", "under 0.2%"), ("vessel pressure", "under 2.5 bar")],
        "fail": ["close valve V-14 and call the Shift Chemist", "stop the feed pump", "divert the effluent to the holding tank",
                 "put the batch on hold in LIMS"],
        "event": ["spill", "pressure excursion", "alarm flood", "tanker delivery", "line break"],
        "place": ["the QC lab", "the tank farm", "the control room", "the drum store"],
        "test": ["a GC assay", "a Karl Fischer titration", "a flash point test", "a viscosity check"],
        "metric": ["batch cycle time", "first-time-right batches", "effluent exceedances", "solvent losses"],
        "job": ["a line break", "a tanker offload", "a vessel entry", "a batch charge"],
        "prep": ["confirms the isolation certificate is signed", "checks the earth clamp on the tanker",
                 "verifies the raw material lot numbers in LIMS"],
    },
    "services": {
        "role": ["Account Manager", "Team Leader", "Cleaning Supervisor", "Scheduler", "Field Technician",
                 "Customer Service Agent", "Operations Manager"],
        "system": ["the CRM", "Salesforce", "the booking system", "Zendesk", "the job app", "the rota spreadsheet"],
        "equipment": ["van", "floor scrubber", "handheld", "boiler analyser", "ladder"],
        "record": ["job card", "customer survey", "service report", "site checklist", "timesheet"],
        "unit": ["visit", "contract", "job", "booking"],
        "item": ["jobs", "sites", "calls", "visits", "tickets"],
        "measure": [("call waiting time", "under 30 seconds"), ("first-time fix rate", "above 85%"),
                    ("survey score", "4-5"), ("response time", "under 4 hours"), ("flue gas CO", "under 100 ppm")],
        "fail": ["re-book the visit for the next day", "escalate to the Team Leader", "credit the customer's account",
                 "switch off the appliance and leave a warning notice"],
        "event": ["missed visit", "complaint call", "no-access visit", "late arrival", "safety concern"],
        "place": ["the office", "the customer's site", "the depot", "the service hub"],
        "test": ["a flue gas analysis", "a spot check", "a mystery shop", "a callback survey"],
        "metric": ["first-time fix", "customer satisfaction", "missed visits", "call abandonment"],
        "job": ["a site visit", "a boiler service", "a deep clean", "a new contract start"],
        "prep": ["checks the site access notes in the booking system", "loads the van from the pick list",
                 "reads the last service report"],
    },
}

TIMES = ["within 15 minutes", "within one hour", "within 24 hours", "by the end of the shift", "before 10:00",
         "within two working days", "the same day", "before the next shift starts", "by Friday noon"]
PERIODS = ["shift", "day", "week", "month", "quarter", "six months", "12 months"]
COUNTS = ["three", "five", "ten", "two", "the first 20", "every tenth", "one in fifty", "four"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
CLOCK = ["07:00", "07:30", "08:15", "09:00", "13:30", "14:00", "16:00"]
BOARDS = ["the team board", "the KPI screen", "the shift board", "the whiteboard in the office", "the Teams channel"]

# ---------------------------------------------------------------- standard-speak vocabularies
ACTORS = ["The organization", "The organisation", "The company", "Top management", "Management", "The business",
          "We", "The Company", "Senior management", "The organization's management"]
MODALS = ["shall", "must", "will", "is required to", "should", "needs to"]
SYSTEMS = ["the quality management system", "the environmental management system", "the OH&S management system",
           "the information security management system", "the food safety management system", "the QMS", "the EMS",
           "the ISMS", "the FSMS", "the management system", "the integrated management system"]
TOPICS = ["the control of externally provided processes", "competence and awareness", "the control of nonconforming outputs",
          "internal audit", "management review", "risks and opportunities", "documented information", "customer communication",
          "design and development", "production and service provision", "monitoring and measurement", "emergency preparedness",
          "compliance obligations", "hazard identification", "information security risk treatment", "prerequisite programmes",
          "traceability", "calibration of monitoring and measuring resources", "supplier evaluation", "corrective action",
          "operational planning and control", "communication", "the release of products and services", "change management"]
OBLIGATIONS = [
    "determine the issues relevant to its purpose and strategic direction",
    "identify the requirements of relevant interested parties",
    "keep documented information to the extent necessary",
    "retain documented information as evidence of the results",
    "ensure that the intended outcomes of {system} are achieved",
    "maintain the integrity of {system} when changes are planned",
    "evaluate the effectiveness of the actions taken",
    "determine the resources needed and ensure their availability",
    "address risks and opportunities in a manner proportionate to their impact",
    "establish objectives at relevant functions and levels",
    "monitor, measure, analyse and evaluate performance",
    "review {system} at planned intervals",
    "continually improve the suitability, adequacy and effectiveness of {system}",
    "take action to control and correct nonconformities",
    "determine the competence necessary for people doing work under its control",
    "communicate the policy to relevant interested parties",
    "define criteria for the evaluation and selection of external providers",
    "consider the needs and expectations of interested parties",
    "plan and control the processes needed to meet requirements",
    "ensure that outsourced processes are controlled",
    "determine what needs to be monitored and measured",
    "promote awareness of the relevant requirements",
    "integrate the requirements of {system} into its business processes",
    "ensure conformity of products and services",
    "identify and manage the risks associated with {topic}",
    "establish, implement and maintain a process for {topic}",
    "ensure that {topic} is carried out under controlled conditions",
]
QUALIFIERS = ["as applicable", "where appropriate", "as necessary", "to the extent necessary", "where relevant",
              "in accordance with the requirements of this standard", "at planned intervals", "as required",
              "to ensure its continuing suitability, adequacy and effectiveness", "in a timely manner",
              "taking into account the context of the organization", "as determined by the organization"]
ENSURE = ["the effectiveness of {system} is maintained", "{topic} is carried out under controlled conditions",
          "relevant requirements are determined and met", "nonconformities are addressed as appropriate",
          "documented information is available where and when needed", "the intended results of {topic} are achieved",
          "risks associated with {topic} are identified and addressed", "personnel are aware of their contribution to {system}",
          "the requirements of interested parties are considered", "appropriate resources are made available",
          "{topic} conforms to the requirements of the standard", "the policy is understood and applied at all levels"]
DOCINFO_VERBS = ["maintained", "retained", "kept", "controlled", "reviewed and approved", "made available"]
HEDGE_OPENERS = ["Where applicable", "As appropriate", "Where necessary", "When relevant", "As required",
                 "To the extent necessary", "Where practicable"]
COMMITMENTS = ["satisfying applicable requirements", "the continual improvement of {system}",
               "meeting the needs and expectations of interested parties", "the prevention of pollution",
               "providing safe and healthy working conditions", "protecting the confidentiality, integrity and availability of information",
               "supplying safe food", "enhancing customer satisfaction", "fulfilling its compliance obligations"]
GENERIC_ROLES = ["The Quality Manager", "The Managing Director", "The HSE Manager", "The Operations Manager",
                 "The Technical Director", "The Process Owner", "Each department head", "The Management Representative",
                 "The CISO", "The Food Safety Team Leader", "The General Manager"]


def _pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def _fill(text: str, rng: random.Random) -> str:
    return text.replace("{system}", _pick(rng, SYSTEMS)).replace("{topic}", _pick(rng, TOPICS))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _modal(actor: str, modal: str) -> str:
    if actor == "We" and modal in ("is required to", "needs to"):
        return {"is required to": "are required to", "needs to": "need to"}[modal]
    return modal


# ---------------------------------------------------------------- templates
def s_actor_obligation(rng):
    actor = _pick(rng, ACTORS)
    return f"{actor} {_modal(actor, _pick(rng, MODALS))} {_fill(_pick(rng, OBLIGATIONS), rng)}."


def s_actor_obligation_qualified(rng):
    actor = _pick(rng, ACTORS)
    return f"{actor} {_modal(actor, _pick(rng, MODALS))} {_fill(_pick(rng, OBLIGATIONS), rng)}, {_pick(rng, QUALIFIERS)}."


def s_ensure(rng):
    actor = _pick(rng, ACTORS)
    return f"{actor} {_modal(actor, _pick(rng, MODALS))} ensure that {_fill(_pick(rng, ENSURE), rng)}."


def s_docinfo(rng):
    subject = _pick(rng, ["Documented information", "Appropriate documented information", "Records",
                          "Documented information of external origin", "Evidence of conformity"])
    about = _fill(_pick(rng, [" on {topic}", " relating to {topic}", "", " necessary for {system}"]), rng)
    return f"{subject}{about} shall be {_pick(rng, DOCINFO_VERBS)} {_pick(rng, QUALIFIERS)}."


def s_hedge_first(rng):
    actor = _pick(rng, ACTORS)
    return (f"{_pick(rng, HEDGE_OPENERS)}, {actor[0].lower() + actor[1:] if actor not in ('We',) and not actor.startswith('The Company') else actor} "
            f"{_modal(actor, _pick(rng, MODALS))} {_fill(_pick(rng, OBLIGATIONS), rng)}.")


def s_process_passive(rng):
    verbs = _pick(rng, ["established, implemented and maintained", "planned, implemented and controlled",
                        "determined and applied", "monitored and reviewed", "evaluated and continually improved",
                        "defined, documented and communicated"])
    return _cap(_fill(f"processes for {{topic}} shall be {verbs} {_pick(rng, QUALIFIERS)}.", rng))


def s_role_ensures(rng):
    role = _pick(rng, GENERIC_ROLES)
    verb = _pick(rng, ["shall ensure that", "is responsible for ensuring that", "ensures that", "must ensure that"])
    return f"{role} {verb} {_fill(_pick(rng, ENSURE), rng)}."


def s_commitment(rng):
    who = _pick(rng, ["The company is committed to", "We are committed to", "Top management is committed to",
                      "The organization demonstrates its commitment to", "It is our policy to work towards"])
    return _fill(f"{who} {_pick(rng, COMMITMENTS)} {_pick(rng, ['', 'as applicable', 'at all times', 'throughout the organization'])}".rstrip() + ".", rng)


def s_purpose(rng):
    opener = _pick(rng, ["The purpose of this procedure is to ensure that", "This procedure ensures that",
                         "This document describes how the organization ensures that", "This section explains how",
                         "The aim of this process is to make certain that"])
    return f"{opener} {_fill(_pick(rng, ENSURE), rng)}."


def s_review_intervals(rng):
    subject = _fill(_pick(rng, ["{system}", "the effectiveness of {topic}", "the arrangements for {topic}",
                                "the suitability of the policy", "the objectives"]), rng)
    return _cap(f"{subject} shall be reviewed {_pick(rng, ['at planned intervals', 'periodically', 'on a regular basis', 'as necessary'])} "
                f"to ensure {_pick(rng, ['continuing suitability, adequacy and effectiveness', 'alignment with the strategic direction', 'that intended results are achieved', 'its ongoing effectiveness'])}.")


def s_present_generic(rng):
    actor = _pick(rng, ACTORS)
    verb = _pick(rng, ["determines", "ensures", "maintains", "evaluates", "considers", "identifies", "monitors"])
    if actor == "We":
        verb = verb[:-1] if not verb.endswith("ses") else verb[:-1]
    obj = _fill(_pick(rng, ["the requirements of relevant interested parties", "the effectiveness of {system}",
                            "risks and opportunities related to {topic}", "appropriate documented information",
                            "the competence of persons affecting performance", "the resources needed for {topic}",
                            "applicable legal and other requirements"]), rng)
    return f"{actor} {verb} {obj} {_pick(rng, QUALIFIERS)}."


def o_first_parts(rng, v):
    return (f"The {_pick(rng, v['role'])} checks {_pick(rng, COUNTS)} {_pick(rng, v['item'])} on the {_pick(rng, v['equipment'])} "
            f"before releasing the {_pick(rng, v['unit'])} in {_pick(rng, v['system'])}.")


def o_out_of_range(rng, v):
    measure, rng_text = _pick(rng, v["measure"])
    return f"If the {measure} is outside {rng_text}, {_pick(rng, v['fail'])} and call the {_pick(rng, v['role'])}."


def o_log_event(rng, v):
    return (f"The {_pick(rng, v['role'])} logs every {_pick(rng, v['event'])} in {_pick(rng, v['system'])} "
            f"{_pick(rng, TIMES)}.")


def o_periodic_check(rng, v):
    return (f"Every {_pick(rng, PERIODS)}, the {_pick(rng, v['role'])} inspects the {_pick(rng, v['equipment'])} "
            f"and signs the {_pick(rng, v['record'])}.")


def o_before_job(rng, v):
    return f"Before {_pick(rng, v['job'])}, the {_pick(rng, v['role'])} {_pick(rng, v['prep'])}."


def o_handoff(rng, v):
    a, b = rng.sample(v["role"], 2)
    return f"The {a} sends the {_pick(rng, v['record'])} to the {b} {_pick(rng, TIMES)}."


def o_imperative(rng, v):
    verb = _pick(rng, ["Scan", "Check", "Weigh", "Label", "Photograph", "Count", "Tag"])
    return (f"{verb} each of the {_pick(rng, v['item'])} at {_pick(rng, v['place'])} "
            f"and enter the result in {_pick(rng, v['system'])}.")


def o_trigger(rng, v):
    return (f"When a {_pick(rng, v['event'])} happens, {_pick(rng, v['fail'])}, "
            f"then tell the {_pick(rng, v['role'])} and note it on the {_pick(rng, v['record'])}.")


def o_samples(rng, v):
    return (f"{_cap(_pick(rng, COUNTS))} samples per {_pick(rng, v['unit'])} go to {_pick(rng, v['place'])} "
            f"for {_pick(rng, v['test'])}, and results are entered in {_pick(rng, v['system'])}.")


def o_hold(rng, v):
    a, b = rng.sample(v["role"], 2)
    return f"The {a} keeps the {_pick(rng, v['unit'])} on hold in {_pick(rng, v['system'])} until the {b} approves it."


def o_shall_concrete(rng, v):
    return (f"The {_pick(rng, v['role'])} shall {_pick(rng, ['check', 'record', 'photograph', 'count', 'inspect'])} "
            f"the {_pick(rng, v['item'])} {_pick(rng, TIMES)} and enter the result in {_pick(rng, v['system'])}.")


def o_meeting(rng, v):
    a, b = rng.sample(v["role"], 2)
    return (f"The {a} and the {b} meet every {_pick(rng, WEEKDAYS)} at {_pick(rng, CLOCK)} to go through "
            f"{_pick(rng, v['metric'])} on {_pick(rng, BOARDS)}.")


def o_we_do(rng, v):
    return (f"We {_pick(rng, ['re-check', 'count', 'inspect', 'photograph'])} {_pick(rng, COUNTS)} {_pick(rng, v['item'])} "
            f"each {_pick(rng, PERIODS)} at {_pick(rng, v['place'])}, and the {_pick(rng, v['role'])} keeps the {_pick(rng, v['record'])}.")


STANDARD_TEMPLATES = {
    "s_actor_obligation": s_actor_obligation,
    "s_actor_obligation_qualified": s_actor_obligation_qualified,
    "s_ensure": s_ensure,
    "s_docinfo": s_docinfo,
    "s_hedge_first": s_hedge_first,
    "s_process_passive": s_process_passive,
    "s_role_ensures": s_role_ensures,
    "s_commitment": s_commitment,
    "s_purpose": s_purpose,
    "s_review_intervals": s_review_intervals,
    "s_present_generic": s_present_generic,
}
OPERATIONAL_TEMPLATES = {
    "o_first_parts": o_first_parts,
    "o_out_of_range": o_out_of_range,
    "o_log_event": o_log_event,
    "o_periodic_check": o_periodic_check,
    "o_before_job": o_before_job,
    "o_handoff": o_handoff,
    "o_imperative": o_imperative,
    "o_trigger": o_trigger,
    "o_samples": o_samples,
    "o_hold": o_hold,
    "o_shall_concrete": o_shall_concrete,
    "o_meeting": o_meeting,
    "o_we_do": o_we_do,
}


def _hand_rows() -> list[dict]:
    rows = []
    for name, default in (("hand_standard.txt", STANDARD), ("hand_operational.txt", OPERATIONAL), ("hand_hard.txt", None)):
        lines = [ln.strip() for ln in (HERE / name).read_text("utf-8").splitlines()]
        lines = [ln for ln in lines if ln and not ln.startswith("#")]
        for i, line in enumerate(lines):
            label = default
            if default is None:
                tag, line = line.split("|", 1)
                label = STANDARD if tag == "S" else OPERATIONAL
            rows.append({"text": line, "label": label, "source": f"hand:{name[:-4]}",
                         "group": f"hand:{name[:-4]}:{i // HAND_BLOCK}"})
    return rows


def _template_rows(rng: random.Random) -> list[dict]:
    rows = []
    for tid, fn in STANDARD_TEMPLATES.items():
        for _ in range(PER_TEMPLATE):
            rows.append({"text": fn(rng), "label": STANDARD, "source": f"template:{tid}", "group": f"template:{tid}"})
    per_industry = max(1, PER_TEMPLATE // len(INDUSTRIES))
    for tid, fn in OPERATIONAL_TEMPLATES.items():
        for industry, vocab in INDUSTRIES.items():
            for _ in range(per_industry):
                rows.append({"text": fn(rng, vocab), "label": OPERATIONAL, "source": f"template:{tid}:{industry}",
                             "group": f"template:{tid}"})
    return rows


def build() -> list[dict]:
    """All rows, de-duplicated on text (first occurrence wins), in a stable order."""
    rng = random.Random(SEED)
    seen: set[str] = set()
    out = []
    for row in _hand_rows() + _template_rows(rng):
        text = " ".join(row["text"].split())
        if text in seen:
            continue
        seen.add(text)
        out.append({**row, "text": text})
    return out


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["label"]] = counts.get(row["label"], 0) + 1
    print(f"wrote {len(rows)} sentences to {OUT.relative_to(HERE.parent.parent)}: {counts}")


if __name__ == "__main__":
    main()
