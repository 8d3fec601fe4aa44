"""Decide what each document is: procedure, form, record, review or other.

Signals come from the file name and title (what people call it) and from the content:
obligation sentences and imperative steps (a procedure tells people what to do), blank
fields, placeholders and empty tick boxes (a form waits to be filled), rows filled with
dates, codes and values (a record), attendees and actions (review minutes), a list of other
documents' names (an index: other). Each kind gets a score; the highest wins and the reason
lists the signals behind it, strongest first, so a consultant can see how gapscan decided
and override it with [kinds].
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Sequence

from gapscan.model import Block, BlockType, Document, Kind, Table, Value
from gapscan.nlp.language import MIN_WORDS as LANGUAGE_MIN_WORDS
from gapscan.nlp.language import language_of, not_english

SPREADSHEETS = {"xlsx", "xlsm", "csv", "tsv", "ods"}
# a word as the language test counts it: a run of letters in any script (nlp.language._TOKEN)
WORD_RUN = re.compile(r"[^\W\d_]+")

# What people call a document. In an English name the head noun comes last ("Policy
# Acknowledgment Form" is a form, "Supplier Evaluation List" a list), so the latest match
# in a name counts fully and earlier ones count as modifiers.
# Procedure-like names in Portuguese, Spanish, French and German, the common ones only ("manual" and
# "process..." are matched by the English words). German joins nouns, so its words may end a longer one
# ("Informationssicherheitsrichtlinie").
PROCEDURE_NAMES_ABROAD = (r"\bprocedimientos?\b|\bprocedimentos?\b|\bpol[ií]ticas?\b|\bproc[eé]dures?\b|"
                          r"\bpolitiques?\b|\bmanuel\b|\bdiretriz(?:es)?\b|\bdirectri(?:z|ces)\b|"
                          r"\bnormas? (?:interna|operativa|operacional)|\bregulamento\b|\breglamento\b|"
                          r"\binstru[cç][aã]o de trabalho|\binstrucci[oó]n de trabajo|\bmode op[eé]ratoire|"
                          r"\binstructions? de travail|\bproceso\b|"
                          r"verfahrensanweisung(?:en)?\b|arbeitsanweisung(?:en)?\b|richtlinien?\b|handbuch\b|"
                          r"leitlinien?\b|\bverfahren\b")
NAME_SIGNALS: dict[Kind, re.Pattern[str]] = {
    Kind.REVIEW: re.compile(r"management[\s_-]*review|\bmr[\s_-]*minutes|\bminutes\b|\bmrm\b|"
                            r"board[\s_-]*review", re.I),
    Kind.PROCEDURE: re.compile(r"procedures?\b|\bsops?\b|work[\s_-]*instructions?|\bwi[\s_-]?\d+|"
                               r"polic(?:y|ies)|manual|handbook|process(?!ing)|standard[\s_-]*operating|"
                               r"guidelines?|guide\b|guidance|protocols?\b|code of practice|(?:good|best) practices?|"
                               r"methodolog(?:y|ies)|method[\s_-]*statements?|"
                               r"\bscope\b|\bqp[\s_-]?\d+|\bpr[\s_-]?\d+|" + PROCEDURE_NAMES_ABROAD, re.I),
    Kind.FORM: re.compile(r"\bforms?\b|template|blank|\bqf[\s_-]?\d+|\bf[\s_-]\d+", re.I),
    Kind.RECORD: re.compile(r"register|\blogs?\b|logbook|tracker|\blist\b|matrix|records?\b|scores|"
                            r"results|history|completed|filled|journal|diary|inventory", re.I),
}
# "matrix" names a layout: a matrix of who holds which training or which controls apply records something, but one
# of roles, responsibilities, authorities or communications assigns duties, as a procedure does (DUTY_MATRIX: the
# name says no record; what it holds decides)
DUTY_MATRIX = re.compile(r"\b(?:roles?|responsibilit(?:y|ies)|authorit(?:y|ies)|raci|communications?)\b"
                         r"[\w\s&,-]{0,40}?\bmatri(?:x|ces)\b", re.I)
HEAD_POINTS, MODIFIER_POINTS = 2.0, 1.0
# A page that introduces a section or a chapter and lists what is in it ("Chapter Overview", "README"): its
# headings are its pages' subjects and its length is theirs, not a procedure's sections
# ("1. Overview" of a quality manual is the manual's first chapter, no page introducing others). One that opens the
# sections a procedure opens with ("Purpose", "Scope and users") is a procedure filed as its folder's README.
OVERVIEW_NAME = re.compile(r"\b(?:chapter|section|part|module)[\s-]+overview\b|\breadme\b", re.I)
OPENING_SECTION = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:purpose|scope|objectives?|applicability|"
                             r"(?:roles and )?responsibilit(?:y|ies))(?:\s*(?:,|\band\b|&)\s*\w+)*\W*$", re.I)
# A README that says what it is near its top ("This manual serves as a baseline for lab members", "This protocol was
# modified from ...") is that manual or protocol filed as its folder's README, not a page introducing others.
# Not SELF_NAMED below: that one weighs documents not in English ("Diese Verfahrensanweisung ..."), anywhere in
# their first blocks; this one only lifts the README rule, so it wants the words opening a paragraph, further down
README_SELF_NAMED = re.compile(r"^\W*This\s+(?:\w+\s+)?(?:manual|handbook|procedure|protocol|SOP|"
                               r"work\s+instruction)s?\b")
PLURAL_KINDS = re.compile(r"\b(?:policies|procedures|sops|manuals|guidelines|instructions|templates|forms|records|"
                          r"registers|logs)\b", re.I)
README_SELF_BLOCKS = 40  # a README says what it is in its opening paragraphs
# A README that says it introduces its folder ("This folder contains the operational audit of ...", "This folder
# documents all registered nonconformities", "This folder serves as the reference library") stays a page
# introducing a section under its "Purpose" and "Scope" headings: they are the folder's purpose and scope
README_INTRODUCES = re.compile(r"^\W*This\s+(?:folder|directory|section|repository|repo)\s+(?:contains|holds|"
                               r"collects|gathers|keeps|includes|has|stores|lists|documents|serves\s+as)\b", re.I)
# A README that says so introduces its folder: its "Each template should ..." and its numbered "Creating a template"
# are about the documents filed there, and its title names the folder ("Templates", "Records"), not its own kind;
# weighed above a short procedure's steps (a README that is a procedure says "This procedure ..." instead)
README_INTRODUCES_POINTS = 4.0
# A page named a list of documents, standards or regulations ("List of applicable documents") is an index of what
# applies, whatever "Purpose" and "Scope" headings it opens with. Not "register": a legal register is kept as a record
# A page named an index of other documents by its last word ("Policies, Forms and Registers Index", "MANIFEST"):
# the documents it names before that word are what it indexes, as a register's subject is not its kind
INDEX_NAME = re.compile(r"\b(?:index|manifest|catalog(?:ue)?)\W*$", re.I)
LIST_OF_DOCUMENTS = re.compile(r"\b(?:list|index|catalog(?:ue)?)\s+of\s+(?:(?:the|all|our)\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:documents|documentation|standards|regulations|references|normative texts)\b", re.I)
# A catalogue: tables of items with where they come from and their order code or price ("Description | Supplier |
# Code"), dated nowhere, say what to order, not work done; a column from each group, two different columns
CATALOGUE_SOURCE = re.compile(r"\b(?:suppliers?|vendors?|manufacturers?|distributors?)\b", re.I)
CATALOGUE_CODE = re.compile(r"\b(?:codes?|cat(?:alog(?:ue)?)?\.?\s*(?:no|number|#)|catalog(?:ue)?|part\s*(?:no|number|#)|"
                            r"sku|prices?|unit\s+cost|order\s*(?:no|number|#))(?!\w)", re.I)
CATALOGUE_ROWS = 3
DATE_CELL = re.compile(r"^\s*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4}|"
                       r"[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\s*$")
# "Control of records", "Procedure for forms": a word after of/for names the subject, not the kind
SUBJECT_OF = re.compile(r"\b(?:of|for|on|about|de|do|da|dos|das|del|des|du|para|pour|sobre|f[uü]r|zur|zum)\s+"
                        r"(?:(?:the|all|la|le|les|el|los|las|der|die|das|den)\s+)?$", re.I)
# a year and month in a name ("log 2026-03") marks a period's record, not a batch code
DATED_NAME = re.compile(r"(?<![\dA-Za-z])(?:19|20)\d{2}[\s_.-](?:0[1-9]|1[0-2])(?!\d)")
# "4.1 Context of the organisation", "A.5.1 Policies", "Clause 7.5 Documented information"; a zero-padded number
# ("03.11-Equipment") is a chapter's place in a handbook, never an ISO clause
CLAUSE_NAME = re.compile(r"^\s*(?:clause\s*)?(?P<num>[A-Z]\.\d{1,2}(?:\.\d{1,2}){0,3}|(?!0)\d{1,2}(?:\.\d{1,2}){1,3})"
                         r"\.?[\s_-]+[A-Za-z]", re.I)

OBLIGATION = re.compile(r"\b(shall|must|should|is required|are required|required to|is responsible|"
                        r"are responsible|responsible for|responsibilit)", re.I)
# The common obligation verbs and "responsible for" of Portuguese, Spanish, French and German ("deve", "debe",
# "doit", "muss"; "responsável por", "responsable de", "verantwortlich für"; "responsabilid-" and "responsabilit-"
# start the noun in the first three). Searched only in a sentence holding one of the stems, which `in` finds far
# quicker than the pattern's alternatives tried at every word: most sentences hold none.
OBLIGATION_ABROAD = re.compile(
    r"\b(?:responsabili[dt]|(?:d(?:evem?|ever[aá]|ever[aã]o|eben?|eber[aá]n?|oit|oivent|evra|evront)|"
    r"respons(?:[aá]ve(?:l|is) (?:pel[oa]s?|por)|ables? d(?:e|u|es))|tienen? que|il faut|"
    r"(?:[eé]|s[aã]o) obrigat[oó]ri[oa]s?|(?:es|son) obligatori[oa]s?|(?:est|sont) obligatoires?|"
    r"m(?:uss|üssen|uessen)|soll(?:en)?|(?:ist|sind) (?:verpflichtet|verantwortlich|erforderlich)|"
    r"verantwortlich f(?:ü|ue)r)\b)", re.I)
OBLIGATION_STEMS = ("dev", "deb", "doi", "respons", "tien", "faut", "obrig", "oblig", "mus", "müs", "mues", "soll",
                    "verpfl", "verantw", "erforder")
# A page of rules: a staff handbook's short policy pages, one subject each, say in most of their few sentences what
# must, should, will or may be done, or what the reader is entitled to ("You will also lose any holiday pay ...", "We
# will pay it on your usual pay day", "A written warning will usually be set aside after six months"), seldom with an
# imperative or a "shall". A README, a news post or a change log says what is, was or was done; a line of it may say
# what will happen, seldom half its sentences. Lower case only: "May" the month, "Will" the name. Not "cannot": as
# often a fact ("a workbook cannot drift from the prose") as a rule, and "must not", "may not" say the rule.
RULE = re.compile(r"\b(?:will|shall|must|should|may|(?:is|are) (?:to|entitled|not (?:permitted|allowed)))\b")
RULE_SENTENCES = 2  # one sentence is too little to tell a page of rules from a note
# a page named a roadmap says what the organisation will do in the years ahead: its "will" sentences are plans, not
# rules for a reader (its "must" and "may" still count). Not a strategy: a backup strategy's "full backups will be
# taken every Sunday" is its rule
PLAN_NAME = re.compile(r"\broad[\s-]?maps?\b", re.I)
PLAN_RULE = re.compile(r"\b(?:shall|must|should|may|(?:is|are) (?:to|entitled|not (?:permitted|allowed)))\b")
# A step told as what someone does rather than as an order: "The Shift Manager investigates every accident",
# "Every accident is reported to the Shift Manager", "is entered on the log". Wikis and handbooks write
# procedures this way, with no imperative and no "shall".
# (the lookahead after each \b holds the first letters of the words that follow it: a word starting with any other is
# passed over without trying each of them, the matches as without it)
DESCRIBED_STEP = re.compile(
    r"\b(?=[maslotecidpb])(?:"
    r"(?:manager|advis[eo]r|supervisor|lead|leader|officer|technician|operator|engineer|coordinator|controller|"
    r"inspector|clerk|driver|planner|buyer|store(?:man|keeper)|auditor|administrator|owner|team|desk)\s+"
    r"(?!is\b|has\b|was\b|needs\b|means\b)[a-z]{3,}(?<!s)s\b"
    r"|(?:is|are)\s+(?:reported|entered|recorded|logged|checked|reviewed|investigated|approved|signed|closed|"
    r"kept|filed|sent|raised|escalated|inspected|tested|issued|stored|returned|quarantined|released|booked)\s+"
    r"(?:to|on|in|into|by|within|before|at|for)\b)",
    re.I,
)
MINUTES = re.compile(r"\b(?=[apmcn])(attendees|present(?=\s*:)|apologies|(?<!\d )minutes|agenda|"
                     r"action(s)? (agreed|owner)|chair(ed)?|next meeting)\b", re.I)
# the header of minutes, how many blocks of it say when the meeting was held and who took part (meetings.held_on)
HELD_HEADER_BLOCKS = 12
HELD_LABELS = re.compile(r"\b(?:present|attendees|attendance|apologies|chair(?:ed by)?):", re.I)
# Minutes filed under the meeting and the day it was held ("Regular Member Meeting 2009 07 14.md",
# "meetings/general/20260810.md", "General Meeting - 10 August 2026"): a record of that meeting, whatever its
# "shall" and "will" lines say; an agenda, a template or a draft for a meeting is not.
MEETING_NAME = re.compile(r"\bmeetings?\b|\b[AE]GMs?\b", re.I)
# a folder of minutes names the meeting its files record ("board_minutes/2021/2021-03-11.md"): the minutes of that
# meeting when a file is named by its day and shows the meeting held
MINUTES_FOLDER = re.compile(r"(?:^|/)[^/]*\bminutes\b[^/]*/", re.I)
NAME_DATE = re.compile(r"(?<!\d)(?:(?:19|20)\d{2}[\s_.-]?[01]\d[\s_.-]?[0-3]\d|"
                       r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d{2}|"
                       r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2})(?!\d)")
# an annual meeting's minutes filed under the year alone ("Annual Meeting 2012.md"): the year is the meeting's only
# when the text shows a meeting held by two of its signs, as the year alone dates a policy as readily
NAME_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?!\d|\.\d)")
# a title that calls the page the minutes ("Minutes Board meeting January 17th, 2019", "Minutes of the AGM")
MINUTES_TITLE = re.compile(r"^\W*minutes\b", re.I)
NOT_MINUTES_NAME = re.compile(r"agenda|template|draft|proposal|blank", re.I)
# an agenda filed with its minutes ("20200721_agenda_and_minutes.md", "Agenda & Minutes"): the agenda filled in at
# the meeting, named the minutes as much as the agenda (meetings.NOT_MINUTES reads "Agenda/Minutes" so too)
AGENDA_WITH_MINUTES = re.compile(r"\bagenda\W*(?:and|&|/)\W*minutes\b|\bminutes\W*(?:and|&|/)\W*agenda\b", re.I)
# a page named the template of minutes ("meeting-minutes-template.md", "Minutes (Template)"): the form they are
# written on, though its header's placeholders look dated ("Present on YYYY-MM-DD") and its control block is
TEMPLATE_NAME = re.compile(r"\btemplates?\b|\bblank\b", re.I)
# what minutes say of the meeting itself: who was there, who chaired or took the minutes, that it was called to order
MEETING_HELD = re.compile(r"\b(?:present|attendees|attendance|apologies|chair(?:ed)?(?: by)?|minute taker|"
                          r"called to order|quorum|adjourned|meeting (?:started|starts|opened|began|closed|ended))\b|"
                          # who came, as a call's notes ask it ("sign in below so we know who was here. Roll call:",
                          # "Brief intros: who's here?")
                          r"\broll[\s-]?call\b|\bwho(?:'s|’s| is| was| were) here\b|"
                          r"\bminutes of\b|"
                          # what was decided there ("Decision to move to ...", "We agreed that ...", "Action point:")
                          r"\bdecision to\b|\b(?:we|it was|they|the \w+ (?:have |has )?)(?:decided|agreed)\b|"
                          r"\baction (?:points?|items?)\b\W*:", re.I)
# A year's account or a plan of intent ("Annual Report 2015-16", "Corporate Plan 2017-20", a chapter filed under
# "annual-report-15-16/"): what was done and what is meant, told in "must" and "will", with no steps for a reader
# A controlled document's header may name its type ("Controlled Document - Form - Module 1", "Document type: Log",
# a "Document type | Form" row of its header table): a form, a blank log or a reference described under the same
# sections as the SOPs beside it ("1. Purpose", "3. Instructions") is still that form, log or reference. Read in its
# first blocks only, on a short line; types this does not name ("Assessment") leave the content to decide.
DECLARED_TYPE = re.compile(r"^\W*(?:controlled\s+)?(?:document|doc\.?)(?:\s+(?:type|category|class))?\s*(?:[-–—:|]\s*)+"
                           r"(?P<k>forms?|templates?|checklists?|questionnaires?|logs?|logbooks?|registers?|records?|"
                           r"references?|sops?|procedures?|polic(?:y|ies)|work instructions?|manuals?)\b", re.I)
DOCUMENT_TYPE_LABEL = re.compile(r"^\W*(?:document|doc\.?)\s+(?:type|category|class)\W*$|^\W*type of document\W*$", re.I)
DECLARED_BLOCKS = 10
# a line near the top naming the clause of a standard the page is written for ("Supports: Clause 4.1", "ISO/IEC
# 27001:2022 | Clause 4.3"): a heading or a short label line, no sentence that mentions a clause in passing
SERVES_CLAUSE = re.compile(r"\bclause\s+\d{1,2}(?:\.\d{1,2}){0,3}\b", re.I)
SERVES_CLAUSE_WORDS = 8
DECLARED_WORDS = 12
DECLARED_ENTRIES = 3  # filled rows that make a declared log a record: a header table's "Document No." row is none
DECLARED_FORM = re.compile(r"^(?:form|template|checklist|questionnaire)", re.I)
DECLARED_LOG = re.compile(r"^(?:log|regist(?:er|r)|record)", re.I)
# the type a markdown page's front matter gives it ("type: agent-registry", "document_type: Operational Procedure"):
# its last word, the head noun, is read as a header's "Document type:" is
FRONT_MATTER_TYPE_KEYS = frozenset({"type", "doc_type", "document_type", "doctype", "document-type"})
FRONT_MATTER_TYPE = re.compile(r"(?:^|[\s_-])(?P<k>forms?|templates?|checklists?|questionnaires?|logs?|logbooks?|"
                               r"registers?|registr(?:y|ies)|records?|references?|sops?|procedures?|polic(?:y|ies)|"
                               r"work instructions?|manuals?)\W*$", re.I)
DECLARED_REFERENCE = re.compile(r"^reference", re.I)
# An assessment's report (a gap assessment, a readiness or risk assessment, an audit report): an "Executive Summary"
# opening, then sections of what was found and what is advised ("Key Findings", "Finding 2 - Logging", "Gaps",
# "Recommendations", "Remediation Roadmap", "Conclusion"). Its recommendations are imperatives ("Enforce MFA", "Review
# user access quarterly") but advice to the reader of the report, no steps of a procedure (held out, session 20: a
# GRC portfolio's four assessment reports were read as procedures from their recommendations). A policy with an
# "Executive Summary" of its own ("Adverse Findings Handling", "Non-Compliance Remediation") has no such sections:
# each must be the whole heading.
REPORT_OPENING = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:executive\s+summary|summary\s+of\s+(?:the\s+)?findings)\W*$",
                            re.I)
REPORT_SECTION = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?P<s>(?:key\s+)?findings?|recommendations?|conclusions?|gaps|strengths|"
    r"remediation\s+(?:roadmap|plan)|overall\s+(?:assessment|rating|summary)|current\s+state)"
    r"(?:\s+\d{1,3})?(?:\s*[-–—:]\s*[^\n]{0,80})?\W*$", re.I)
REPORT_SECTIONS = 2  # kinds of findings-and-advice section an assessment report has besides its summary
REPORT_REPEATS = 3  # or one kind repeated, once per finding ("Risk R-001 - Phishing" ... "Recommendation")
REPORT_OPENING_BLOCKS = 40


# A report named so and dated by its own name or its folder's ("reports/2026-04-17-lambing-event/report.md",
# "audit-report-2026-03-01.md") tells one piece of work done that day, its advice included; the date must be a day
# (NAME_DATE), not a year or a version
DAY_REPORT = re.compile(r"\breports?\b", re.I)
# A conversation kept as text, each line led by who said it: a chat export ("Bob Clough, [22.11.17 08:21] How do
# we ...", any name before a time) or a discussion typed up in initials or full names ("BC - we should buy a sander",
# "Chris Hilliard - done"), then a remark of SPOKEN_WORDS at least ("Detection Time: 4 hours" and "Owner: QA" are a
# form's labels, and a colon after a name alone is one too). Its "should" and "must" are what people said, not steps. Counted when such lines are a third of
# the text's lines, CONVERSATION_LINES at least, two speakers each speak CONVERSATION_TURNS times, and most of the
# lines are no orders ("QA - Check the labels" is a step led by its role).
SPEAKER = re.compile(r"^(?P<who>[A-Z][\w'.@-]*(?:\s+[A-Z][\w'.-]*){0,2}),?\s*\[[^\]\n]{0,30}\d{1,2}[:.]\d{2}\]\s*:?\s*"
                     r"|^(?P<named>[A-Z]{2,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s+[-–—]\s+(?=\S)")
CONVERSATION_LINES = 8
SPOKEN_WORDS = 4
CONVERSATION_TURNS = 3
# A lead-in naming who does what the list below it says ("The chair:", "The chair and the notetaker:", "When the
# time is up, the chair:", "The chair then either:"): the items are that person's steps, told in the third person
# ("welcomes everyone", "asks for other business"). Not "The chair explains:", whose items are what is explained.
ACTOR_LEAD_IN = re.compile(r"\b(?:the|each|every)\s+[a-z][\w-]*(?:\s+(?:and|or)\s+(?:the\s+)?[a-z][\w-]*)?"
                           r"(?:\s+(?:then|also|first|either|next))*\s*:\s*$", re.I)
ACTOR_STEPS = 2
# a word after a verb-like first word that makes it a plural noun: "records of training", "reports from audits"
NOT_AFTER_TOLD = frozenset("of and or for from to in on at by with is are was were that which".split())
# A heading telling how to fill in the page's own table ("Guidance for filling out this table", "How to complete this
# form", "Instructions for using this sheet"): over a table with no entries, its steps are how the form is filled and
# used, not a procedure's. "How to fill in the pump check form" names a form kept elsewhere ("this" is the page's).
FILL_GUIDANCE = re.compile(r"\b(?:guidance|guide|instructions?|notes?|how)\b.{0,20}?\b(?:fill(?:ing)?(?:\s+(?:in|out))?|"
                           r"complet(?:e|ing)|us(?:e|ing))\s+this\s+(?:table|form|sheet|template|register|log|"
                           r"checklist)\b", re.I)
# A page about one instrument or machine that is mostly its specifications ("Bandwidth: 100MHz", "Range: 0 to
# 1000V") under a "Specifications" heading or a line introducing them ("The specifications of the camera are:")
# describes it; its few "Apply power" lines do not make it a procedure. Weighed by the items' share of the page's
# lines, as an index is: an operating procedure opening with a short list of specifications keeps its kind.
SPEC_LINE = re.compile(r"^\W*(?:(?:technical|key|main)\s+)?spec(?:ification)?s\W*$|"
                       r"\bspec(?:ification)?s\b[^.]{0,60}:\s*$", re.I)
SPEC_ITEMS = 3
SPEC_LINE_WORDS = 10
# A roster: a page that is mostly people's names ("- Ann Lee", "- Bob Clough (Chair)", a table of names under
# "Chair | Secretary | Treasurer") on a page whose title, name, headings or columns name members or roles says who
# sat where; its few lines on how the board meets are no procedure, and its table of names by year no record of
# work. Weighed by the names' share of the page's lines, as an index is.
ROSTER_CONTEXT = re.compile(r"\b(?:members?|membership|committees?|board|trustees?|directors?|officers?|volunteers?|"
                            r"staff|people|(?:co-?|vice[\s-]?)?chair(?:s|m[ae]n|person)?|secretar(?:y|ies)|"
                            r"treasurers?|(?:vice[\s-]?)?presidents?)\b", re.I)
_NAME_WORD = r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['\u2019-][A-Z]?[a-z]+)*|[A-Z]\.)"
PERSON_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+(?:(?:de|van|von|der|den|da|di|du|le|la|del|dos)\s+)?{_NAME_WORD}){{1,3}}$")
# what a roster puts in a seat nobody holds, and notes beside a name ("(Chair)", "(Appointed 2025-08-23)", "(17/03-)")
EMPTY_SEAT = re.compile(r"^(?:vacant|n/?a|tbc|tbd|tba|none|-|\u2014|\u2013)$", re.I)
NAME_NOTE = re.compile(r"\([^)]{0,40}\)|[*_]+")
NAMES_JOINED = re.compile(r"<br\s*/?>|\n|\s+[+&/;]\s+|;|\s+and\s+", re.I)
ROSTER_LINES = 8
# A file named a to-do list ("TODO.md", "todo-list.md", "product-backlog.md") lists work still to be done: its
# "Document the pump procedure" lines are tasks, not a procedure's steps. The list must end the file name, as the
# head noun does ("backlog-pruning.md" is about a backlog), and a title is not read ("Prune the backlog" is a guide).
TODO_NAME = re.compile(r"(?:\btodos?|\bto-dos?|\bto[\s-]do[\s-]list|\bbacklog)\W*$", re.I)
# A page that says in its opening lines what it is: "This is a template agenda for our all hands meeting", "This
# document is a blank form". A procedure's name in the phrase wins ("a template policy" is a policy); a form, template
# or questionnaire is a form, whatever its "you should prepare" and numbered agenda say. Not a checklist: "This is a
# checklist for IT teams to follow when someone leaves" is the steps of a procedure, ticked as they are done.
SELF_DECLARED = re.compile(r"^\W*This\s+(?:page\s+|document\s+|file\s+)?is\s+(?:a|an|our|the)\s+"
                           r"(?P<phrase>[\w\s-]{0,60}?)(?=\s+(?:for|of|to|that|which|used|we|you|in|on)\b|[.,;:(]|$)",
                           re.I)
SELF_DECLARED_FORM = re.compile(r"\b(?P<k>templates?|forms?|questionnaires?)\b", re.I)
# "This is a filled example to show what good looks like", "This document is a completed copy of the form": the form
# filled in, the record kept on it (an example of one is still read as one; what it records is what the set shows)
SELF_DECLARED_FILLED = re.compile(r"\b(?P<k>(?:filled(?:[\s-]+(?:in|out))?|completed)\s+(?:[\w-]+\s+)?"
                                  r"(?:examples?|copy|copies|samples?|forms?|templates?|versions?|instances?))\b",
                                  re.I)
PERIOD_REPORT = re.compile(r"\b(?:annual|yearly)\s+(?:[a-z]+\s+){0,2}?reports?\b|"
                           r"\b(?:corporate|strategic|business)\s+plans?\b|"
                           r"\bquarterly\s+(?:[a-z]+\s+){0,2}?(?:reports?|updates?)\b", re.I)
# a quarter in a name that also says report or update ("TI-reports/2025/2025-Q1-Sigstore.md", "report-q3-2024"): a
# quarter's account of its work, as an annual report is a year's; a quarter alone ("2025-Q1-plan") leaves the
# content to decide
REPORT_HEAD = re.compile(r"\breports?\W*$", re.I)  # a name whose last word, its head noun, is "report"
QUARTER_NAME = re.compile(r"\b(?:(?:19|20)\d{2}\s*Q[1-4]|Q[1-4]\s*(?:19|20)\d{2})\b", re.I)
REPORT_NAME = re.compile(r"\b(?:reports?|updates?)\b", re.I)
# a report that says near its top which period it covers ("Reporting period: February 1, 2021 to December 31, 2021",
# "Period covered: Q3 2025"): an account of that period's work, its "must" and "will" what was done and is meant
REPORTING_PERIOD = re.compile(r"^\W*(?:reporting|report|review)\s+period\s*:|^\W*period\s+(?:covered|under review)\s*:",
                              re.I)
REPORTING_PERIOD_BLOCKS = 6
# A document's own code opening its title or file name ("REC-023 Management Review Report", "LTR-002 Executive
# Statement of Commitment", "FRM-012 Training Request", "SOP-003 Purchasing"): a consultant's pack codes each document
# by its kind, and a record's, a letter's or a form's code says what it is, whatever "Purpose" and "shall be reviewed"
# it shares with the policies beside it. A procedure's or a policy's code ("SOP-001", "PL-004", "WI-7.5-02") weighs as
# a name does and the content still decides; a form or record kept under a procedure's code says so after it
# ("SOP-003-F01", "QP-05-FRM-02", "QP-05-R1"). "DOC-" says only that it is a controlled document. Upper case only, as
# codes are written; a prefix not listed ("COVID-19 Policy", "ISO-9001") is no document code.
DOCUMENT_CODE = re.compile(r"^[^\w]*(?P<code>(?P<p>REC|RCD|LTR|LET|FRM|FM|FORM|TPL|SOP|PROC|PRO|QP|QSP|WI|PL|POL|MAN|"
                           r"QM|DOC)\s*-\s*\d{1,4}(?:[-.]\d{1,4})*(?:\s*-\s*(?P<s>[A-Z]{1,4})\s*-?\s*\d{1,4})?)"
                           r"(?![\w-])")
_FORM_CODE = ("form", Kind.FORM)
_PROCEDURE_CODE = ("procedure", Kind.PROCEDURE)
CODE_KINDS = {"REC": ("record", Kind.RECORD), "RCD": ("record", Kind.RECORD),
              "LTR": ("letter", Kind.OTHER), "LET": ("letter", Kind.OTHER),
              **dict.fromkeys(("FRM", "FM", "FORM", "TPL"), _FORM_CODE),
              **dict.fromkeys(("SOP", "PROC", "PRO", "QP", "QSP", "WI", "PL", "POL", "MAN", "QM"), _PROCEDURE_CODE)}
# the part after a procedure's code that names what is kept under it
CODE_SUFFIX_KINDS = {**dict.fromkeys(("F", "FM", "FRM", "FORM", "T", "TPL"), _FORM_CODE),
                     **dict.fromkeys(("R", "REC", "RCD"), ("record", Kind.RECORD))}
# A letter: a salutation opening it and a closing or a signature ending it ("Dear colleagues," ... "Yours
# sincerely,"), or a page named a letter and signed at its foot ("Signed:", "Signature"). What it says "shall" be
# done is said to its readers once, not steps; a policy signed by its director is not named a letter.
SALUTATION = re.compile(r"^\W*(?:dear|to whom it may concern)\b", re.I)
CLOSING = re.compile(r"^\W*(?:yours\s+(?:sincerely|faithfully|truly)|(?:with\s+)?(?:kind|best|warm)(?:est)?\s+regards|"
                     r"sincerely|respectfully)\b", re.I)
# A document speaking of itself as a form: "provided in this form", "return this completed form", "this application
# form"
THIS_FORM = re.compile(r"\bthis\s+(?:completed\s+|signed\s+|application\s+|registration\s+)?form\b", re.I)
SIGNATURE_WORDS = 6  # "Signature of applicant", "Signed (member)": a line to sign, not a sentence about signing
SIGNED = re.compile(r"^\W*(?:signed|signature|sign-off)\b", re.I)
LETTER_NAME = re.compile(r"\bletters?\b", re.I)
# A declaration: its opening speaks for the one who signs ("I confirm that I have read all of the following policies:",
# "I hereby consent to ...") and it leaves a place to sign; what it lists is what is declared, not an index
DECLARING = re.compile(r"^\W*(?:I|we)\s+(?:hereby\s+)?(?:confirm|declare|acknowledge|agree|consent|certify|"
                       r"undertake)\b", re.I)
TITLE_PAGE_WORDS = 8  # a cover page's whole text: "Policies & Procedures", "Risk Assessments"
LETTER_ENDS = 10  # the blocks at each end where a letter's salutation and its closing or signature stand
# "nineteen minutes", "41 minutes": a length of time, not the minutes of a meeting
DURATION = re.compile(r"\b(?:\d+|a few|few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"fifteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety)(?:[\s*_-]|\d)*minutes\b", re.I)
# An architecture decision record ("Context", "Decision", "Consequences", "Alternatives considered"): why one choice
# was made, no steps for a reader, however long its sections are
DECISION_SECTION = re.compile(r"^\W*(?:\d{1,2}\.?\s+)?(?P<s>decision(?: outcome)?|context(?: and problem statement)?|"
                              r"consequences|status|rationale|alternatives(?: considered)?|considered options|"
                              r"decision drivers|options considered)\W*$", re.I)
DECISION_SECTIONS = 3
# the sections of a page presenting the organisation to the outside world ("About Us", "Who We Are", "Contact Us",
# "Our Certifications & Credentials"), each heading one of these and nothing more: a brochure or a company profile,
# whatever policy line it quotes; PROFILE_SECTIONS different ones make the page one, one of them a page speaking of
# itself to a reader (PROFILE_VOICE): a quality manual's "Mission" and "Vision", a scope's "Products" and "Services"
# are sections of the system's own description
PROFILE_SECTION = re.compile(r"^\W*(?:\d{1,2}\.?\s+)?(?P<s>about\s+(?:us|the\s+company)|who\s+we\s+are|company\s+profile|"
                             r"our\s+(?:mission|vision|values|services|products|clients|customers|story|"
                             r"certifications?(?:\s*(?:&|and)\s*credentials)?|credentials)|mission(?:\s+statement)?|"
                             r"vision(?:\s+statement)?|contact\s+us|why\s+choose\s+us|services|products|"
                             r"industries\s+served|core\s+values)\W*$", re.I)
PROFILE_SECTIONS = 2
PROFILE_VOICE = re.compile(r"^(?:about|who|company|our|contact|why)\b", re.I)
# A certificate a certification body issues ("CERTIFICATE OF REGISTRATION" over "This is to certify that the Quality
# Management System of ... has been assessed and registered ... as conforming to ISO 9001:2015"): evidence that the
# system was certified, not a procedure, whatever scope, validity and "shall maintain" lines it carries (held out,
# cmhold12: the ISO 45001 certificate of three twins was read as a procedure and given a verdict). Its title as a line
# of its own, and the words of certifying: a scope statement "suitable for use on the certificate of conformity" or
# minutes noting "received the certificate of registration" are neither.
CERTIFICATE_TITLE = re.compile(r"^\W*certificate\s+of\s+(?:registration|conformity|conformance|approval|accreditation|"
                               r"certification|compliance)\W*$", re.I)
CERTIFYING = re.compile(r"\b(?:this\s+is\s+to\s+certify\s+that|(?:hereby\s+)?certifies\s+that|(?:has|have)\s+been\s+"
                        r"(?:assessed|audited)\s+and\s+(?:registered|certified|found\s+to\s+(?:conform|comply)))\b", re.I)
# A guide to a standard's criteria or a catalogue of controls ("CC1.1 - Organization and Management" over "What the
# auditor looks for: ...", "Evidence types: ...", "Typical controls: ..."): under each criterion's heading a line
# opening with what an auditor looks for or expects. Its "Document the date you reviewed ..." and "Security
# awareness training (annual minimum)" are what an audit will want to see, the criterion explained, not the steps of
# the reader's own work. One such note in a procedure ("Auditor note: ...") makes no guide: CRITERIA_SECTIONS of
# them, under half the page's sections or more
AUDITOR_EXPECTS = re.compile(r"^\W*(?:what\s+(?:the\s+|an\s+)?auditors?\s+(?:looks?\s+for|will\s+look\s+for|"
                             r"expects?|wants?\s+to\s+see|will\s+(?:expect|want\s+to\s+see))|"
                             r"auditors?['\u2019]?s?\s+expectations?)\b", re.I)
CRITERIA_SECTIONS = 3
# A crosswalk ("ISO 27001 Controls Mapping", "nist-csf-soc2-crosswalk.md"): named a mapping, its tables pair each
# control or clause of a standard ("A.5.15", "10.2.1", "GV.OC", "PR.AC-1", "CC6.1") with the documents,
# features or criteria that cover it. It says where each requirement is met, not how to do the work: its few orders
# ("Use this mapping for audit preparation") are how to read it. CROSSWALK_ROWS such rows at least, and half of the
# rows of its tables
CROSSWALK_NAME = re.compile(r"\b(?:mappings?|crosswalks?|cross[\s-]?references?|correspondence\s+tables?)\b", re.I)
CONTROL_CODE = re.compile(r"^\W*(?:[A-Z]{1,3}\.\d{1,2}(?:\.\d{1,2}){0,3}|\d{1,2}(?:\.\d{1,2}){1,3}|"
                          r"[A-Z]{2}\.[A-Z]{2}(?:-\d{1,2})?|CC\d{1,2}(?:\.\d{1,2})?)(?![\w.-])")
CROSSWALK_ROWS = 5
# The sections of a meeting's write-up ("Agenda", "Minutes", "Attendance", "Actions", "Key Discussion Points", "AOB"):
# a page under three of them, one naming who was there, records a meeting, and the orders in its action list
# ("Send the protocols to ...") are what was agreed, not a procedure's steps
MEETING_SECTION = re.compile(r"^\W*(?P<s>agenda|minutes|notes|attendance|attendees|present|apologies|"
                             r"actions?(?: (?:items?|points?|log|agreed))?|(?:key )?discussion(?: points)?|"
                             r"aob|any other business|next meeting|decisions?(?: made)?)\W*$", re.I)
WHO_WAS_THERE = frozenset({"attendance", "attendees", "present", "apologies"})
MEETING_SECTIONS = 3
# An archive of a series' notes, one meeting under each heading that is only its day ("## 2023-11-21", "### Tuesday
# 17 October 2023"), on a page named for meetings: the write-ups of those meetings, whatever their action items ask
MEETING_DAY_HEADING = re.compile(r"^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:19|20)\d{2}[-/.]\d{1,2}"
                                 r"[-/.]\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d{2}|"
                                 r"[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2})\W*$", re.I)
MEETING_ARCHIVE = 3
ZERO_WIDTH = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"))
PROCEDURE_HEADINGS = re.compile(r"\b(purpose|scope|objectives?|applicability|responsibilit\w*|roles|definitions|"
                                r"procedure|references|related documents|records|method|process|policy|"
                                r"compliance|enforcement|exceptions|requirements|instructions|"
                                # the same sections in Portuguese, Spanish, French and German
                                r"objetivos?|objeto|escopo|alcance|[aâá]mbito|responsabilidades|pap[eé]is|"
                                r"defini[cç](?:[oõ]es|iones)|procedimi?entos?|refer[eê]ncias|referencias|registros|"
                                r"m[eé]todo|processo|proceso|pol[ií]tica|requisitos|instru[cç][oõ]es|instrucciones|"
                                r"objet|objectifs?|domaine d'application|p[eé]rim[eè]tre|responsabilit[eé]s|r[oô]les|"
                                r"d[eé]finitions|procédures?|r[eé]f[eé]rences|enregistrements|m[eé]thode|processus|"
                                r"politique|exigences|zweck|ziele?|geltungsbereich|anwendungsbereich|"
                                r"verantwortlichkeiten|zust[aä]ndigkeiten|rollen|begriffe|definitionen|verfahren|"
                                r"mitgeltende (?:unterlagen|dokumente)|aufzeichnungen|methode|prozess|richtlinie|"
                                r"anforderungen|anweisungen|"
                                # the heading of the steps themselves
                                r"ablauf|verfahrensablauf|prozessablauf|durchf(?:ü|ue)hrung|vorgehensweise|"
                                r"verantwortung|d[eé]roulement|logigramme|mode op[eé]ratoire|desarrollo|"
                                r"modo operativo|etapas)\b", re.I)
# A procedure that says what it is in its first lines, in English or another language: "This procedure
# describes", "Diese Verfahrensanweisung beschreibt", "Cette instruction de travail", "Este procedimiento",
# "Esta instrução de trabalho". German joins nouns ("Diese Prüfanweisung"), so its words may end a longer one.
SELF_NAMED = re.compile(
    r"\b(?:this|diese[rs]?|cette|ce|este|esta)\s+(?P<word>(?:standard operating )?procedure|work instruction|"
    r"policy|sop|\w*verfahrensanweisung|\w*arbeitsanweisung|\w*pr(?:ü|ue)fanweisung|\w*richtlinie|"
    r"proc[eé]dure|instruction(?: de travail)?|mode op[eé]ratoire|politique|procedimi?ento|"
    r"instrucci[oó]n(?: de trabajo)?|instru[cç][aã]o(?: de trabalho)?|pol[ií]tica)\b", re.I)
SELF_NAMED_BLOCKS = 5  # the first text blocks under the title: where a document says what it is
# A table of who does what, in any of those languages: a column of steps or activities beside a column of who is
# responsible for each ("Tätigkeit | Verantwortlich", "Étape | Responsable"), with no date (an action list with
# a 'Responsible' column is dated: it records work)
RESPONSIBLE_HEADER = re.compile(r"responsib|accountab|\bwho\b|verantwort|zust[aä]ndig|\bwer\b|responsable|"
                                r"respons[aá]vel|\bqui\b|\bqui[eé]n\b|\bquem\b|\brole\b|\brolle\b|\br[oô]le\b|"
                                r"\bpapel\b|\bfun[cç][aã]o\b|\bfonction\b", re.I)
ACTIVITY_HEADER = re.compile(r"activit|\btasks?\b|\bsteps?\b|t[aä]tigkeit|aufgabe|schritt|[eé]tape|t[aâ]che|"
                             r"actividad|\btarea|\bpaso|atividade|tarefa|\betapa|\bpasso", re.I)
DATE_HEADER = re.compile(r"\bdate|datum|\bfecha|\bdata\b|\bdue\b|\bfrist|[eé]ch[eé]ance|\bprazo|\btermin", re.I)
# a revision block in those languages too: the document's own versions, dated (a controlled document)
REVISION_ABROAD = re.compile(r"\b(?:revision|version|rev\.?|amendment|r[eé]vision|versi[oó]n|vers[aã]o|revis[aã]o|"
                             r"revisi[oó]n|[aä]nderung|ausgabe|modification|cambios?|altera[cç][aã]o)\b", re.I)
# a list item numbered as a step ("1.", "2)", "4.1"), written as a sentence
STEP_MARKER = re.compile(r"^\(?\d{1,2}(?:\.\d{1,2})*[.)]?$")
# a list item whose last word names a document ("Belt Sander Manual", "Access Control Policy"): a page made
# mostly of them is an index of other documents, whatever its few lines of introduction ask
DOCUMENT_NAME = re.compile(r"\b(?:manuals?|polic(?:y|ies)|procedures?|assessments?|guides?|guidance|forms?|templates?|"
                           r"plans?|standards?|checklists?|registers?|instructions?|sops?|handbooks?|logs?|records?)$",
                           re.I)
INDEX_ITEMS = 10
# a page named a template whose sections are left empty for the writer ("### Purpose" straight over "### Current
# Status"), a third of its sections at least: the form of the document, whatever its instructions on filling it in
# ask. Not without the name: a wiki's stub page of a tool, a schedule's months to come or a PDF's labels leave
# headings empty too (6 pages of the 27 sets of session 16)
EMPTY_SECTIONS = 3
# a heading over a list of documents, and the length of a title in such a list
DOCUMENTS_HEADING = re.compile(r"^\W*(?:(?:our|other|useful|related|more|all)\s+)?(?:how[\s-]?to\s+guides?|guides|"
                               r"policies|by-?laws|links|resources|documents|pages|see also|further reading)\W*$", re.I)
LINK_TITLE_WORDS = 8
# A list item that is one link to a page of the same site or folder ("[Privacy Policy](privacy_policy.md)",
# "[Grievance](grievance/)"): a contents list of the pages beside it. Not a web address or an anchor in the page
LOCAL_LINK = re.compile(r"^(?![a-z][a-z0-9+.-]*:|//|#)[^\s]+$", re.I)
# the words of such an item: a page's title, which on a wiki's contents or troubleshooting list may name a symptom
# ("The laser head moves, but won't cut", "Edges of cut pieces are slanted instead of cut at 90°"); a line of text
# with a link in it ends as a sentence does, or runs longer
LINK_ITEM_WORDS = 16
# a document of this many pages may hold forms on a few of them and be no form itself (_form_pages)
FORM_PAGES = 4
# the words of an unlinked item labelling a group of a contents list's links ("Meta-policies", "Health and care")
LINK_GROUP_WORDS = 4
# A heading saying the subheadings below it are this section's pages ("Procedures in this Section", "Documents in
# this chapter"): each subheading names one page, a line or two and a few bullets under it saying what it covers. A
# plain "Procedures" or "Policies" heading does not say so: a manual's sections sit under it, each a policy in full.
SECTION_PAGES_HEADING = re.compile(r"^\W*(?:the\s+)?(?:procedures|processes|sops|policies|documents|guides|pages|"
                                   r"chapters|instructions|topics)\s+(?:in|of)\s+this\s+(?:section|chapter|part|"
                                   r"folder|module|manual|handbook|area)\W*$", re.I)
SENTENCE_END = (".", "!", "?", ":", ";")
# a document of sections: this many tables of different columns, under this many headings, with this much prose
COMPOSED_SHAPES, COMPOSED_HEADINGS, COMPOSED_WORDS = 5, 5, 500
# A line of a list of meetings: a meeting named with its day ("Annual General Meeting - 29 June", "23rd General
# Meeting - 26th Jan", "Board meeting 2024-03-12"), or a month without one ("No meetings held."). A page made mostly
# of them lists the minutes; it is no meeting's minutes, whatever its title calls it.
MEETING_DAY = re.compile(r"(?<!\d)(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|"
                         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|"
                         r"(?:19|20)\d{2}[-/.]?[01]\d[-/.]?[0-3]\d)(?!\d)", re.I)
NO_MEETING = re.compile(r"^\W*no meetings? (?:was |were )?held\W*$", re.I)
MEETING_LIST_WORDS = 10
MEETING_LIST_LINES = 4
FILE_NAME = re.compile(r"^[`'\"]?[\w./-]+\.(?:md|csv|tsv|json|ya?ml|txt|html?|pdf|docx?|xlsx?|pptx?|od[tsp])[`'\"]?$",
                       re.I)
# a draft's note that its blanks are completed before it is issued (_text_signals)
DRAFT_WORD = re.compile(r"\bdraft\b", re.I)
DRAFT_NOTE = re.compile(r"\b(?:before|prior to)\b[^.]{0,60}?\b(?:finali[sz]|issu|approv|publish|releas)", re.I)
# a line naming a file and saying what it holds ("`AIMS_Scope.md` - Scope and boundaries", "risks.csv: the register")
FILE_LEAD = re.compile(r"^[`'\"]?[\w./-]+\.(?:md|csv|tsv|json|ya?ml|txt|html?|pdf|docx?|xlsx?|pptx?|od[tsp])[`'\"]?"
                       r"\s*(?:[-–—:]\s|\()", re.I)
FILE_LEAD_WORDS = 20
SCOPE_MARKERS = re.compile(r"\b(appl(?:y|ies) to|boundar(?:y|ies)|exclu(?:ded|des|sions?)|out of scope|"
                           r"in scope|within (?:the )?scope|interfaces?|covers|covered)\b", re.I)

# Verbs that open an instruction ("Check the seal", "Record the reading"). A verb that is also
# a noun ("Record", "Review") reads as an instruction only when no auxiliary follows it.
IMPERATIVE_VERBS = frozenset("""
add adjust allocate apply approve arrange assess assign attach avoid back book calibrate call carry change
check choose clean clear close collect complete configure confirm connect contact copy create decide define
delete describe disable disconnect discard dispose do download drain dry email empty enable encrypt ensure
enter escalate establish evaluate examine fill find fit follow forward gather get give go hand hold identify
inform insert inspect install investigate isolate issue keep label leave lock log look maintain make mark
measure monitor move note notify obtain open pack perform photograph place post prepare press print protect
provide put quarantine raise read record refer register reject release remove renew repair replace report
request reset restart restore retain return review rinse rotate run save scan secure select send set share
sign start stop store submit switch take tell test tick train transfer turn unlock update upload use validate
verify wash wear weigh wipe write
""".split())
# the noun that makes a verb-like word a field's name when a colon follows ("Review date:", "Use cases:")
FIELD_NOUN = re.compile(r"(?:date|time|type|number|no|id|ref|reference|status|owner|results?|cases?|name|level|cadence|cycle|"
                        r"code|period|frequency|interval|version|location|notes?|details?|history)", re.I)
NOT_AFTER_IMPERATIVE = frozenset("is are was were will shall must should can may has have of".split())
LEAD_IN = re.compile(r"^(?:(?:step\s*)?\d{1,2}[.):]?\s+|[☐□☑☒✓✔■\-*•]\s*|\[\s*[xX✓]?\s*\]\s*|please\s+|always\s+|"
                     r"never\s+|do not\s+|don't\s+|then\s+|first\s*,?\s+|next\s*,?\s+|finally\s*,?\s+|"
                     r"(?!(?:ap|sup|re)ply\b)[a-z]{3,}ly,?\s+)+", re.I)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+|\s*[☐□☑☒]\s*")
# SENTENCE_SPLIT's cuts in a text with no tick box, where its second way cannot match: one way tried at each
# character instead of two (a third of the time over a procedure's paragraphs)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
_TICK_BOXES = ("☐", "□", "☑", "☒")

# a dot run before a page number ("Disk Wipe ........ 8") is a contents line's leader, not a line to write on
BLANK_FIELD = re.compile(r"_{3,}|(?<!\.)\.{5,}(?!\.)(?!\s*\d)|\b(?:dd|mm)[/.-](?:mm|dd)[/.-](?:yy){1,2}\b|\byyyy-mm-dd\b|"
                         r"\b(?:enter|insert|add|describe|type|write|list)\b[^.:;]{0,60}\bhere\b", re.I)
LABEL_PLACEHOLDER = re.compile(r":\s*(?:\[[^\]\n]{1,40}\]|<[^>\n]{1,40}>)")
# A line or a list item that is nothing but a template's blanks ("[Responsibility 1]", "[Describe the procedure in 2-4
# sentences.]", "**[Requirement 1]:** [Describe the first requirement.]", "{{exclusions}}"): a blank the writer
# fills, whatever its words ask. A bracket needs two letters (not a tick box "[x]" or a note "[1]") and is no
# wiki link ("[[Page]]") nor a link's text
PLACEHOLDER_SPAN = re.compile(r"(?<!\[)\[(?!\[)[^\]\n]*[A-Za-z]{2}[^\]\n]*\](?![(\]])|\{\{[^}\n]{1,80}\}\}|"
                              r"<[A-Za-z][^>\n]{1,80}>")
PLACEHOLDER_CELL = re.compile(r"^(?:_{2,}|\.{3,}|\[[^\]]{1,40}\]|<[^>]{1,40}>|\{\{?[^}]{1,40}\}\}?|x{3,}|"
                              r"(?:dd|mm)[/.-](?:mm|dd)[/.-](?:yy){1,2}|yyyy-mm-dd|hh:mm|"
                              r"(?:e\.g\.|eg\b|example|sample)\b.*)$", re.I)
TO_CONFIRM = re.compile(r"\b(?:TBC|TBD|TBA|to be (?:confirmed|determined|agreed))\b", re.I)
PLACEHOLDER_START = frozenset("_.[<{xXdDmMyYhHeEsS")
EMPTY_BOX, TICKED_BOX = "☐□", "☑☒✓✔"
BOX_CHAR = re.compile(f"[{EMPTY_BOX}{TICKED_BOX}]")
DETAIL_ROWS = 200
AXIS_CELLS = 3  # a row numbering a grid's columns: 1, 2, 3 at least
TEXT_BOX = re.compile(r"\[\s*(?P<tick>[xX✓]?)\s*\](?!\()")
# a document's own change history and control block, often left empty in a new issue; not a table of entries.
# Read in the header and the first row: a PDF table whose header is not found keeps its names in the rows.
REVISION_TABLE = re.compile(r"\b(revision|version|rev\.?|amendment|document (?:owner|control|data|creator|id))\b",
                            re.I)
# "Table of Contents", "Contents": the lines under it list sections and pages, they are not fields
CONTENTS_HEADING = re.compile(r"^\s*(?:table of )?contents\s*$", re.I)
# a label is a field name ("Name:", "Date of inspection:"); a longer line ending in ":" leads into what follows
FIELD_LABEL_WORDS = 5
# columns a person fills in when using the form; left empty in every row they mark a blank form
ANSWER_HEADER = re.compile(r"\b(completed?|done|status|results?|evaluation|score|initials|signature|signed|"
                           r"sign[\s-]?off|date|y/n|yes|no|ok|pass|fail|checked|evidence|response|answer|"
                           r"findings?|compliant|tick)\b", re.I)
# a column is named in a few words; a header cell that reads as a sentence ("some impact, but little or no extra
# effort needed to repair") is text, whatever answer word it holds
ANSWER_WORDS = 6
# a note above a template's table that says its rows only show the format ("Yellow rows = example entries",
# "Delete or overwrite before use"): the rows are examples, not entries
EXAMPLE_NOTE = re.compile(r"\b(?:example|sample|illustrative|dummy|fictitious)\s+(?:rows?|entr(?:y|ies)|data|records?)\b|"
                          r"\b(?:delete|overwrite|remove|replace)\b[^.]{0,40}\bbefore use\b", re.I)
# a row's number in a plan or a list of steps, with or without its word ("3", "3.", "Step 3", "Dia 3", "Week 3")
ORDINAL_CELL = re.compile(r"^(?:[A-Za-zÀ-ÿ]{2,10}\.?\s+)?(\d{1,3})(?:\.0)?[.):]?$")
# a column of what was decided or resolved ("# | Decision | Reference"): its rows read as orders, but record them
DECIDED_HEADER = re.compile(r"\b(?:decisions?|decided|resolutions?|resolved|agreed)\b", re.I)
STATUS_HEADER = re.compile(r"\b(?:status|state|progress)\b", re.I)
PLANNED_STATUS = frozenset({"planned", "scheduled", "not started", "not yet started", "to do", "todo", "tbd"})
# a cell marking a grid's column ("Y" under the quarter an action falls in); MARK_COLUMNS such columns make a grid
MARKS = frozenset({"x", "y", "yes", "✓", "✔", "✗", "✘", "●", "•"})
MARK_COLUMNS = 3
# boxes on lines holding a third of a page's words or more weigh fully; fewer, by their share (x3)
BOX_SHARE_WEIGHT = 3.0
# a form leaves a blank every FIELD_WORDS words of its text or more often (the sparsest form of the real corpus, one in
# 137); a long plan's blanks (a cover to sign, an appendix's inspection sheet) are weighed by how often they fall
FIELD_WORDS = 200
TICKED_WORDS = {"x", "yes", "y", "ok", "✗", "✘", "n/a", "na", "no", "pass", "fail", "done"}

# A typed value shows that a row was filled in: a date, a time, a number with or without
# a unit, a tick, or a reference code such as "WO-58213".
TYPED_TEXT = re.compile(
    r"^(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4}|[A-Za-z]{3,9}[\s-]\d{2,4}|"
    r"[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}:\d{2}(?::\d{2})?|[£$€]?\s?-?\d+(?:[.,]\d+)?\s?(?:%|[A-Za-z°µ]{1,4})?|"
    r"[A-Z]{1,6}[-/]?\d{2,}(?:[-/.]\d+)*|[☑☒✓✔])$")


@dataclass(frozen=True)
class TableFill:
    """How far a document's tables are filled in; the first column is read as labels."""

    filled_rows: int  # rows with at least half their entry cells filled, no placeholders
    data_rows: int  # filled rows that hold a date, code, number or tick
    blank_rows: int  # rows whose entry cells are all empty
    example_rows: int  # rows holding placeholders or "e.g." examples
    data_words: int
    ticked: int
    unticked: int
    empty_answers: tuple[str, ...]  # answer columns ("Completed") empty in every row of a table without data
    empty_answer_cells: int
    empty_tables: int  # tables of three or more columns with nothing but blank or example rows
    data_tables: int  # tables with at least one data row
    unticked_rows: tuple[int, ...] = ()  # the table rows of unticked boxes, one box to an item (Word's row numbers)


def matches_glob(path: str, pattern: str) -> bool:
    """Glob on the relative path; '*' and '**' both cross folders."""
    pattern = pattern.strip().lstrip("./")
    return fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, pattern.rstrip("/") + "/*")


def classify(doc: Document, overrides: Sequence[tuple[str, Kind]] = ()) -> Document:
    """Return the document with `kind` and a `kind_reason` a person can check."""
    if not doc.ok:
        return doc
    for pattern, kind in overrides:
        if matches_glob(doc.path, pattern):
            return replace(doc, kind=kind, kind_reason=f"config [kinds] {pattern!r}")
    scores: dict[Kind, float] = {k: 0.0 for k in Kind}
    reasons: dict[Kind, list[tuple[float, str]]] = {k: [] for k in Kind}

    def add(kind: Kind, points: float, why: str) -> None:
        scores[kind] += points
        reasons[kind].append((points, why))

    contents = None if doc.format in SPREADSHEETS else _contents_list(doc)
    _name_signals(doc, add, contents=contents is not None)
    named_log = [(points, why) for points, why in reasons[Kind.RECORD]
                 if why.endswith((" in the file name", " in the title"))]
    tables = doc.tables()
    if doc.format in SPREADSHEETS:
        # a cover sheet or a lookup list beside the register says little about the register
        widest = max((len(t.header) for t in tables), default=0)
        main = [t for t in tables if 2 * len(t.header) >= widest]
        day = _report_data(doc)
        if day:
            add(Kind.OTHER, 4.0, f"data filed in a report's folder dated {day.group(0)!r}: what that report was "
                                 f"made from, not a register kept over time")
        else:
            _spreadsheet_signals(_table_fill(main, count_boxes=False), bool(tables), add)
    else:
        unticked = _nothing_ticked(doc, tables)
        # a table listing files, one to a row ("# | File | Bytes | SHA-256"), names other documents: its rows are
        # an index's lines (_text_signals), no entries of a log nor blanks of a form
        tables = [t for t in tables if not _file_index(t)]
        log = _main_log(doc, tables)
        # a chapter of a programme or a policy puts a small table of its own in many of its sections: rows spread
        # over tables of different columns between sections of prose are its content, not entries of a log; only
        # the largest of those tables may be one
        fill = _table_fill(tables, unticked=unticked)
        # what is left blank anywhere still marks a form: only the entries are read in the largest log alone
        entries = fill if log is None else _table_fill(log, unticked=unticked)
        _text_signals(doc, fill, add, entries=entries,
                      among=None if log is None else len({_shape(t) for t in tables}), contents=contents)
        if named_log and fill.empty_tables and not fill.data_tables and not fill.filled_rows \
                and not _dated_entries(doc.text_blocks()):
            # a log named so ('Corrective Action Tracker', 'training-log.md') whose tables hold no entry is the form
            # it will be kept on, whatever its name says (as a spreadsheet with no filled rows, or a declared log)
            points, why = max(named_log)
            add(Kind.FORM, points, f"{why.split(' in the ')[0]} named, its tables with no entries: the form it "
                                   f"will be kept on")
        paged = _form_pages(doc) if scores[Kind.FORM] else None
        if paged:
            # a long document whose blanks, boxes and empty tables all stand on a few of its pages (a parents' packet
            # of 41 pages ending in nine pages of permission slips) holds forms; it is not one: its form signals are
            # weighed by the share of its words those pages hold, as a register's rows in a manual are
            form_words, all_words, pages, of = paged
            weight = min(1.0, 2 * form_words / all_words)
            scores[Kind.FORM] *= weight
            reasons[Kind.FORM] = [(p * weight, why) for p, why in reasons[Kind.FORM]] + [
                (0.0, f"its blanks on {pages} of its {of} pages, holding {form_words} of its {all_words} words")]

    best = max(scores, key=lambda k: (scores[k], -list(Kind).index(k)))
    ordered = [why for _, why in sorted(reasons[best], key=lambda r: -r[0])]
    if scores[best] < 1.5:
        # a text in another language gives the English signals nothing to read: say so, or a French work
        # instruction is "other" with no word of why (held out, cmhold12's gxo: 14 of them)
        foreign = not_english(doc) if doc.format not in SPREADSHEETS else None
        ordered += [f"text in {foreign}: read by its shape alone, not its words"] if foreign else []
        if not foreign and doc.format not in SPREADSHEETS and language_of(doc) is None:
            # under the language test's MIN_WORDS a language is told only when its words say it plainly: a French
            # work instruction of 35 words ("Activer le filtre", "Valider") was read by the English signals alone and
            # said nothing of why (held out, cmhold12's gxo); say that it is too short to tell, in whatever language
            said = sum(len(WORD_RUN.findall(b.text)) for b in doc.blocks if b.type is not BlockType.TABLE)
            ordered += [f"{_count(said, 'word')} of text: too short to tell its language"] \
                if 0 < said < LANGUAGE_MIN_WORDS else []
        return replace(doc, kind=Kind.OTHER,
                       kind_reason="no clear signal" + (f" ({'; '.join(ordered)})" if ordered else ""))
    return replace(doc, kind=best, kind_reason="; ".join(ordered))


def _name_signals(doc: Document, add, contents: bool = False) -> None:
    """`contents`: the page is a contents list of pages beside it (_contents_list); a kind its title names in the
    plural ("Policies and Procedures") names those pages, not the page's own kind (as a README's title does)."""
    stem = doc.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    best: dict[Kind, tuple[float, str]] = {}
    # a README's title may name its project ("# ISO 27001 / GDPR Compliance Tracker" over a repository's README):
    # a record's or a form's name there says what the project keeps or builds, which the page only introduces; a
    # policy's or a procedure's name there is the page's own (a policy filed as its folder's README)
    readme = stem.lower() == "readme"
    plural = None
    # the file name goes last so that, where both say the same, the reason names the file
    for where, text in (("title", doc.title or ""), ("file name", stem)):
        # underscores join words for \b; "policy_acknowledgment_form" is three words
        text = text.replace("_", " ")
        found = []
        for kind, pattern in NAME_SIGNALS.items():
            if readme and where == "title" and kind in (Kind.RECORD, Kind.FORM):
                continue
            for m in pattern.finditer(text):
                if kind is Kind.RECORD and m.group(0).lower() == "matrix" and DUTY_MATRIX.search(text):
                    continue
                if contents and where == "title" and PLURAL_KINDS.fullmatch(m.group(0).strip()):
                    plural = m.group(0).strip()
                    continue
                if not SUBJECT_OF.search(text[:m.start()]):
                    found.append((m.end(), kind, m.group(0).strip()))
        found.sort(key=lambda f: f[0])
        for i, (_, kind, word) in enumerate(found):
            points = HEAD_POINTS if i == len(found) - 1 or found[-1][1] is kind else MODIFIER_POINTS
            if points >= best.get(kind, (0.0, ""))[0]:
                best[kind] = (points, f"{word!r} in the {where}")
        clause = CLAUSE_NAME.match(text)
        if clause and Kind.PROCEDURE not in best:
            # "4.1 Context of the organisation" is a policy page; "7.2 Training log" is still a log
            points = MODIFIER_POINTS if found else HEAD_POINTS
            best[Kind.PROCEDURE] = (points, f"{where} is numbered like clause {clause.group('num').upper()}")
    # "report" as the name's last word, its head noun ("Business Impact Analysis Report", "weekly-status-report"):
    # an account of work done. Not as a modifier or a verb: "Self-Report Flow", "Monthly Reports Archive"; nor for a
    # report dated to the day by its name or folder, which _day_report reads as that day's account
    head = None if best or _day_report(doc) else _report_head(doc)
    if head:
        where, word = head
        best[Kind.RECORD] = (HEAD_POINTS, f"{word!r} in the {where}")
    for kind, (points, why) in best.items():
        add(kind, points, why)
    if plural:
        add(Kind.OTHER, MODIFIER_POINTS, f"its title names {plural!r} in the plural over a contents list: the pages "
                                         f"it lists")
    dated = DATED_NAME.search(stem)
    if dated:
        add(Kind.RECORD, 1.0, f"dated name {dated.group(0)!r}")


def _report_head(doc: Document) -> tuple[str, str] | None:
    """Where "report" is the last word, the head noun, of the document's title or file name ("Business Impact
    Analysis (BIA) Report", "weekly_status_report.md"), and the word as written; None when it is neither's. Read
    for the name's kind (_name_signals) and for the page's sections (_text_signals), over the same words:
    underscores are read as spaces in both ("BIA_Report" ends in the word "Report"). The file name is read first:
    where both end so, the reason names the file, as the other name signals' reasons do."""
    stem = doc.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    for where, text in (("file name", stem), ("title", doc.title or "")):
        head = REPORT_HEAD.search(text.replace("_", " "))
        if head:
            return where, head.group(0).strip()
    return None


def _spreadsheet_signals(fill: TableFill, has_tables: bool, add) -> None:
    # a sheet is data by nature, so filled rows count even without dates or numbers (an inventory)
    rows = fill.filled_rows
    if rows >= 3:
        add(Kind.RECORD, 3.0 + min(rows, 200) / 100, f"{rows} filled rows")
    elif rows:
        add(Kind.RECORD, 2.0 + rows / 2, f"{_count(rows, 'filled row')}")
    unfilled = fill.blank_rows + fill.example_rows
    if rows == 0 and has_tables:
        # a register with no entries is the form it will be kept on, whatever its name says
        unfilled_note = f" ({fill.blank_rows} blank, {fill.example_rows} example)" if unfilled else ""
        add(Kind.FORM, 3.0, f"spreadsheet with no filled rows{unfilled_note}")
    elif rows <= 2 and unfilled >= 3:
        # a few rows above a block of empty ones is a form with worked examples, not a register
        add(Kind.FORM, 2.0 + min(unfilled, 30) / 15,
            f"{fill.blank_rows} blank and {fill.example_rows} example rows under {rows} filled")
    if fill.empty_answers and rows <= 2:
        add(Kind.FORM, 1.5 + min(fill.empty_answer_cells, 30) / 10, _answers_reason(fill))


def _shape(table: Table) -> tuple[str, ...]:
    return tuple(str(h).strip().lower() for h in table.header)


def _main_log(doc: Document, tables: list[Table]) -> list[Table] | None:
    """The tables of the largest log in a document of sections (prose under many headings, with tables of
    COMPOSED_SHAPES or more different columns, none holding half the rows): the tables sharing the columns that
    hold most rows. None for a document whose tables are few, of one shape, or dominated by one log."""
    if len(tables) < COMPOSED_SHAPES:
        return None
    groups: dict[tuple[str, ...], list[Table]] = {}
    for t in tables:
        groups.setdefault(_shape(t), []).append(t)
    if len(groups) < COMPOSED_SHAPES:
        return None
    blocks = doc.text_blocks()
    if sum(1 for b in blocks if b.type is BlockType.HEADING) < COMPOSED_HEADINGS \
            or sum(len(b.text.split()) for b in blocks) < COMPOSED_WORDS:
        return None
    rows = {k: sum(len(t.rows) for t in g) for k, g in groups.items()}
    largest = max(rows, key=lambda k: rows[k])
    if 2 * rows[largest] >= sum(rows.values()):
        return None
    return groups[largest]


def _text_signals(doc: Document, fill: TableFill, add, entries: TableFill | None = None,
                  among: int | None = None, contents: tuple[list[str], list[str]] | None = None) -> None:
    """`entries`: the fill of the tables whose rows may be a log's entries (all of them unless `among`, the number
    of tables of different columns in a document of sections, says only the largest log's). `contents`: the page's
    contents list (_contents_list), None when it has none."""
    entries = fill if entries is None else entries
    blocks = doc.text_blocks()
    if len(doc.blocks) == 1 and blocks and (blocks[0].type is BlockType.HEADING or _title_line(blocks[0].text)):
        # a page of nothing but its title ("Minutes of the 2023 Executive Council Meetings", a folder's README, a
        # binder's cover page "Policies & Procedures" read from a PDF as one short line): it names what is filed
        # beside it and records, asks or instructs nothing itself
        add(Kind.OTHER, 4.0, f"nothing below its title ({_short(blocks[0].text)!r}): a page naming what is filed "
                             f"beside it")
    headings = [b for b in blocks if b.type is BlockType.HEADING]
    words = sum(len(b.text.split()) for b in blocks)
    listed = _listed_documents(blocks)
    # a guide's title under "How to guides" ("Run a general meeting") names a page: it is no step
    # a template's blank ("[Describe how monitoring will be done.]") asks the writer, not the reader
    sentences = [s for b in blocks if id(b) not in listed and not _only_placeholders(b.text) for s in _sentences(b)]
    obligations = sum(1 for s in sentences if _obliges(s))
    instruction = [_is_instruction(s) for s in sentences]
    steps = sum(instruction)
    described = sum(1 for s, step in zip(sentences, instruction) if not step and DESCRIBED_STEP.search(s)) \
        + _steps_under_actor(blocks, listed)
    text = " ".join(b.text for b in blocks[:400])
    # a meeting's header kept as a table of labels and values ("Chair | ...", "Present | ...") says who was there
    labels = " ".join(f"{r[0].strip()}:" for t in doc.tables() for r in t.rows[:HELD_HEADER_BLOCKS]
                      if r and isinstance(r[0], str) and len(r[0].split()) <= 3)
    minutes = len(set(m.group(1).lower() for m in MINUTES.finditer(
        f"{_without_durations(text) if 'inutes' in text else text} {labels}")))
    # the title heading names the document, which the name signals already read
    proc_heads = [h.text for h in headings
                  if h.text != doc.title and PROCEDURE_HEADINGS.search(h.text) and len(h.text.split()) <= 6]
    fields = _blank_fields(doc.blocks)
    text_boxes = [m.group("tick") for b in blocks for m in TEXT_BOX.finditer(b.text)]
    unticked = entries.unticked + sum(1 for b in blocks if b.checked is False) + sum(
        b.text.count(c) for b in blocks for c in EMPTY_BOX) + text_boxes.count("")
    ticked = entries.ticked + sum(1 for b in blocks if b.checked) + sum(
        b.text.count(c) for b in blocks for c in TICKED_BOX) + len(text_boxes) - text_boxes.count("")

    declaration = _declaration(doc, blocks)
    if declaration:
        opening, to_sign = declaration
        add(Kind.FORM, 4.0, f"a declaration to sign: {_short(opening)!r} over a place to sign ({_short(to_sign)!r})")
    items = [b for b in blocks if b.type is BlockType.LIST_ITEM]
    # what a declaration lists is what the signer declares ("I confirm that I have read ...: Safeguarding Policy;
    # Complaints Policy; ..."), no index of documents
    named = [] if declaration else [b.text for b in items if id(b) in listed or _names_document(b.text)]
    # a table whose every filled cell names a file or a document ("risk-register.csv | risk-register-contract.md")
    # is an index too, one line a row, whatever its title calls it
    indexes = [(t, _file_index(t)) for t in doc.tables()]  # read once for both
    file_rows = [names for _, index in indexes for names in index]
    files = [f for names in file_rows for f in names]
    rows = [r for t, index in indexes if not index for r in t.rows if any(not _empty(v) for v in r)]
    named_rows = [r for r in rows if all(_empty(v) or _names_document(str(v)) for v in r)]
    lines = len(blocks) + len(rows) + len(file_rows)
    # the list, or the tables, must be mostly names: a procedure's "Related documents" list is a part of it
    named = named if 4 * len(named) >= 3 * len(items) else []
    named_rows = named_rows if 4 * len(named_rows) >= 3 * len(rows) else []
    names = [*named, *files, *(str(v).strip("`'\" ") for r in named_rows for v in r if not _empty(v))]
    index_lines = len(named) + len(file_rows) + len(named_rows)
    if len(names) >= INDEX_ITEMS and 2 * index_lines >= lines:
        shown = ", ".join(repr(_short(t)) for t in names[:3])
        add(Kind.OTHER, 1.0 + 8 * index_lines / lines,
            f"an index: {index_lines} of {lines} lines name other documents ({shown}, …)")
    else:
        if contents:
            linked, groups = contents
            shown = ", ".join(repr(_short(t)) for t in linked[:3])
            grouped = f" under {_count(len(groups), 'group label')}" if groups else ""
            add(Kind.OTHER, 1.0 + 8 * (len(linked) + len(groups)) / lines,
                f"a contents list: {len(linked)} of {lines} lines are list items linking to pages beside it"
                f"{grouped} ({shown}, …)")
    stem = re.sub(r"[_-]+", " ", doc.path.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    # a page named "index" alone is a site generator's page of its folder, whatever it holds: the name says nothing
    index_named = INDEX_NAME.search(doc.title or "") or (INDEX_NAME.search(stem) if stem.lower() != "index" else None)
    # named an index and listing the set's files in its tables: what it says to do is said of the documents it lists
    indexed = bool(index_named and len(file_rows) >= INDEX_ITEMS)
    if indexed:
        add(Kind.OTHER, 4.0, f"{index_named.group(0).strip()!r} ends its name and {len(file_rows)} rows of its tables "
                             f"name a file ({', '.join(repr(_short(f)) for f in files[:3])}, …): an index of them")
    # a section's index names its pages in its subheadings, a summary and a few bullets under each: weighed by the
    # share of the page's sections they open, as an index of list items is by its lines
    pages = [h.text for h in headings if id(h) in listed]
    sections = sum(1 for h in headings if h.text != doc.title)
    if len(pages) >= INDEX_ITEMS and 2 * len(pages) >= sections:
        shown = ", ".join(repr(_short(t)) for t in pages[:3])
        add(Kind.OTHER, 1.0 + 8 * len(pages) / sections,
            f"an index of its section: {len(pages)} of {sections} headings name a page of it ({shown}, …)")
    roster, roster_lines, people = _roster(doc, blocks, rows)
    if roster >= ROSTER_LINES and 2 * roster >= roster_lines:
        shown = ", ".join(repr(p) for p in people)
        add(Kind.OTHER, 1.0 + 8 * roster / roster_lines,
            f"a roster: {roster} of {roster_lines} lines name people only ({shown}, …), on a page about members "
            f"or roles")
    listed = [b.text for b in blocks if b.type is not BlockType.HEADING and len(b.text.split()) <= MEETING_LIST_WORDS
              and (MEETING_NAME.search(b.text) and MEETING_DAY.search(b.text) or NO_MEETING.match(b.text))]
    lines = sum(1 for b in blocks if b.type is not BlockType.HEADING)
    if len(listed) >= MEETING_LIST_LINES and 2 * len(listed) >= lines:
        shown = ", ".join(repr(_short(t)) for t in listed[:2])
        add(Kind.OTHER, 1.0 + 8 * len(listed) / lines,
            f"a list of meetings: {len(listed)} of {lines} lines name a meeting and its day, or none held ({shown}, …)")
    from gapscan.meetings import NOT_HELD_TITLE, held_on

    # a title saying the meeting was not held ("NO MEETING DUE TO ...", "Meeting - CANCELLED"): a notice filed among
    # the minutes, whatever the template's attendance table and agenda left under it
    not_held = NOT_HELD_TITLE.search(doc.title or "") if doc.title and MEETING_NAME.search(
        f"{doc.title} {doc.path}") or MINUTES_FOLDER.search(doc.path) else None
    if not_held:
        add(Kind.OTHER, 4.0, f"its title says the meeting was not held ({not_held.group(0)!r}): a notice, no minutes")
    held = None if not_held else held_on(doc, blocks)
    if held and NAME_SIGNALS[Kind.REVIEW].search(f"{doc.title or ''} {doc.path}".replace("_", " ")):
        # its headings ("Performance against quality objectives", "Process compliance") are the review's inputs,
        # and its action list is what was decided, not steps for a reader
        add(Kind.REVIEW, 6.0, f"held on {held.group('date')}, with who took part named: a record of the review")
    name = f"{doc.title or ''} {doc.path}".replace("_", " ")
    when = NAME_DATE.search(name)
    minutes_filed = MINUTES_FOLDER.search(doc.path.replace("_", " ").replace("-", " "))
    # who took part, named at the page's head ("## Attendees" over their names, "Attendance - 13"), and the notes
    # taken under an agenda's "Meeting Notes" heading (_notes_taken, as meetings._notes_taken reads them): a
    # page dated to the day by its name, or an agenda of that day, that shows either records the meeting held, though
    # neither its name nor its folder says "meeting" ("legal/2011/2011-01-14.md" titled "Attendees"; "Agenda for the
    # January 10 video call" filed under "2023/")
    attended = None if not_held else _attendance(doc.blocks[:HELD_HEADER_BLOCKS])
    from gapscan.meetings import meeting_date

    notes = not not_held and _notes_taken(doc.blocks)
    # named an agenda and nothing else a template, a draft or a proposal is named
    filled_agenda = {w.lower() for w in NOT_MINUTES_NAME.findall(name)} == {"agenda"} and bool(attended or notes)
    day = when.group(0) if when else None
    if not day and filled_agenda:
        held_day = meeting_date(doc)  # "January 10" in its title, in the year of the folder it is filed under
        day = held_day[0].isoformat() if held_day else None
    # read below the title: "Minutes of the 2023 Executive Council Meetings" over nothing else (a folder's README)
    # names the minutes filed beside it, and the title counts once, as a title opening "Minutes" below
    body = " ".join(b.text for b in blocks[:400] if not (b.type is BlockType.HEADING and b.text == doc.title))
    held_signs = list(dict.fromkeys(m.group(0).lower() for m in MEETING_HELD.finditer(body))) if (
        MEETING_NAME.search(name) or minutes_filed or attended and NAME_DATE.search(name) or filled_agenda) else []
    if attended and (day or filled_agenda):
        held_signs.append(f"who took part named under {_short(attended)!r}")
    if notes and filled_agenda:
        held_signs.append("the notes of the meeting under its agenda")
    # a heading may carry zero-width marks a web editor left ("A\ufeffttendance") and the names after a colon
    sections = list(dict.fromkeys(
        m.group("s").lower() for h in headings
        for m in [MEETING_SECTION.match(h.text.translate(ZERO_WIDTH).split(":", 1)[0])] if m))
    if "minutes" in sections and MEETING_NAME.search(name):
        held_signs.append("a 'Minutes' heading")  # the write-up of the meeting follows it
    if MINUTES_TITLE.match(doc.title or "") and MEETING_NAME.search(name):
        held_signs.append("its title opens 'Minutes'")  # "Minutes Board meeting January 17th, 2019"
    if not day and len(held_signs) >= 2:
        year = NAME_YEAR.search(name)
        day = year.group(0) if year else None
    # an agenda named with its minutes is them, whatever its title calls it ("Kick-off Agenda")
    # a procedure's word in the name ("2012-06-21 license list matching guidelines.md") names the meeting's subject
    # when the name dates it to the day and its head names who took part: those are the minutes of that meeting
    recorded = not NOT_MINUTES_NAME.search(
        re.sub(r"agenda", " ", name, flags=re.I) if AGENDA_WITH_MINUTES.search(name) or filled_agenda else name) \
        and (not NAME_SIGNALS[Kind.PROCEDURE].search(name) or bool(attended and when)) and not not_held
    meeting = False
    if day and held_signs and recorded:
        add(Kind.REVIEW, 6.0, f"minutes of a meeting held on {day}: its name says so and it records "
                              f"the meeting ({held_signs[0]!r})")
        meeting = True
    elif len(sections) >= MEETING_SECTIONS and WHO_WAS_THERE.intersection(sections) and recorded:
        add(Kind.REVIEW, 6.0, f"a meeting's write-up: its sections are a meeting's ({', '.join(sections[:4])})")
        meeting = True
    if not meeting and recorded and (MEETING_NAME.search(name) or minutes_filed):
        days = [h.text for h in headings if h.text != doc.title
                and MEETING_DAY_HEADING.match(h.text.translate(ZERO_WIDTH))]
        if len(days) >= MEETING_ARCHIVE:
            add(Kind.REVIEW, 4.0 + min(len(days), 12) / 2,
                f"the write-ups of {len(days)} meetings, each under a heading that is its day "
                f"({', '.join(repr(d) for d in days[:2])}, …)")
            meeting = True
    if minutes >= 2 and not meeting and (TEMPLATE_NAME.search(name) or not_held):
        minutes = 0  # a template of minutes: its "Present", "Apologies" and "Agenda" are blanks to fill in
    if minutes >= 2 and not meeting:
        from gapscan.meetings import held_meeting

        # minutes' words on a page that records no meeting held (dated nowhere, naming no one present) are about
        # the minutes, as a page on who sits on the board and how it keeps its minutes is; so are an agenda's, a
        # draft's or a proposal's named so, unless it shows the meeting held (an agenda filled in at the meeting)
        # (a header table's "Chair" and "Present" labels name who took part, as a dated header does)
        minutes = minutes if held_meeting(doc) or HELD_LABELS.search(labels) else 0
    if minutes >= 2:
        add(Kind.REVIEW, 1.5 + minutes / 2, f"minutes vocabulary ({minutes} markers)")
        if re.search(r"management review", text, re.I):
            add(Kind.REVIEW, 2.0, "mentions management review")
    decided = list(dict.fromkeys(m.group("s").lower() for h in headings for m in [DECISION_SECTION.match(h.text)] if m))
    decision_record = len(decided) >= DECISION_SECTIONS and any(d.startswith("decision") for d in decided)
    if decision_record:
        add(Kind.OTHER, 4.0, f"a decision record: its sections say what was decided and why ({', '.join(decided[:4])})")
    # one heading of each section as written, by what it is ("Contact Us" and "CONTACT US" are one)
    profile = list({m.group("s").lower(): h.text.strip() for h in reversed(headings)
                    for m in [PROFILE_SECTION.match(h.text)] if m}.values())[::-1]
    profile = profile if len(profile) >= PROFILE_SECTIONS and any(
        PROFILE_VOICE.match(PROFILE_SECTION.match(h).group("s")) for h in profile) else []
    if profile:
        # its own steps and obligations still count (a policy with a contact section keeps its kind); its other
        # headings and its length are the brochure's
        add(Kind.OTHER, 4.0, f"a presentation of the organisation: its sections are a profile's "
                             f"({', '.join(repr(_short(h)) for h in profile[:4])})")
    certificate = next((b.text.strip() for b in blocks if CERTIFICATE_TITLE.match(b.text)), None) \
        if CERTIFYING.search(text) else None
    if certificate:
        add(Kind.OTHER, 4.0, f"a certificate a certification body issued ({_short(certificate)!r})")
    criteria = _criteria_guide(blocks)
    if criteria:
        add(Kind.OTHER, 4.0, criteria)
    elif CROSSWALK_NAME.search(f"{doc.title or ''} {stem}") and not NAME_SIGNALS[Kind.PROCEDURE].search(
            f"{doc.title or ''} {stem}"):
        criteria = _crosswalk(doc.tables())
        if criteria:
            add(Kind.OTHER, 4.0, criteria)
    # the folders count: a chapter of an annual report is filed under it ("annual-report-15-16/01-introduction.md")
    named = re.sub(r"[/_-]+", " ", f"{doc.title or ''} {doc.path}")
    report = PERIOD_REPORT.search(named) or (QUARTER_NAME.search(named) if REPORT_NAME.search(named) else None)
    period = None if report else next((b.text for b in blocks[:REPORTING_PERIOD_BLOCKS]
                                       if REPORTING_PERIOD.match(b.text)), None)
    # a template of the report is the form it is written on ("report-template.md" titled "Yearly Report")
    if report and NAME_SIGNALS[Kind.FORM].search(name):
        report = None
    elif report and (not NAME_SIGNALS[Kind.PROCEDURE].search(name) or report.re is QUARTER_NAME and QUARTER_NAME.search(
            f"{doc.title or ''} {stem}")):
        # a quarter in the page's own title or file name dates it: a procedure word there names the group that
        # reports ("2025 Q2 Best Practices WG", "Report for the Cyber Policy Working Group"), not the page's kind
        span = "a quarter" if re.match(r"\d|q", report.group(0), re.I) else "a year or a plan"
        add(Kind.OTHER, 4.0, f"{report.group(0)!r} in the name: an account of {span}, not instructions")
    elif period and DAY_REPORT.search(name) and not NAME_SIGNALS[Kind.PROCEDURE].search(name) \
            and not NAME_SIGNALS[Kind.FORM].search(name):
        add(Kind.OTHER, 4.0, f"a report of a period ({_short(period)!r}): an account of that period's work, "
                             f"not instructions")
        report = period
    else:
        report = _day_report(doc)
        if report and (held or HELD_LABELS.search(labels) and re.search(r"\bdate:", labels, re.I)):
            # its header says who chaired or was present at the meeting it reports: the record of that meeting
            add(Kind.REVIEW, 6.0, f"a report dated {report.group(0)!r} of a meeting held, its header naming who "
                                  f"chaired or was present: a record of the review")
        elif report:
            add(Kind.OTHER, 4.0, f"a report dated {report.group(0)!r} by its name or folder: an account of the work "
                                 f"done that day, not instructions")
    if not report:
        report = _assessment_report(headings, blocks)
        if report:
            add(Kind.OTHER, 4.0, report)
    specs = _specifications(blocks)
    spec_lines = sum(1 for b in blocks if b.type is not BlockType.HEADING)
    if specs >= SPEC_ITEMS:
        add(Kind.OTHER, 1.0 + 8 * specs / max(1, spec_lines),
            f"a description of the equipment: {specs} of {spec_lines} lines are its specifications")
    conversation = _conversation(blocks)
    if conversation:
        add(Kind.OTHER, 4.0, conversation)
    todo = TODO_NAME.search(doc.path.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("_", " "))
    if todo:
        add(Kind.OTHER, 4.0, f"{todo.group(0)!r} in the name: a to-do list, work still to be done, not steps")
    declared = _declared_type(doc, blocks)
    coded = None if declared else _coded_type(doc)
    letter = None if declared or coded else _letter(doc, blocks)
    said = None if declared or coded or letter else _self_declared(blocks)
    if declared:
        word, kind = declared
        if kind is Kind.RECORD and entries.data_rows < DECLARED_ENTRIES and not _dated_entries(blocks):
            kind = Kind.FORM  # a log with no entries is the form it will be kept on (its header table aside)
        add(kind, 4.0, f"its header says it is a {word!r}")
        if kind is Kind.PROCEDURE:
            declared = None
    elif coded:
        code, where, word, kind = coded
        if kind is Kind.RECORD and not entries.filled_rows and not _dated_entries(blocks):
            kind, word = Kind.FORM, "record kept on this form"  # its code's record, not yet filled in
        if kind is Kind.PROCEDURE:
            # a procedure's or a policy's code weighs as its name would: what it holds still decides (a code the name
            # signals already read, "SOP-003", "QP-06", "WI-22", is not counted twice)
            if not NAME_SIGNALS[Kind.PROCEDURE].search(code):
                add(kind, HEAD_POINTS, f"its code {code!r} in the {where} marks it a {word}")
        elif kind is Kind.FORM and (meeting or entries.data_rows >= DECLARED_ENTRIES or _dated_entries(blocks)):
            # a form filled in keeps the form's code: the record kept on it (minutes on it are still the review)
            add(Kind.RECORD, 4.0, f"its code {code!r} in the {where} marks a form, here filled in: the record kept "
                                  f"on it")
            declared = (code, Kind.RECORD)
        elif kind is Kind.RECORD and (meeting or minutes >= 2):
            coded = None  # a meeting's minutes coded as a record are the record of that review: read as minutes
        elif kind is Kind.RECORD and entries.filled_rows and not entries.data_rows and not _dated_entries(blocks):
            # filled in with nothing dated or valued (a schedule of months and roles, a RACI matrix): the code
            # weighs as a name does, and its content decides
            add(kind, HEAD_POINTS, f"its code {code!r} in the {where} marks it a {word}, though it records no dated "
                                   f"or valued entry")
            coded = None
        else:
            add(kind, 4.0, f"its code {code!r} in the {where} marks it a {word}")
            declared = (code, kind)
    elif letter:
        add(Kind.OTHER, 4.0, letter)
        declared = ("letter", Kind.OTHER)
    elif said:
        word, kind = said
        add(kind, 4.0, f"its opening lines say it is a {word!r}")
        declared = said
    planned = PLAN_NAME.search(f"{doc.title or ''} {doc.path.rsplit('/', 1)[-1]}".replace("_", " "))
    rules = sum(1 for s in sentences if (PLAN_RULE if planned else RULE).search(s))
    # a header naming who chaired or was present ("Chair | ...", "Present | ...") heads a meeting's record: its
    # numbered rows ("1 | Close the programme on 2027-06-30") are what was decided there, no steps for a reader
    tabled = 0 if meeting or report or declared or conversation or todo or indexed or HELD_LABELS.search(labels) \
        else _table_steps(doc.tables())
    if meeting or report or declared or conversation or todo or indexed or criteria:
        # what was said and agreed at a meeting it records, or done in a year, or what an auditor will want to see
        # under each criterion: no steps for a reader
        pass
    elif obligations + steps + described + tabled < 3 and rules >= RULE_SENTENCES and 2 * rules >= len(sentences):
        # too few steps and obligations to tell alone (under 1.5 points below), but most of the page is rules
        add(Kind.PROCEDURE, 1.5 + min(rules, 25) / 10,
            f"a page of rules: {rules} of {len(sentences)} sentences say what must, will or may be done")
    elif obligations + steps + described + tabled >= (3 if planned else 2):
        # a page named a roadmap: two stray lines ("we must establish funding", a list item "press and published
        # books") are no steps among its plans
        parts = [_count(steps, "imperative step") if steps else "",
                 _count(tabled, "numbered step") + " in a table of steps" if tabled else "",
                 _count(described, "described step") if described else "",
                 _count(obligations, "obligation sentence") if obligations else ""]
        add(Kind.PROCEDURE, 1.0 + min(obligations + steps + described + tabled, 25) / 5,
            ", ".join(p for p in parts if p))
    overview = OVERVIEW_NAME.search(f"{doc.title or ''} {doc.path.rsplit('/', 1)[-1]}".replace("_", " "))
    # the first heading is the page's title ("# Roles and Responsibilities"), not a section it opens with
    if overview and (any(OPENING_SECTION.match(h.text) for h in headings[1:])
                     or any(README_SELF_NAMED.match(b.text) for b in blocks[:README_SELF_BLOCKS])) \
            and not any(README_INTRODUCES.match(b.text) for b in blocks[:README_SELF_BLOCKS]):
        overview = None
    # a page whose title or file name ends in "Report" ("Business Impact Analysis (BIA) Report") reports work done
    reported = _report_head(doc)
    if declared or conversation or todo or indexed or report or reported or profile or certificate or criteria:
        # a form's or a reference's sections are its description, not a procedure's; a report's "Purpose" or
        # "Scope" tells what the work it reports was for
        proc_heads = []
    if overview:
        # only its own steps and obligations can still make it a procedure: a README that is one keeps its kind
        add(Kind.OTHER, HEAD_POINTS, f"{overview.group(0)!r} in the name: a page introducing a section")
        plural = PLURAL_KINDS.search(doc.title or "")
        if plural:
            # "Information Security Policies" over a README names the documents filed beside it, not its own kind
            add(Kind.OTHER, MODIFIER_POINTS, f"its title names {plural.group(0)!r} in the plural: those filed there")
        proc_heads = []
        introduces = next((b.text for b in blocks[:README_SELF_BLOCKS] if README_INTRODUCES.match(b.text)), None)
        # a README whose lists name the files filed beside it, each with what it holds, introduces them however
        # it opens (a document-control block, "This documentation provides ..."); its "Start with Clause 4" and
        # "Follow the procedures" say how to read them
        files_named = [b.text for b in items if FILE_NAME.match(b.text.strip().rstrip(" .;,"))
                       or FILE_LEAD.match(b.text.strip())]
        if introduces:
            add(Kind.OTHER, README_INTRODUCES_POINTS,
                f"its opening introduces its folder ({_short(introduces)!r}): what it says should be done is said "
                f"of the documents filed there")
        elif len(files_named) >= INDEX_ITEMS:
            add(Kind.OTHER, README_INTRODUCES_POINTS,
                f"its lists name {len(files_named)} files with what each holds "
                f"({', '.join(repr(_short(t)) for t in files_named[:2])}, …): it introduces the documents filed there")
    own_name = re.sub(r"[/_-]+", " ", f"{doc.title or ''} {doc.path.rsplit('/', 1)[-1]}")
    listing = LIST_OF_DOCUMENTS.search(own_name)
    if listing and not NAME_SIGNALS[Kind.PROCEDURE].search(own_name):
        add(Kind.OTHER, 4.0, f"{listing.group(0)!r} in the name: an index of what applies, not steps")
        proc_heads = []
    catalogue = _catalogue_rows(doc.tables())
    if catalogue and len(catalogue) >= CATALOGUE_ROWS and 2 * len(catalogue) >= entries.data_rows:
        shown = ", ".join(repr(_short(str(r[0]))) for r in catalogue[:2])
        add(Kind.OTHER, 4.0, f"a catalogue: {len(catalogue)} rows name an item, where it comes from and its code or "
                             f"price ({shown}, …), dated nowhere: what to order, not work done")
    if proc_heads:
        shown = ", ".join(dict.fromkeys(_short(h) for h in proc_heads[:3]))
        add(Kind.PROCEDURE, min(len(proc_heads), 6) / 2,
            f"{_count(len(proc_heads), 'procedure-style heading')} ({shown})")
    dated = _dated_entries(blocks)
    from gapscan.records import dated_entry_words

    # a log kept as dated entries, each over its text: the share of the page's words that are its entries
    dated_share = dated_entry_words(blocks, dated) / max(1, words) if dated else 0.0
    # a page whose words are mostly a log's entries is long because the log is, not because it is a manual
    if words >= 250 and len(headings) >= 3 and dated_share < 0.5 and not (
            overview or meeting or decision_record or report or declared or conversation or todo or indexed
            or profile or certificate or criteria):
        add(Kind.PROCEDURE, 1.0, f"{words} words under {len(headings)} headings")
    if not_english(doc):
        # the English signals above read English words; an English text is already judged by them
        _procedure_shape(doc, blocks, sentences, instruction, add)
    # the boundaries are counted only for a document named a scope (a search of the whole text each)
    scope = len(SCOPE_MARKERS.findall(text)) if re.search(r"\bscope\b", f"{doc.path} {doc.title or ''}", re.I) else 0
    if scope >= 2:
        add(Kind.PROCEDURE, 1.5, f"scope statement ({scope} boundaries, inclusions or exclusions)")
    # a form's blanks (a table with no entries, fields to fill) say what the page is whatever clause it is for: a
    # clause's audit programme over an empty findings tracker is the form the audits are kept on
    serves = None if meeting or report or declared or conversation or todo or indexed or fill.empty_tables \
        or fields else next(
        (b.text for b in blocks[:DECLARED_BLOCKS] if len(b.text.split()) <= SERVES_CLAUSE_WORDS
         and not b.text.rstrip().endswith(".") and SERVES_CLAUSE.search(b.text)), None)
    if serves:
        # a page of the management system written for its clause ("Supports: Clause 4.1" over a list of external
        # and internal issues): the system's own description, as a policy is, whatever else it has too little of
        add(Kind.PROCEDURE, 1.5, f"its opening names the clause it is written for ({_short(serves)!r})")

    if ticked + unticked >= 3:
        rows = entries.unticked_rows
        where = (f" (unticked: {'row' if len(rows) == 1 else 'rows'} {', '.join(map(str, rows[:8]))}"
                 f"{', …' if len(rows) > 8 else ''})") if rows and ticked else ""
        # a plan's or a guide's task list ("- [ ] Book the fire risk assessment") is a part of its text: boxes all
        # on lines of the text are weighed by the share of the page's words those lines hold, as a register's rows
        # in a manual are (a checklist's lines are most of it; a plan's 58 tasks are an eighth of its 2,650 words)
        weight, share_note = 1.0, ""
        if not (entries.ticked or entries.unticked):
            boxed = sum(len(b.text.split()) for b in blocks if b.checked is not None or TEXT_BOX.search(b.text)
                        or BOX_CHAR.search(b.text))
            share = boxed / max(1, words)
            weight = min(1.0, BOX_SHARE_WEIGHT * share)
            if weight < 1.0:
                share_note = f", on lines holding {boxed} of the page's {words} words"
        if ticked >= max(3, (ticked + unticked) // 2):
            add(Kind.RECORD, 3.0 * weight, f"filled checklist: {ticked} of {ticked + unticked} boxes ticked{where}"
                                           f"{share_note}")
        else:
            add(Kind.FORM, (1.0 + min(unticked, 30) / 15) * weight,
                f"checklist with {ticked} of {ticked + unticked} boxes ticked{share_note}")
    # a draft whose opening says its blanks are to be completed before it is issued ("DRAFT FOR REVIEW: items marked
    # [FILL IN] require completion before this document is finalised"): its placeholders are the draft's gaps, filled
    # once, not a form's fields filled at each use; its blank fields, placeholder rows and empty answer columns are
    # not counted (a table with no entries at all still is)
    draft = next((b.text for b in blocks[:DECLARED_BLOCKS] if b.type is not BlockType.HEADING
                  and DRAFT_NOTE.search(b.text) and DRAFT_WORD.search(b.text)), None)
    if draft and (fields >= 3 or fill.blank_rows + fill.example_rows >= 3 or fill.empty_answers):
        add(Kind.PROCEDURE, 0.0, f"a draft to be completed before it is issued ({_short(draft)!r}): its blanks are "
                                 f"the draft's gaps, not a form's fields")
        fields = 0
    if indexed:
        # a page named an index that lists the set's files keeps its own blanks ("Last Updated: [Date]", a contact's
        # "[TBC]") as a draft does: gaps in the index, filled once, not a form's fields filled at each use
        fields = 0
    if fields >= 3:
        # a model plan of 27,000 words with 52 blanks on its cover and in its appendices is no form: the points are
        # weighed by how often a blank falls in the text, as boxes on a plan's task list are by their lines' share
        weight = min(1.0, fields * FIELD_WORDS / max(1, words))
        add(Kind.FORM, (1.0 + min(fields, 30) / 6) * weight,
            f"{fields} blank fields to fill" + (f", one in {words // fields} words" if weight < 1.0 else ""))
    empty = [h for h in _empty_sections(doc.blocks) if h != doc.title]
    parts = sum(1 for h in headings if h.text != doc.title)
    if len(empty) >= EMPTY_SECTIONS and 3 * len(empty) >= parts and TEMPLATE_NAME.search(name):
        add(Kind.FORM, 1.0 + min(len(empty), 10) / 5,
            f"{len(empty)} of {parts} sections left empty to write ({', '.join(repr(_short(h)) for h in empty[:3])})")
    blank = fill.blank_rows + fill.example_rows
    guidance = next((h.text for h in headings if FILL_GUIDANCE.search(h.text)), None)
    if guidance and fill.empty_tables and not fill.data_tables:
        add(Kind.FORM, 4.0, f"{_short(guidance)!r} over {_count(fill.empty_tables, 'table')} with no entries: "
                            f"how the form is filled in")
    if fill.empty_tables > fill.data_tables:
        # a register with no entries is the form it will be kept on, whatever its name says
        rows_note = f", {_count(blank, 'blank or example row')}" if blank else ""
        add(Kind.FORM, 1.5 + min(blank + 2 * fill.empty_tables, 20) / 5,
            f"{_count(fill.empty_tables, 'table')} with no entries{rows_note}")
    elif blank >= 3 and fill.data_rows * 2 <= blank and not (draft or indexed):
        add(Kind.FORM, 1.0 + min(blank, 20) / 5, f"tables with {blank} rows left blank to fill")
    if fill.empty_answers and not (draft or indexed):
        add(Kind.FORM, 1.5 + min(fill.empty_answer_cells, 30) / 10, _answers_reason(fill))
    questions = _unanswered_questions(doc.blocks)
    if questions >= 4:
        add(Kind.FORM, 1.0 + min(questions, 30) / 10, f"{questions} questions with no answer")
    # the line to sign first: most pages have none, and their text is not searched for 'this form'
    signed = next((b.text for b in blocks if SIGNED.match(b.text) and len(b.text.split()) <= SIGNATURE_WORDS), None)
    selves = len(THIS_FORM.findall(text)) if signed else 0
    if selves >= 2 and signed:
        # an application or a declaration: it speaks of itself as the form ("the information provided in this form",
        # "return this completed form") and leaves a line to sign
        add(Kind.FORM, 4.0, f"it calls itself 'this form' {selves} times and has a line to sign ({_short(signed)!r})")
    choices = _multiple_choice(doc.blocks)
    if choices >= MULTIPLE_CHOICE:
        add(Kind.FORM, 4.0, f"{choices} questions, each over boxes to tick and none ticked: a questionnaire")
    elif not (meeting or report or declared or conversation or ticked):
        # (minutes' notes ask "Mirror alignment?" over what was found: the record of a meeting, no questionnaire; a
        # survey whose answers are ticked is filled in, no blank questionnaire)
        asked, options, of = _questionnaire(blocks)
        if asked >= QUESTIONNAIRE and 4 * (asked + options) >= 3 * of:
            # a survey's questions, each with the answers to choose from listed under it or none (an open question):
            # its "Other should give an input" and "Which groups do you identify with?" ask, they instruct no one
            add(Kind.FORM, 1.0 + 8 * (asked + options) / of,
                f"a questionnaire: {asked} questions and {options} answers to choose from make {asked + options} "
                f"of its {of} lines")
    if dated:
        # a log kept as a list, each entry its date first (or as dated headings, each over its text); a blank
        # template above it is how it is kept, and a procedure's dated revision list is a small share of its words
        add(Kind.RECORD, (3.0 + min(len(dated), 60) / 20) * min(1.0, 2 * dated_share),
            f"{len(dated)} dated entries ({min(d for _, d, _ in dated).isoformat()} to {max(d for _, d, _ in dated).isoformat()})")
    if entries.data_rows:
        # a manual with a register inside it is still a manual: weigh the rows by their share of the text
        share = entries.data_words / max(1, entries.data_words + words)
        add(Kind.RECORD, (1.0 + min(entries.data_rows, 60) / 10) * min(1.0, 2 * share),
            f"{_count(entries.data_rows, 'filled table row')} with dates, codes or values"
            + (f" (in the largest of {among} tables of different columns)" if among else ""))


# A duration holds only word characters, spaces, "*" and "-": a run of those with "minutes" in it is all that
# DURATION needs to read, and any other character (a non-word one) bounds a run as the text's ends do
_DURATION_WORD = re.compile(r"minutes", re.I)
_DURATION_RUN = re.compile(r"[\w\s*-]*")


def _attendance(blocks: list[Block]) -> str | None:
    """The heading or label naming who took part, when names follow it: "## Attendees" over "Esteban Rockett
    (Motorola)" and the rest, "Participants" over a line of names, "Attendance - 13", "Present: Ann Lee, Bo Chan". A
    heading over a sentence ("Participants should join on time") or over nothing names no one."""
    from gapscan.meetings import PRESENT, PRESENT_HEADING, _names

    heading, under = None, []
    for block in [*blocks, None]:
        text = "" if block is None else block.text.strip().translate(ZERO_WIDTH)
        if block is None or block.type is BlockType.HEADING:
            # the names one to a line ("- Alexios", "- Steve W") opening the section: at least two words of names
            # before anything else is said under it, a placeholder ("TBD") none
            names = list(itertools.takewhile(lambda t: _names(t) and not EMPTY_SEAT.match(t), under))
            if heading and sum(len(t.split()) for t in names) >= 2:
                return heading
            heading, under = (text if block is not None and PRESENT_HEADING.match(text) else None), []
            continue
        label = PRESENT.match(text)
        # after the label, names or a head count ("Present: Ann Lee, Bo Chan", "Attendance - 13"); "Present: all"
        # names no one
        said = text[label.end() - 1:].strip() if label else ""
        if label and (_names(said) or re.fullmatch(r"\d{1,3}\b.*", said)):
            return text
        under.append(text)
    return None


def _notes_taken(blocks: list[Block]) -> bool:
    """Whether an agenda holds the notes of its meeting: under its "Meeting Notes" (or "Minutes") heading, who took
    part named (_attendance) or NOTES_WORDS words of text. An agenda written ahead keeps the heading empty, or a
    placeholder under it ("### Attendees" over "TBD")."""
    from gapscan.meetings import NOTES_HEADING, NOTES_WORDS

    start = next((i for i, b in enumerate(blocks) if b.type is BlockType.HEADING
                  and NOTES_HEADING.match(b.text.strip().translate(ZERO_WIDTH))), None)
    if start is None:
        return False
    below = blocks[start + 1:]
    words = sum(len(b.text.split()) for b in below if b.type is not BlockType.HEADING)
    return words >= NOTES_WORDS or _attendance(below) is not None


def _without_durations(text: str) -> str:
    """DURATION.sub(' ', text), read only in the runs around "minutes" (DURATION tried at every word of a long
    text cost more than the rest of the minutes check)."""
    parts: list[str] = []
    done = 0
    backwards = None
    for m in _DURATION_WORD.finditer(text):
        if m.start() < done:
            continue  # in the run already read
        if backwards is None:
            backwards = text[::-1]
        start = len(text) - _DURATION_RUN.match(backwards, len(text) - m.start()).end()
        end = _DURATION_RUN.match(text, m.start()).end()
        parts += [text[done:start], DURATION.sub(" ", text[start:end])]
        done = end
    parts.append(text[done:])
    return "".join(parts)


def _procedure_shape(doc: Document, blocks: list[Block], sentences: list[str], instruction: list[bool], add) -> None:
    """What a procedure looks like in any language: the text calls itself one in its first lines, its steps are
    numbered sentences, a table says who does what, and a revision block dates its versions. Read for texts
    not in English, whose imperative and described steps the English patterns cannot see."""
    first = [b for b in blocks if b.type is not BlockType.HEADING][:SELF_NAMED_BLOCKS]
    named = next((m for b in first for m in [SELF_NAMED.search(b.text)] if m), None)
    if named:
        add(Kind.PROCEDURE, 2.0, f"calls itself a procedure ({named.group(0)!r})")
    counted = {s for s, step in zip(sentences, instruction) if step or _obliges(s) or DESCRIBED_STEP.search(s)}
    numbered = [b for b in blocks if b.type is BlockType.LIST_ITEM and b.marker and STEP_MARKER.match(b.marker)
                and len(b.text.split()) >= 5 and b.text.rstrip().endswith(".")
                and not any(s in counted for s in _sentences(b))]
    if len(numbered) >= 3:
        add(Kind.PROCEDURE, 1.0, f"{len(numbered)} numbered steps written as sentences")
    for table in doc.tables():
        header = [str(h) for h in table.header if h]
        who = any(RESPONSIBLE_HEADER.search(h) for h in header)
        if who and any(ACTIVITY_HEADER.search(h) for h in header) and not any(DATE_HEADER.search(h) for h in header) \
                and not any(isinstance(v, dt.date) for row in table.rows for v in row):
            add(Kind.PROCEDURE, 1.0, f"a table of who does what ({' | '.join(header[:3])})")
            break
    for table in doc.tables():
        header = [str(h) for h in table.header if h]
        if any(REVISION_ABROAD.search(h) for h in header) and any(DATE_HEADER.search(h) for h in header):
            add(Kind.PROCEDURE, 0.5, f"a revision block ({' | '.join(header[:3])})")
            break


def _steps_under_actor(blocks: list[Block], listed: set[int]) -> int:
    """The list items told as what the one named before the list does ("The chair:" then "welcomes everyone",
    "asks everyone to introduce themselves"): each a step described, its doer said once above the list. Counted in
    a list of two such items at least, each opening with a verb in its third person, followed by no word that makes
    it a plural noun ("records of training", "updates to the register": a list of inputs)."""
    count, run, actor = 0, 0, False
    for b in blocks:
        if b.type is BlockType.LIST_ITEM:
            if actor and id(b) not in listed and _told_step(b.text):
                run += 1
            continue
        count += run if run >= ACTOR_STEPS else 0
        run, actor = 0, b.type is BlockType.PARAGRAPH and _actor_lead_in(b.text)
    return count + (run if run >= ACTOR_STEPS else 0)


def _table_steps(tables: list[Table]) -> int:
    """The rows of tables of steps ("Step | Action": "1 | Report to supervisor", "2 | Notify law enforcement"): a
    first column numbering the rows in order (_counts_rows) beside a cell that opens with an order (_is_instruction),
    in half the rows at least and two at least. An action log numbers its rows and writes what was done or is to be
    done too, but dates them or keeps where each stands, and a list of decisions writes what was resolved as orders:
    a table with a date, a status or a decision column, or a date in a cell, is no table of steps."""
    count = 0
    for table in tables:
        if len(table.header) < 2 or any(DATE_HEADER.search(str(h)) or STATUS_HEADER.search(str(h))
                                        or DECIDED_HEADER.search(str(h)) for h in table.header if h) \
                or not _counts_rows(table):
            continue
        rows = [r for r in table.rows[:DETAIL_ROWS] if any(not _empty(v) for v in r)]
        if any(isinstance(v, (dt.date, dt.datetime)) or isinstance(v, str) and DATE_CELL.match(v)
               for r in rows for v in r):
            continue
        told = sum(1 for r in rows if len(r) > 1 and isinstance(r[1], str) and _is_instruction(r[1]))
        if told >= 2 and 2 * told >= len(rows):
            count += told
    return count


def _actor_lead_in(text: str) -> bool:
    """ACTOR_LEAD_IN found in `text`; it ends the text with a colon, so a text that does not end so is passed over
    without trying the pattern at each word (re's \\s and str.strip take the same white space)."""
    return text.rstrip().endswith(":") and ACTOR_LEAD_IN.search(text) is not None


def _told_step(text: str) -> bool:
    words = LEAD_IN.sub("", text.strip()).split()
    if len(words) < 2 or not words[0].isalpha() or not words[0].islower() \
            or words[1].lower().strip(",;") in NOT_AFTER_TOLD:
        return False
    # a verb in its third person: "asks", "welcomes", "carries"; not "process", "status", "analysis"
    return len(words[0]) >= 4 and words[0].endswith("s") and not words[0].endswith(("ss", "us", "is"))


def _specifications(blocks: list[Block]) -> int:
    """The list items under a "Specifications" heading or a short line introducing them, up to the next heading or
    paragraph."""
    count, under = 0, False
    for b in blocks:
        if b.type is BlockType.LIST_ITEM:
            count += under
            continue
        under = len(b.text.split()) <= SPEC_LINE_WORDS and bool(SPEC_LINE.search(b.text.strip("*_ ")))
    return count


def _conversation(blocks: list[Block]) -> str:
    """Why the text is a conversation, each line led by who said it (SPEAKER), or ''."""
    lines = [b for b in blocks if b.type is not BlockType.HEADING]
    said = []
    for b in lines:
        m = SPEAKER.match(b.text)
        said_text = b.text[m.end():] if m else ""
        # a time stamp marks a message, however short ("yep", "aye"); a name before a dash needs a remark
        if m and (m.group("who") or len(said_text.split()) >= SPOKEN_WORDS) and not _is_instruction(said_text):
            said.append(m.group("who") or m.group("named"))
    turns = Counter(said)
    speakers = [w for w, n in turns.most_common() if n >= CONVERSATION_TURNS]
    if len(said) < CONVERSATION_LINES or 3 * len(said) < len(lines) or len(speakers) < 2:
        return ""
    shown = ", ".join(f"{w} {turns[w]}" for w in speakers[:3])
    return (f"a conversation: {len(said)} of {len(lines)} lines open with who said it ({shown}, …): "
            f"what people said, not steps")


def _assessment_report(headings: list[Block], blocks: list[Block]) -> str | None:
    """The reason a document is an assessment's report (REPORT_OPENING near its top, REPORT_SECTIONS kinds of
    REPORT_SECTION among its headings), or None."""
    opening = next((b.text for b in blocks[:REPORT_OPENING_BLOCKS]
                    if (b.type is BlockType.HEADING or len(b.text.split()) <= 4) and REPORT_OPENING.match(b.text)), None)
    if opening is None:
        return None
    # "Key Findings" and "Finding 2 - Logging" are one kind of section, as "Gaps" and "Gap" are
    sections = [re.sub(r"^key\s+|s$", "", m.group("s").lower()) for h in headings for m in [REPORT_SECTION.match(h.text)]
                if m]
    found = list(dict.fromkeys(sections))
    if len(found) < REPORT_SECTIONS and not any(sections.count(f) >= REPORT_REPEATS for f in found):
        return None
    return (f"an assessment's report: {_short(opening)!r} and sections of what was found and advised "
            f"({', '.join(found[:4])}); its recommendations advise, they are no steps")


def _criteria_guide(blocks: list[Block]) -> str | None:
    """The reason for a guide to a standard's criteria (AUDITOR_EXPECTS): CRITERIA_SECTIONS or more of its sections,
    and half of them or more, each hold a line opening with what the auditor looks for; None for any other page."""
    sections: list[str] = []  # the headings over such a line, each once
    parts = 0
    heading = None
    for b in blocks:
        if b.type is BlockType.HEADING:
            heading = b
            parts += 1
        elif heading is not None and AUDITOR_EXPECTS.match(b.text) and (not sections or sections[-1] is not heading):
            sections.append(heading)
    # the title heading opens no criterion: the page's sections are the headings below it
    parts -= 1 if blocks and blocks[0].type is BlockType.HEADING else 0
    if len(sections) < CRITERIA_SECTIONS or 2 * len(sections) < parts:
        return None
    shown = ", ".join(repr(_short(h.text)) for h in sections[:2])
    return (f"a guide to criteria: {len(sections)} of {parts} sections say what the auditor looks for ({shown}, …), "
            f"not the reader's own steps")


def _crosswalk(tables: list[Table]) -> str | None:
    """The reason for a crosswalk's tables (CONTROL_CODE): CROSSWALK_ROWS rows or more, and half the filled rows of
    its tables or more, hold a control's or a clause's code in a cell of their own; None otherwise."""
    rows = [r for t in tables for r in t.rows if any(not _empty(v) for v in r)]
    coded = [code for r in rows for code in [next((str(v).strip() for v in r
                                                   if isinstance(v, str) and CONTROL_CODE.match(v)), None)] if code]
    if len(coded) < CROSSWALK_ROWS or 2 * len(coded) < len(rows):
        return None
    shown = ", ".join(repr(_short(c)) for c in coded[:3])
    return (f"a crosswalk: {len(coded)} of {len(rows)} table rows pair a control or clause ({shown}, …) with what "
            f"covers it, not steps")


def _day_report(doc: Document) -> re.Match | None:
    """The day a report is dated by, in its file name or its folder's, when its file name says report."""
    name = doc.path.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0].replace("_", " ")
    folder = doc.path.rsplit("/", 2)[-2] if "/" in doc.path else ""
    if NAME_SIGNALS[Kind.PROCEDURE].search(stem) or NOT_MINUTES_NAME.search(stem):
        return None
    if not DAY_REPORT.search(stem):
        # filed in a folder of reports and dated to the day by its own name ("reports/iso-9001-gap-analysis-2025-12-12.md")
        return NAME_DATE.search(name) if DAY_REPORT.search(folder.replace("_", " ")) else None
    return NAME_DATE.search(name) or NAME_DATE.search(folder)


def _report_data(doc: Document) -> re.Match | None:
    """The day of the report folder a data file is filed in ("reports/2026-02-07-rank-animals/data.csv"): its own
    folder dated to the day, a folder of its path saying report; None when its own name says what it is (a log, a
    register, a form) or it is filed elsewhere."""
    folders = doc.path.replace("_", " ").split("/")[:-1]
    if not folders or not any(DAY_REPORT.search(f) for f in folders):
        return None
    stem = doc.path.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("_", " ")
    if any(p.search(stem) for p in NAME_SIGNALS.values()):
        return None
    return NAME_DATE.search(folders[-1])


def _roster(doc: Document, blocks: list[Block], rows: list) -> tuple[int, int, list[str]]:
    """(the lines that name people only, the page's lines, the first names found) on a page whose title, file name,
    headings or table columns name members or roles (ROSTER_CONTEXT); (0, lines, []) on any other page."""
    lines = len(blocks) + len(rows)
    context = " ".join([doc.title or "", doc.path.rsplit("/", 1)[-1].replace("_", " ").replace("-", " "),
                        *(b.text for b in blocks if b.type is BlockType.HEADING),
                        *(str(h) for t in doc.tables() for h in t.header)])
    if not ROSTER_CONTEXT.search(context):
        return 0, lines, []
    found: list[str] = []
    count = 0
    for b in blocks:
        if b.type is BlockType.LIST_ITEM and _people_only(b.text, found):
            count += 1
    for r in rows:
        cells = [str(v) for v in r if not _empty(v)]
        named = sum(1 for c in cells if _people_only(c, found, seats=True))
        if named >= 2 and 3 * named >= 2 * len(cells):
            count += 1
    return count, lines, found


def _people_only(text: str, found: list[str], seats: bool = False) -> bool:
    """Whether a line or a cell names only people ("Ann Lee", "Bob Clough (Chair)", "Ann Lee<br>Bo Chan (26/05)"),
    or, in a table (`seats`), a seat nobody holds ("Vacant", "N/A"). The names go into `found`."""
    parts = [NAME_NOTE.sub(" ", p).strip() for p in NAMES_JOINED.split(text)]
    parts = [" ".join(p.split()) for p in parts if p.strip()]
    if not parts:
        return False
    if seats and all(EMPTY_SEAT.match(p) for p in parts):
        return True
    names = [p for p in parts if PERSON_NAME.match(p) and not _names_document(p)]
    if len(names) != len(parts):
        return False
    found.extend(names[:max(0, 3 - len(found))])
    return True


def _self_declared(blocks: list[Block]) -> tuple[str, Kind] | None:
    """The words by which a page's opening lines say it is a form ("This is a template agenda for ...") or a form
    filled in ("This is a filled example ..."), with that kind; or None."""
    for b in blocks[:DECLARED_BLOCKS]:
        if b.type is BlockType.HEADING:
            continue
        m = SELF_DECLARED.match(b.text)
        if not m:
            continue
        phrase = m.group("phrase")
        if NAME_SIGNALS[Kind.PROCEDURE].search(phrase):
            return None
        filled = SELF_DECLARED_FILLED.search(phrase)
        if filled:
            return filled.group("k"), Kind.RECORD
        form = SELF_DECLARED_FORM.search(phrase)
        if form:
            return form.group("k"), Kind.FORM
        return None
    return None


def _declared_type(doc: Document, blocks: list[Block]) -> tuple[str, Kind] | None:
    """(the word, the kind) of the type a document's header names for it, or None."""
    found = None
    for b in blocks[:DECLARED_BLOCKS]:
        if len(b.text.split()) <= DECLARED_WORDS:
            m = DECLARED_TYPE.match(b.text)
            if m:
                found = m.group("k")
                break
    if found is None:
        for t in doc.tables()[:2]:
            for r in [t.header, *t.rows[:HELD_HEADER_BLOCKS]]:
                if len(r) >= 2 and DOCUMENT_TYPE_LABEL.match(str(r[0] or "")):
                    m = DECLARED_TYPE.match(f"document: {r[1] or ''}")
                    if m and len(str(r[1]).split()) <= 3:
                        found = m.group("k")
                        break
            if found:
                break
    if found is None:
        found = next((m.group("k") for key, value, _ in doc.front_matter if key in FRONT_MATTER_TYPE_KEYS
                      for m in [FRONT_MATTER_TYPE.search(value)] if m), None)
    if found is None:
        return None
    if DECLARED_FORM.match(found):
        return found, Kind.FORM
    if DECLARED_LOG.match(found):
        return found, Kind.RECORD
    if DECLARED_REFERENCE.match(found):
        return found, Kind.OTHER
    return found, Kind.PROCEDURE


def _document_code(doc: Document) -> tuple[str, str, str] | None:
    """(the code, where it stands, its name: the words after it) of the document code opening the title or the file
    name ("REC-023 Management Review Report"), or None."""
    stem = doc.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    for where, text in (("title", doc.title or ""), ("file name", stem)):
        m = DOCUMENT_CODE.match(text)
        if m:
            return re.sub(r"\s+", "", m.group("code")), where, text[m.end():].strip(" :-–—_")
    return None


def _coded_type(doc: Document) -> tuple[str, str, str, Kind] | None:
    """(the code, where it stands, the word, the kind) of a code that says the document's kind opening its title or
    file name ("REC-023 Management Review Report", "FRM-012 Training Request", "SOP-003-F01 ..."), or None; a
    controlled document's code that says no kind ("DOC-004") is None."""
    found = _document_code(doc)
    if found is None:
        return None
    code, where, _ = found
    m = DOCUMENT_CODE.match(code)
    said = CODE_SUFFIX_KINDS.get(m.group("s") or "") or CODE_KINDS.get(m.group("p"))
    if said is None:
        return None
    return code, where, said[0], said[1]


_NAME_FILLER = frozenset("a an and the of for to in on at by with".split())


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[a-z]+", name.lower()) if w not in _NAME_FILLER)


def _one_document(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names under one code are one document's: the leading words they share are half the shorter name
    or more ("Supplier Evaluation Form" / "Supplier Evaluation List", "Training Record Ann Lee" / "Training Record
    Bob Roe", "Purchasing" / "Purchasing v"), as a form's name opens the name of each copy filled in."""
    shared = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return 2 * shared >= min(len(a), len(b))


def shared_codes(documents: Sequence[Document]) -> list[str]:
    """One line for each document code that opens the title or file name of two or more different documents
    ("REC-029 Non-Conformity and Corrective Action Log" and "REC-029 ISMS Document Management Log"): a register of
    controlled documents that gives one code twice. A document's copies, versions and filled instances (a Word file
    and its PDF, a form and the list kept on it, one training record a person) are one document (`_one_document`)."""
    named: dict[str, dict[tuple[str, ...], str]] = {}
    for doc in documents:
        if not doc.ok:
            continue
        found = _document_code(doc)
        if found is None:
            continue
        code, _, name = found
        named.setdefault(code.upper(), {}).setdefault(_name_words(name), doc.path)
    lines = []
    for code, names in sorted(named.items()):
        apart = sorted({path for (a, pa), (b, pb) in itertools.combinations(names.items(), 2)
                        if not _one_document(a, b) for path in (pa, pb)})
        if len(apart) >= 2:
            lines.append(f"document code {code} opens the names of {len(apart)} different documents: "
                         + ", ".join(apart) + " (a register of controlled documents gives each its own code)")
    return lines


def _letter(doc: Document, blocks: list[Block]) -> str | None:
    """Why a document reads as a letter (a salutation opening it and a closing or a signature ending it, or a name
    calling it a letter over a signature), or None."""
    name = f"{doc.title or ''} {doc.path.rsplit('/', 1)[-1]}".replace("_", " ")
    lines = [b for b in blocks if b.type is not BlockType.HEADING]
    if not lines or NAME_SIGNALS[Kind.FORM].search(name):
        return None  # a letter's template ("letter-of-intent-template.md") is the form it is written on
    head, foot = lines[:LETTER_ENDS], lines[-LETTER_ENDS:]
    ending = next((b.text for b in foot if CLOSING.match(b.text) or SIGNED.match(b.text)), None)
    if ending is None:
        return None
    salutation = next((b.text for b in head if SALUTATION.match(b.text)), None)
    if salutation:
        return f"a letter: {_short(salutation)!r} opens it and {_short(ending)!r} ends it"
    named = LETTER_NAME.search(name)
    if named:
        return f"a letter: {named.group(0)!r} in the name, signed at its foot ({_short(ending)!r})"
    return None


def _catalogue_rows(tables: list[Table]) -> list:
    """The filled rows of the tables that are a catalogue: a column naming where an item comes from (supplier,
    vendor) and another its code or price, no date column and no date in any cell."""
    out = []
    for t in tables:
        header = [str(h or "") for h in t.header]
        source = [i for i, h in enumerate(header) if CATALOGUE_SOURCE.search(h)]
        code = [i for i, h in enumerate(header) if CATALOGUE_CODE.search(h)]
        if not source or not code or set(source) == set(code) and len(source) == 1 or \
                any(DATE_HEADER.search(h) for h in header):
            continue
        rows = [r for r in t.rows if sum(not _empty(v) for v in r) >= 2]
        if any(isinstance(v, (dt.date, dt.datetime)) or isinstance(v, str) and DATE_CELL.match(v)
               for r in rows for v in r):
            continue
        out.extend(rows)
    return out


def _empty_sections(blocks: list[Block]) -> list[str]:
    """The headings with nothing under them: the next block a heading of the same or a higher level, or none."""
    out = []
    for i, b in enumerate(blocks):
        if b.type is not BlockType.HEADING:
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is None or nxt.type is BlockType.HEADING and (nxt.level or 1) <= (b.level or 1):
            out.append(b.text)
    return out


def _title_line(text: str) -> bool:
    """A line that can only be a title: a few words, no sentence, no field to fill ("Policies & Procedures")."""
    text = text.strip()
    return (0 < len(text.split()) <= TITLE_PAGE_WORDS and not text.endswith(SENTENCE_END)
            and not any(c in text for c in ":_[]") and not BOX_CHAR.search(text))


def _declaration(doc: Document, blocks: list[Block]) -> tuple[str, str] | None:
    """(its opening, the place to sign) when a page is a declaration: one of its first text blocks speaks for the
    signer (DECLARING) and it leaves a line to sign, as a short text line or a table column headed so with no
    signature in it (a sign-off table 'Name | Signature | Date' with its rows, if any, blank)."""
    opening = next((b.text for b in blocks[:SELF_NAMED_BLOCKS + 1] if b.type is not BlockType.HEADING
                    and DECLARING.match(b.text)), None)
    if opening is None:
        return None
    line = next((b.text for b in blocks if SIGNED.match(b.text) and len(b.text.split()) <= SIGNATURE_WORDS), None)
    if line:
        return opening, line
    for table in doc.tables():
        for i, name in enumerate(table.header):
            if SIGNED.match(name or "") and all(i >= len(r) or _empty(r[i]) for r in table.rows):
                return opening, name
    return None


def _file_index(table: Table) -> list[list[str]]:
    """The files a table lists, row by row: a column naming a file ("01-access-control-policy.md") in three of
    four of its filled rows, at least three, and no row dated (a register's evidence column names a file beside the
    day of the work: those rows are entries). Empty for any other table."""
    rows = [r for r in table.rows if sum(not _empty(v) for v in r) >= 2]
    if len(rows) < 3:
        return []
    best: list[str] = []
    for c in range(max(len(r) for r in rows)):
        # a file's name holds a dot before its extension: a cell without one is not matched
        names = [v.strip() for r in rows if c < len(r) for v in [r[c]]
                 if isinstance(v, str) and "." in v and FILE_NAME.match(v.strip())]
        if len(names) > len(best):
            best = names
    if len(best) < 3 or 4 * len(best) < 3 * len(rows):
        return []
    if any(isinstance(v, (dt.date, dt.datetime)) or isinstance(v, str) and DATE_CELL.match(v) for r in rows for v in r):
        return []
    # every file a row names, in the order of its cells ("risk-register.csv | risk-register-contract.md")
    return [[v.strip().strip("`'\"") for v in r if isinstance(v, str) and FILE_NAME.match(v.strip())] for r in rows]


def _dated_entries(blocks: list[Block]) -> list:
    from gapscan.records import dated_items

    return dated_items(blocks)


def _listed_documents(blocks: list[Block]) -> set[int]:
    """The ids of the list items that name pages: a few words with no sentence end and no obligation, under a
    heading that says the list is of documents ("Policies", "How To Guides" and its subheadings, "Resources",
    "See also"); and the subheadings that name pages, under a heading saying they are the section's pages
    ("Procedures in this Section")."""
    out: set[int] = set()
    chain: list[tuple[int, bool]] = []  # (level, names documents) of the headings above
    pages = 0  # the level of the open heading that says its subheadings are the section's pages; 0: none
    for b in blocks:
        if b.type is BlockType.HEADING:
            level = b.level or 1
            while chain and chain[-1][0] >= level:
                chain.pop()
            if pages and level <= pages:
                pages = 0
            if pages and len(b.text.split()) <= LINK_TITLE_WORDS and not b.text.rstrip().endswith(SENTENCE_END):
                out.add(id(b))  # a page of the section, named by its subheading
            section_pages = bool(SECTION_PAGES_HEADING.search(b.text))
            if section_pages and not pages:
                pages = level
            chain.append((level, (bool(DOCUMENTS_HEADING.search(b.text)) and len(b.text.split()) <= 4)
                          or section_pages))
        elif (b.type is BlockType.LIST_ITEM and any(named for _, named in chain)
              and len(b.text.split()) <= LINK_TITLE_WORDS and not b.text.rstrip().endswith(SENTENCE_END)
              and not _obliges(b.text)):
            out.add(id(b))
    return out


def _form_pages(doc: Document) -> tuple[int, int, int, int] | None:
    """(the words on the pages holding a form's marks, the document's words, those pages, its pages) for a document
    of FORM_PAGES pages or more whose marks (a blank field, a placeholder, a tick box, a table with no entries, a
    line to sign) stand on pages holding under half its words; None for any other document (one without pages, a
    form of many pages with blanks on most of them)."""
    words: dict[int, int] = {}
    marked: set[int] = set()
    for b in doc.blocks:
        page = b.location.page
        if page is None:
            return None
        if b.type is BlockType.TABLE:
            words.setdefault(page, 0)
            if b.table is not None and not _has_entries(b.table) and len(b.table.header) >= 2:
                marked.add(page)
            continue
        words[page] = words.get(page, 0) + len(b.text.split())
        if page in marked:
            continue
        if b.checked is not None or _blank_field_count(b.text) or _only_placeholders(b.text) \
                or TEXT_BOX.search(b.text) or BOX_CHAR.search(b.text) \
                or SIGNED.match(b.text) and len(b.text.split()) <= SIGNATURE_WORDS:
            marked.add(page)
    total = sum(words.values())
    if len(words) < FORM_PAGES or not marked or not total:
        return None
    form_words = sum(words[p] for p in marked)
    if 2 * form_words >= total:
        return None
    return form_words, total, len(marked), len(words)


def _contents_list(doc: Document) -> tuple[list[str], list[str]] | None:
    """A site's contents list: list items each one link to a page beside it (_local_link_item), whatever the pages
    are called ("Modern Slavery", "Business Continuity"), INDEX_ITEMS of them at least, with the short unlinked items
    that label their groups ("Meta-policies" over its pages' links: a contents list's subheadings, LINK_GROUP_WORDS
    words at most, the next item a link), three quarters of the list items and half the lines that are not
    headings (a table's filled rows count as lines); the rest of the page says what the site is. (the linked
    items' texts, the group labels), or None for a page that is no contents list."""
    blocks = doc.text_blocks()
    items = [b for b in blocks if b.type is BlockType.LIST_ITEM]
    if len(items) < INDEX_ITEMS:
        return None
    local = [_local_link_item(b) for b in items]
    if sum(local) < INDEX_ITEMS:
        return None
    linked = [b.text for b, ok in zip(items, local) if ok]
    labels = [b.text for b, after in zip(blocks, blocks[1:]) if b.type is BlockType.LIST_ITEM and not b.links
              and len(b.text.split()) <= LINK_GROUP_WORDS and not b.text.rstrip().endswith(SENTENCE_END)
              and after.type is BlockType.LIST_ITEM and _local_link_item(after)]
    listed = len(linked) + len(labels)
    body = sum(1 for b in blocks if b.type is not BlockType.HEADING) + sum(
        1 for t in doc.tables() for r in t.rows if any(not _empty(v) for v in r))
    if 4 * listed >= 3 * len(items) and 2 * listed >= body:
        return linked, labels
    return None


def _local_link_item(block: Block) -> bool:
    """A list item that is one link to a page of the same site or folder and nothing else: a few words, no sentence.
    A link with no target ("" from "[Start up procedure]()") names a page of the site not yet written: one of its
    pages too."""
    text = block.text.strip()
    return (len(block.links) == 1 and (not block.links[0] or bool(LOCAL_LINK.match(block.links[0]))) and bool(text)
            and len(text.split()) <= LINK_ITEM_WORDS and not text.endswith(SENTENCE_END))


def _names_document(text: str) -> bool:
    text = text.strip().rstrip(" .;,")
    n = len(text.split())
    return n <= 12 and bool(DOCUMENT_NAME.search(text) or FILE_NAME.match(text)) or (
        n <= FILE_LEAD_WORDS and bool(FILE_LEAD.match(text)))


def _answers_reason(fill: TableFill) -> str:
    names = ", ".join(repr(n) for n in fill.empty_answers[:3])
    return f"answer columns {names} empty in all {fill.empty_answer_cells} cells"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _short(heading: str) -> str:
    return heading if len(heading) <= 30 else heading[:29].rstrip() + "…"


def _sentences(block: Block) -> list[str]:
    if block.type is BlockType.HEADING:
        # a numbered line in a plain-text instruction often reads as a heading ("3 Switch off the slicer")
        return [block.text] if block.number and len(block.text.split()) >= 4 else []
    text = block.text
    boxed = not text.isascii() and any(box in text for box in _TICK_BOXES)
    return [s for s in (SENTENCE_SPLIT if boxed else _SENTENCE_END).split(text) if s.strip()]


def _obliges(sentence: str) -> bool:
    if OBLIGATION.search(sentence):
        return True
    low = sentence.lower()
    return any(stem in low for stem in OBLIGATION_STEMS) and bool(OBLIGATION_ABROAD.search(sentence))


def _is_instruction(sentence: str) -> bool:
    words = LEAD_IN.sub("", sentence.strip()).split()
    if len(words) < 2:
        return False
    first = words[0].strip("*_\"'").lower()
    if first not in IMPERATIVE_VERBS:
        return False
    if words[1].endswith(":") and FIELD_NOUN.fullmatch(words[1].rstrip(":")):
        return False  # "Use cases: ...", "Review date: ...": the field's name, not an order
    return words[1].strip(",.:;").lower() not in NOT_AFTER_IMPERATIVE


def _blank_fields(blocks: list[Block]) -> int:
    """Blank lines, date masks and "Label: [placeholder]" values, plus labels left empty."""
    count = 0
    prose = [b.type in (BlockType.PARAGRAPH, BlockType.LIST_ITEM) for b in blocks]
    labels = [p and b.text.endswith(":") and len(b.text.split()) <= 15 for p, b in zip(prose, blocks)]
    short = [label and len(b.text.split()) <= FIELD_LABEL_WORDS for label, b in zip(labels, blocks)]
    contents = False
    for i, b in enumerate(blocks):
        if b.type is BlockType.HEADING or not prose[i] and contents:
            contents = b.type is BlockType.HEADING and bool(CONTENTS_HEADING.match(b.text))
        if contents:
            continue
        if prose[i]:
            count += 1 if _only_placeholders(b.text) else _blank_field_count(b.text)
        # "Signed:" followed by another label, a heading, an empty table or nothing waits for a value;
        # "Endpoint isolation:" followed by prose, a list or a table with entries is a run-in heading, and so is
        # one followed by the sentence that leads into its content ("The following roles decide:")
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if labels[i] and (after is None or after.type is BlockType.HEADING
                          or after.type is BlockType.TABLE and not _has_entries(after.table)
                          or short[i] and short[i + 1]):
            count += 1
    return count


def _only_placeholders(text: str) -> bool:
    """Whether the line is nothing but template blanks (PLACEHOLDER_SPAN) and the marks between them."""
    if "[" not in text and "{{" not in text and "<" not in text:
        return False
    rest, found = PLACEHOLDER_SPAN.subn("", text)
    return bool(found) and not any(c.isalnum() for c in rest)


_FIELD_VERBS = ("enter", "insert", "add", "describe", "type", "write", "list")  # BLANK_FIELD's "... here"


def _blank_field_count(text: str) -> int:
    """BLANK_FIELD and LABEL_PLACEHOLDER matches in one paragraph. The patterns are searched only where the
    text holds what each needs ("___", ".....", "dd" or "mm" of a date mask, "here"; ":" and a bracket), which
    `in` finds far quicker than the patterns' alternatives tried at every position: most prose holds none.
    A date mask needs "yy"; "... here" needs one of its verbs too, looked for in ASCII text only (the
    pattern ignores case the way re does: "inſert" is "insert" to it, not to str.lower)."""
    count = 0
    low = text.lower()
    if "___" in text or "....." in text or "yy" in low or "here" in low and (
            not text.isascii() or any(verb in low for verb in _FIELD_VERBS)):
        count += len(BLANK_FIELD.findall(text))
    if ":" in text and ("[" in text or "<" in text):
        count += len(LABEL_PLACEHOLDER.findall(text))
    return count


def _has_entries(table: Table | None) -> bool:
    return table is not None and any(not _empty(v) and not _placeholder(v) for r in table.rows for v in r[1:])


# A questionnaire's questions, each over the boxes its answers are ticked in ("## 3. Do you use the global handler?"
# over "* [ ] I use it", "* [ ] I don't"): however much its opening explains, it is a form to fill in
MULTIPLE_CHOICE = 4
# A questionnaire written as a list: questions ("Which groups do you identify with? (multiple choice)"), each over the
# answers to choose from as list items or over nothing (an open question); QUESTIONNAIRE questions at least, and with
# their answers three quarters of the page's lines. An FAQ's answers are paragraphs: lines no question asks.
QUESTIONNAIRE = 6
BRACKETED = re.compile(r"\([^()]*\)")
QUESTION_TAIL = 6  # words after the question mark: "(check all that apply)", "If so, do you use it?"


def _multiple_choice(blocks: list[Block]) -> int:
    """Questions (a heading or a line ending in '?', or a few words after it) followed, before the next question
    or heading, by two or more boxes to tick and none ticked."""
    count, options, ticked, asking = 0, 0, False, False
    for b in [*blocks, None]:
        question = b is not None and b.type in (BlockType.HEADING, BlockType.PARAGRAPH) and "?" in b.text \
            and len(b.text.rsplit("?", 1)[1].split()) <= QUESTION_TAIL
        if b is None or question or b.type is BlockType.HEADING:
            count += asking and options >= 2 and not ticked
            asking, options, ticked = question, 0, False
        elif b.checked is False:
            options += 1
        elif b.checked:
            ticked = True
    return count


def _asks(block: Block) -> bool:
    """Whether a heading, a paragraph or a list item is a question: it ends in '?', a note in brackets after it
    ("(single-select question, skip for ...)", "(multiple choice)") not counted. ("Dirty mirror? Cleaned" is a
    note of what was found.)"""
    if "?" not in block.text or block.type not in (BlockType.HEADING, BlockType.PARAGRAPH, BlockType.LIST_ITEM):
        return False
    text = block.text
    for _ in range(3):  # a note within a note: "(countries list (ISO) if possible)"
        text = BRACKETED.sub(" ", text)
    return text.rstrip().endswith("?")


def _questionnaire(blocks: list[Block]) -> tuple[int, int, int]:
    """(the questions, the list items under them: the answers to choose from, the lines: every block but the
    headings that ask nothing) of a page. A question's answers are the list items after it, up to the next question,
    heading or paragraph."""
    asked = options = lines = 0
    under = False
    for b in blocks:
        question = _asks(b)
        if b.type is not BlockType.HEADING or question:
            lines += 1
        if question:
            asked += 1
            under = True
        elif b.type is BlockType.LIST_ITEM:
            options += under
        else:
            under = False
    return asked, options, lines


def _unanswered_questions(blocks: list[Block]) -> int:
    """Questions followed by another question or by nothing: a questionnaire waiting for answers."""
    questions = [b.type in (BlockType.PARAGRAPH, BlockType.LIST_ITEM) and b.text.rstrip().endswith("?")
                 for b in blocks]
    return sum(1 for i, q in enumerate(questions) if q and (i + 1 == len(questions) or questions[i + 1]))


def _nothing_ticked(doc: Document, tables: list[Table]) -> bool:
    """Whether the document's tables hold tick boxes (False cells: Word content controls) and not one box in the
    document is ticked. Beside a ticked box an unticked one is an option not chosen (a filled risk assessment's
    unused rating boxes); with none ticked anywhere the boxes were never filled in (a blank checklist)."""
    # `in` looks in C and most documents hold no False cell (a 0 passes it too, and is not counted below)
    if not any(False in row for table in tables for row in table.rows):
        return False
    if any(b.checked or any(c in b.text for c in TICKED_BOX) for b in doc.blocks):
        return False
    found = False
    for table in tables:
        for row in table.rows:
            for v in row:
                if v is True or type(v) is str and BOX_CHAR.search(v) and _boxes(v)[0]:
                    return False
                found = found or v is False
    return found


def _table_fill(tables: list[Table], *, count_boxes: bool = True, unticked: bool = False) -> TableFill:
    """How a document's tables are filled in. `unticked`: its False cells are tick boxes nobody ticked (see
    _nothing_ticked), neither ticked boxes nor values entered."""
    filled = data = blank = example = data_words = ticked = unticked_boxes = answer_cells = empty_tables = 0
    unticked_at: list[int] = []
    data_tables = 0
    answers: list[str] = []
    for table in tables:
        width = len(table.header)
        # a two-column label/value table keeps its first pair in the header row ("Date | dd/mm/yyyy")
        if width == 2 and any(_placeholder(v) for v in table.header[1:]):
            example += 1
        table_data = table_filled = 0
        examples_only = bool(table.title and EXAMPLE_NOTE.search(table.title))
        # a plan's "Day 1..10" or a prompt's "Step 1..10" only counts the rows; the values are in the other cells
        first = 1 if _counts_rows(table) else 0
        # an audit programme or a schedule whose status reads "Planned" in every row lists what is to happen:
        # its rows are filled in, but nothing in them is yet an entry of work done
        planned = _all_planned(table)
        # without boxes to count, only a False cell of the first rows asks (whether it is an unticked item): a
        # register with none is not read whole for it
        one_box = _one_box_per_row(table) if count_boxes or any(
            False in row and bool in map(type, row) for row in table.rows[:DETAIL_ROWS]) else False
        # a grid of marks ("Action | Q1 2026 | Q2 2026 | ...", a "Y" under the quarter it falls in): its mark
        # columns are one choice, answered by a mark in any of them, not cells each left blank
        grid = _mark_columns(table)
        # without tick boxes to count, the rows past the first DETAIL_ROWS are only counted (_tail_fill)
        for i, row in enumerate(table.rows if count_boxes else table.rows[:DETAIL_ROWS]):
            entries = row[1:] if width > 1 else row
            # the parsers store every blank cell as None; counted in C, as most of a long register's rows
            # need no more than the count
            count = len(entries) - entries.count(None)
            size = len(entries)
            if grid:
                marked = sum(1 for c in grid if c < len(row) and row[c] is not None)
                count, size = count - marked + (1 if marked else 0), size - len(grid) + 1
            if count > 1 and _banner(entries):
                continue  # a merged title or banner row repeats one value across the cells
            # (_axis is asked only where the first cell is blank, text or 1: a date or an amount there is no axis)
            if count >= AXIS_CELLS and (entries[0] is None or isinstance(entries[0], str) or entries[0] == 1) \
                    and _axis(entries):
                continue  # a grid's columns numbered 1, 2, 3 ... ("Plate1 | 1 | 2 | ... | 12"): its layout
            cells = [v for v in entries if v is not None] if i < DETAIL_ROWS else None
            if count_boxes:
                # one box to an item: an unticked box is an item left unticked; a row of several is a choice
                # (Yes / No / N/A, a rating), whose boxes not chosen are not counted
                single = one_box and sum(isinstance(v, bool) for v in row) == 1
                choice = not unticked and not single and any(v is True for v in row)
                for v in row:
                    if v is False and (unticked or single):
                        unticked_boxes += 1
                        if single and i < len(table.row_numbers):
                            unticked_at.append(table.row_numbers[i])
                    elif v is False and choice:
                        continue
                    elif isinstance(v, (bool, str)):
                        t, u = _boxes(v)
                        ticked, unticked_boxes = ticked + t, unticked_boxes + u
            # placeholders, examples and typed values show in a table's first rows; past those a long
            # register is read for fill only, which keeps a 100k-row log fast
            # a placeholder's first character is one of PLACEHOLDER_START: most cells are cleared by it, no call made
            if cells is not None and any(_placeholder(v) for v in cells if isinstance(v, str)
                                         and v.lstrip()[:1] in PLACEHOLDER_START) or examples_only and count:
                example += 1
            elif count and count * 2 >= size:
                filled += 1
                table_filled += 1
                if not planned and (table_data if i >= DETAIL_ROWS else any(
                        _typed(v) and not ((unticked or one_box) and v is False) for v in row[first:])):
                    data += 1
                    table_data += 1
                    if i < DETAIL_ROWS:  # the share of text in tables needs no more
                        # the words of each filled cell, counted over them joined (split() never joins two)
                        data_words += len(" ".join(map(str, cells)).split()) + (
                            len(str(row[0]).split()) if width > 1 and row[0] is not None else 0)
            elif not count:
                blank += 1
        if not count_boxes and len(table.rows) > DETAIL_ROWS:
            with_values, half_filled, empty = _tail_fill(table.rows, width)
            blank += empty
            if examples_only:
                example += with_values
            else:
                filled += half_filled
                table_filled += half_filled
                if not planned and table_data:  # a row past the first ones is data when the table has some
                    data += half_filled
                    table_data += half_filled
        data_tables += table_data > 0
        control = " ".join([*table.header, *(str(v) for v in table.rows[0] if v is not None)] if table.rows
                           else table.header)
        if width >= 3 and table_filled == 0 and not REVISION_TABLE.search(control):
            empty_tables += 1
        if table_data == 0 and len(table.rows) >= 3:
            for i, name in enumerate(table.header[1:], start=1):
                if (len(name.split()) <= ANSWER_WORDS and ANSWER_HEADER.search(name)
                        and all(_empty(r[i]) for r in table.rows if i < len(r))):
                    answers.append(name)
                    answer_cells += len(table.rows)
    return TableFill(filled_rows=filled, data_rows=data, blank_rows=blank, example_rows=example,
                     data_words=data_words, ticked=ticked, unticked=unticked_boxes,
                     empty_answers=tuple(dict.fromkeys(answers)), empty_answer_cells=answer_cells,
                     empty_tables=empty_tables, data_tables=data_tables, unticked_rows=tuple(unticked_at))


def _mark_columns(table: Table) -> tuple[int, ...]:
    """The columns (past the first) of a grid of marks: MARK_COLUMNS or more columns whose every filled cell in the
    first rows is a mark ("Y", "x", "✓"), in a table where three rows or more carry one. () for any other table."""
    rows = table.rows[:DETAIL_ROWS]
    width = len(table.header)
    if width < MARK_COLUMNS + 1 or len(rows) < 3:
        return ()
    columns = []
    for c in range(1, width):
        if len(columns) + width - c < MARK_COLUMNS:
            return ()  # too few columns left to make a grid
        # read down to the first filled cell that is no mark: a register's column stops at its first value
        seen = False
        for r in rows:
            if c >= len(r) or r[c] is None:
                continue
            v = r[c]
            if not isinstance(v, str):
                break
            s = v.strip()
            if not s:
                continue
            if s.lower() not in MARKS:
                break
            seen = True
        else:
            if seen:
                columns.append(c)
    if len(columns) < MARK_COLUMNS:
        return ()
    marked = sum(1 for r in rows if any(c < len(r) and not _empty(r[c]) for c in columns))
    return tuple(columns) if marked >= 3 else ()


def _one_box_per_row(table: Table) -> bool:
    """Whether the table's tick boxes (True/False cells: Word content controls) are one to a row, all in one
    column, in three rows or more: a checklist's item rows, each ticked or not."""
    # `in` looks in C; most tables hold no bool cell
    if not any(True in row or False in row for row in table.rows):
        return False
    columns = set()
    rows = 0
    for row in table.rows:
        # `in` again: a row without a bool cell (a 1 or a 0 passes it too) is not read in Python
        if not (True in row or False in row):
            continue
        at = [c for c, v in enumerate(row) if isinstance(v, bool)]
        if len(at) > 1:
            return False
        if at:
            columns.add(at[0])
            rows += 1
    return len(columns) == 1 and rows >= 3


def _tail_fill(rows, width: int) -> tuple[int, int, int]:
    """Over the rows past the first DETAIL_ROWS, banner rows left out as in _table_fill: how many hold a value
    past the first column, how many fill at least half of those cells, how many are blank there."""
    with_values = half_filled = empty = 0
    for row in rows[DETAIL_ROWS:]:
        entries = row[1:] if width > 1 else row
        n = len(entries)
        count = n - entries.count(None)
        if not count:
            empty += 1
            continue
        # a banner repeats one value: a row whose first and last cells differ is none (most rows, no call)
        first = entries[0]
        if count > 1 and not (first is not None and entries[-1] is not None and first != entries[-1]) \
                and _banner(entries):
            continue
        # as in _table_fill: a first cell neither blank, text nor 1 is no axis's, told without a call (most rows)
        if count >= AXIS_CELLS and (first is None or isinstance(first, str) or first == 1) and _axis(entries):
            continue
        with_values += 1
        if count * 2 >= n:
            half_filled += 1
    return with_values, half_filled, empty


def _counts_rows(table: Table) -> bool:
    """Whether the first column numbers the rows in order (1, 2, 3 ... or "Step 1", "Dia 2"): an ordinal, not
    a value someone entered. Three rows at least; a register's first column of codes or dates is not a run."""
    numbers = []
    for row in table.rows[:DETAIL_ROWS]:
        if not row or all(_empty(v) for v in row):
            continue
        v = row[0]
        if isinstance(v, bool) or not isinstance(v, (int, float, str)):
            return False
        m = ORDINAL_CELL.match(str(v).strip())
        if not m:
            return False
        numbers.append(int(m.group(1)))
    return len(numbers) >= 3 and numbers[0] in (0, 1) and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _all_planned(table: Table) -> bool:
    """Whether a status column reads "Planned", "Scheduled" or "Not started" in every one of three or more rows."""
    rows = [r for r in table.rows[:DETAIL_ROWS] if any(not _empty(v) for v in r)]
    if len(rows) < 3:
        return False
    for c, name in enumerate(table.header):
        if STATUS_HEADER.search(str(name)) and all(
                c < len(r) and isinstance(r[c], str) and r[c].strip().lower() in PLANNED_STATUS for r in rows):
            return True
    return False


def _axis(entries) -> bool:
    """Whether a row's filled cells number a grid's columns, 1, 2, 3 ... in order from the first: a plate map's or a
    layout's axis, repeated above each of its blocks, not an entry."""
    first = entries[0]  # most rows fill their first cell: no generator made for them (one row in a register)
    if first is None:
        first = next(v for v in entries if v is not None)
    if isinstance(first, bool) or first != 1 and not (isinstance(first, str) and first.strip() == "1"):
        return False
    n = 0
    for v in entries:
        if v is None:
            continue
        n += 1
        if isinstance(v, bool) or not (v == n if isinstance(v, (int, float)) else str(v).strip() == str(n)):
            return False
    return True


def _banner(entries) -> bool:
    """Whether a row's filled cells (two or more) all hold one value: a merged title or banner row."""
    first = entries[0] if entries[0] is not None else next(v for v in entries if v is not None)
    last = entries[-1] if entries[-1] is not None else next(v for v in reversed(entries) if v is not None)
    return first == last and len({str(v).strip() for v in entries if v is not None}) == 1


def _placeholder(v: Value) -> bool:
    if not isinstance(v, str):
        return False
    s = v.strip()
    # "[TBC]", "[Contact TBC]": a value the writer has yet to confirm, in a table kept filled; no blank a form leaves
    # for whoever fills it in at each use
    return s[:1] in PLACEHOLDER_START and bool(PLACEHOLDER_CELL.match(s)) and not TO_CONFIRM.search(s)


def _empty(v: Value) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _typed(v: Value) -> bool:
    if isinstance(v, (bool, int, float, dt.date, dt.datetime, dt.time)):
        return True
    if not isinstance(v, str) or len(v) > 40:
        return False
    s = v.strip()
    return bool(TYPED_TEXT.match(s)) or s.lower() in TICKED_WORDS


def _boxes(v: Value) -> tuple[int, int]:
    """(ticked, unticked) boxes in one cell; a bool cell is an answered tick box."""
    if isinstance(v, bool):
        return 1, 0
    if not isinstance(v, str):
        return 0, 0
    if len(v) <= 4 and v.strip().lower() in {"x", "yes", "y", "ok"}:
        return 1, 0
    if not BOX_CHAR.search(v):
        return 0, 0
    return sum(v.count(c) for c in TICKED_BOX), sum(v.count(c) for c in EMPTY_BOX)
