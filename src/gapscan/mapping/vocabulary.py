"""gapscan's own words for each clause: what a procedure written around the work says when it
does what the clause asks, without quoting the clause.

Keyed by the clause title (folded as clauses.title_key folds it), so one entry serves every
standard that shares the title: "internal audit" reads the same in ISO 9001, 14001, 45001 and
27001. The words add to the clause's title and operational questions in the BM25 query.
"""
from __future__ import annotations

from gapscan.clauses import title_key

_WORDS: dict[str, str] = {
    # harmonised structure, shared by the management-system standards
    "understanding the organization and its context": "market competitors economy trends strengths weaknesses "
    "swot pestle issues external internal factors climate",
    "understanding the needs and expectations of interested parties": "customers shareholders owners regulators "
    "neighbours stakeholders expectations register",
    "understanding the needs and expectations of workers and other interested parties": "workers contractors "
    "visitors neighbours stakeholders expectations register regulators",
    "determining the scope of the quality management system": "scope sites boundary exclusions products services "
    "covered excluded",
    "determining the scope of the environmental management system": "scope sites boundary activities covered excluded",
    "determining the scope of the oh s management system": "scope sites boundary activities covered excluded",
    "determining the scope of the information security management system": "scope boundary locations assets "
    "interfaces dependencies covered excluded",
    "quality management system and its processes": "process map turtle diagram interactions owners inputs outputs "
    "kpis",
    "leadership and commitment": "directors board managing director commitment leadership walk accountable "
    "resources",
    "customer focus": "customer satisfaction needs focus",
    "policy": "policy statement signed director published commitment framework",
    "quality policy": "policy statement signed director published commitment",
    "environmental policy": "policy statement signed pollution prevention commitment",
    "oh s policy": "policy statement signed safe healthy workplace commitment",
    "organizational roles responsibilities and authorities": "responsibilities authorities raci organisation chart "
    "job descriptions deputy accountable",
    "consultation and participation of workers": "consultation participation safety committee representatives "
    "toolbox talks workers",
    "actions to address risks and opportunities": "risk opportunity register likelihood severity rating "
    "mitigation",
    "quality objectives and planning to achieve them": "objectives targets kpi measurable plan deadline progress",
    "environmental objectives and planning to achieve them": "objectives targets reduction plan progress",
    "oh s objectives and planning to achieve them": "objectives targets reduction plan progress",
    "information security objectives and planning to achieve them": "objectives targets metrics plan progress",
    "planning of changes": "change planned changes impact reorganisation",
    "resources": "resources budget staffing headcount infrastructure buildings equipment maintenance "
    "environment",
    "people": "staffing headcount recruitment",
    "infrastructure": "buildings equipment machines maintenance utilities software hardware",
    "environment for the operation of processes": "temperature humidity lighting cleanliness housekeeping tidy "
    "clean 5s workplace organisation floor",
    "monitoring and measuring resources": "calibration gauges instruments certificate traceable measuring equipment "
    "tolerance out-of-calibration",
    "organizational knowledge": "knowledge lessons learned expertise",
    "competence": "competence training skills matrix qualification induction trained assessment records "
    "courses",
    "awareness": "awareness induction briefing understand consequences",
    "communication": "communication meetings notice board briefings newsletter inform communicate",
    "documented information": "document control revision approval issue version obsolete retention archive "
    "records register master list",
    "operational planning and control": "production planning schedule work orders operations controls outsourced "
    "change control implementation plan",
    "requirements for products and services": "enquiry quotation order contract review customer requirements "
    "acceptance",
    "design and development of products and services": "design development drawings prototype verification "
    "validation design review",
    "control of externally provided processes products and services": "supplier suppliers purchasing purchase "
    "orders vendor approved supplier list evaluation subcontractor outsourced goods-in buyer procurement incoming "
    "inspection receiving delivery certificate conformity rating re-evaluation",
    "production and service provision": "production job traveller work instructions traceability batch "
    "identification customer property preservation packaging delivery after-sales lot serial setup first-off "
    "project files",
    "release of products and services": "release final inspection test acceptance sign-off dispatch "
    "conformity",
    "control of nonconforming outputs": "nonconforming reject quarantine scrap rework concession hold tag "
    "disposition",
    "emergency preparedness and response": "emergency fire evacuation spill drill first aid alarm assembly",
    "monitoring measurement analysis and evaluation": "monitoring measurement kpi data analysis trend "
    "customer satisfaction survey performance",
    "monitoring measurement analysis and performance evaluation": "monitoring measurement kpi inspection "
    "legal compliance evaluation performance",
    "internal audit": "audit auditor audits schedule programme findings audit report independent",
    "management review": "management review directors senior leadership suitability adequacy effectiveness "
    "customer feedback objectives supplier performance agenda minutes",
    "improvement": "improvement",
    "general": "",
    "nonconformity and corrective action": "nonconformity corrective action root cause investigation "
    "complaint effectiveness 5-why",
    "incident nonconformity and corrective action": "incident accident near miss investigation root cause "
    "corrective action",
    "continual improvement": "improvement projects suggestions lean kaizen",
    "information security risk assessment": "risk assessment threats vulnerabilities likelihood impact "
    "risk register assets",
    "information security risk treatment": "risk treatment plan statement of applicability controls owners "
    "accept residual",
    # ISO/IEC 27001 Annex A controls that procedures most often address
    "policies for information security": "policy policies approved reviewed published",
    "information security roles and responsibilities": "roles responsibilities security officer ciso",
    "segregation of duties": "segregation duties conflicting four-eyes",
    "contact with authorities": "authorities police regulator contact",
    "threat intelligence": "threat intelligence feeds indicators",
    "inventory of information and other associated assets": "asset inventory register owner laptops",
    "acceptable use of information and other associated assets": "acceptable use email internet personal "
    "devices prohibited",
    "return of assets": "return assets leavers termination equipment",
    "classification of information": "classification confidential public internal restricted label",
    "information transfer": "transfer email file sharing encryption agreements",
    "access control": "access control least privilege need-to-know permissions",
    "identity management": "identity accounts unique user ids",
    "authentication information": "passwords password mfa authentication manager",
    "access rights": "access rights provisioning review revoke joiners movers leavers",
    "information security in supplier relationships": "supplier vendor third party due diligence",
    "addressing information security within supplier agreements": "supplier agreements contract clauses nda",
    "information security incident management planning and preparation": "incident response plan playbook",
    "response to information security incidents": "incident response containment escalation",
    "information security during disruption": "continuity disruption disaster recovery",
    "ict readiness for business continuity": "continuity disaster recovery rto rpo failover",
    "legal statutory regulatory and contractual requirements": "legal regulatory contractual gdpr laws",
    "privacy and protection of pii": "privacy personal data gdpr pii data protection",
    "screening": "background checks screening references vetting",
    "terms and conditions of employment": "employment contract confidentiality terms",
    "information security awareness education and training": "awareness training phishing annual",
    "disciplinary process": "disciplinary sanctions breach",
    "remote working": "remote home working vpn",
    "physical security perimeters": "perimeter building doors fences",
    "physical entry": "entry badges visitors reception",
    "clear desk and clear screen": "clear desk screen lock",
    "user endpoint devices": "laptops mobile devices endpoint mdm",
    "privileged access rights": "privileged admin administrator root",
    "protection against malware": "malware antivirus endpoint protection",
    "management of technical vulnerabilities": "vulnerabilities patching patch scanning cve",
    "configuration management": "configuration baseline hardening",
    "information deletion": "deletion wipe erase disposal",
    "data leakage prevention": "data leakage dlp exfiltration",
    "information backup": "backup backups restore recovery",
    "logging": "logs logging audit trail siem",
    "monitoring activities": "monitoring alerts anomalies siem",
    "use of cryptography": "encryption cryptography keys tls",
    "secure development life cycle": "secure development sdlc code review",
    "change management": "change requests approval rollback change advisory emergency release",
    "capacity management": "capacity utilisation performance",
    "compliance with policies rules and standards for information security": "compliance checks adherence reviews "
    "policies breaches exceptions",
    "documented operating procedures": "operating procedures runbooks work instructions step-by-step",
}


def words_for(title: str) -> str:
    """gapscan's own words for the clause with this title ('' when it has none)."""
    return _WORDS.get(title_key(title), "")
