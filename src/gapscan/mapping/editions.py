"""Clauses of a superseded edition, in the terms of the catalogue's own edition (ISO/IEC 27001:2013's Annex A,
ISO 9001:2008's clauses 4-8).

The map's matrix has the current edition's units (ISO/IEC 27001:2022's Annex A controls). A document
written against ISO/IEC 27001:2013 cites that edition's controls ("A.9.2.1", "A.12.4"), and the same
digits mean another control in 2022 (2013's A.8.1 "Responsibility for assets" is not 2022's A.8.1 "User
endpoint devices"). Such a citation is converted here, never compared digit for digit.

The conversion is the correspondence between the two editions' controls that ISO/IEC 27002:2022 gives in
its Annex B (control numbers only; the titles are in the catalogue). A 2013 control object ("A.12.4
Logging and monitoring") stands for all its controls; a 2013 domain ("A.12") is as broad as a 2022 theme
and is not a unit (see declared.unit_of).

ISO 9001:2008 kept the 2000 edition's clauses 4-8, and many of its numbers are 2015 numbers with another meaning
(2008's 8.2.2 "Internal audit" is 2015's 9.2; 2015's 8.2.2 is "Determining the requirements for products and
services"): its clauses convert by the correlation between the two editions that ISO/TC 176/SC 2 published.
"""
from __future__ import annotations

from gapscan import clauses as cat

# ISO/IEC 27001:2013 Annex A control -> ISO/IEC 27001:2022 Annex A control(s)
_ISO27001_2013 = {
    "A.5.1.1": ("A.5.1",), "A.5.1.2": ("A.5.1",),
    "A.6.1.1": ("A.5.2",), "A.6.1.2": ("A.5.3",), "A.6.1.3": ("A.5.5",), "A.6.1.4": ("A.5.6",),
    "A.6.1.5": ("A.5.8",), "A.6.2.1": ("A.8.1",), "A.6.2.2": ("A.6.7",),
    "A.7.1.1": ("A.6.1",), "A.7.1.2": ("A.6.2",), "A.7.2.1": ("A.5.4",), "A.7.2.2": ("A.6.3",),
    "A.7.2.3": ("A.6.4",), "A.7.3.1": ("A.6.5",),
    "A.8.1.1": ("A.5.9",), "A.8.1.2": ("A.5.9",), "A.8.1.3": ("A.5.10",), "A.8.1.4": ("A.5.11",),
    "A.8.2.1": ("A.5.12",), "A.8.2.2": ("A.5.13",), "A.8.2.3": ("A.5.10",),
    "A.8.3.1": ("A.7.10",), "A.8.3.2": ("A.7.10",), "A.8.3.3": ("A.7.10",),
    "A.9.1.1": ("A.5.15",), "A.9.1.2": ("A.5.15",), "A.9.2.1": ("A.5.16",), "A.9.2.2": ("A.5.18",),
    "A.9.2.3": ("A.8.2",), "A.9.2.4": ("A.5.17",), "A.9.2.5": ("A.5.18",), "A.9.2.6": ("A.5.18",),
    "A.9.3.1": ("A.5.17",), "A.9.4.1": ("A.8.3",), "A.9.4.2": ("A.8.5",), "A.9.4.3": ("A.5.17",),
    "A.9.4.4": ("A.8.18",), "A.9.4.5": ("A.8.4",),
    "A.10.1.1": ("A.8.24",), "A.10.1.2": ("A.8.24",),
    "A.11.1.1": ("A.7.1",), "A.11.1.2": ("A.7.2",), "A.11.1.3": ("A.7.3",), "A.11.1.4": ("A.7.5",),
    "A.11.1.5": ("A.7.6",), "A.11.1.6": ("A.7.2",), "A.11.2.1": ("A.7.8",), "A.11.2.2": ("A.7.11",),
    "A.11.2.3": ("A.7.12",), "A.11.2.4": ("A.7.13",), "A.11.2.5": ("A.7.10",), "A.11.2.6": ("A.7.9",),
    "A.11.2.7": ("A.7.14",), "A.11.2.8": ("A.8.1",), "A.11.2.9": ("A.7.7",),
    "A.12.1.1": ("A.5.37",), "A.12.1.2": ("A.8.32",), "A.12.1.3": ("A.8.6",), "A.12.1.4": ("A.8.31",),
    "A.12.2.1": ("A.8.7",), "A.12.3.1": ("A.8.13",), "A.12.4.1": ("A.8.15",), "A.12.4.2": ("A.8.15",),
    "A.12.4.3": ("A.8.15",), "A.12.4.4": ("A.8.17",), "A.12.5.1": ("A.8.19",), "A.12.6.1": ("A.8.8",),
    "A.12.6.2": ("A.8.19",), "A.12.7.1": ("A.8.34",),
    "A.13.1.1": ("A.8.20",), "A.13.1.2": ("A.8.21",), "A.13.1.3": ("A.8.22",), "A.13.2.1": ("A.5.14",),
    "A.13.2.2": ("A.5.14",), "A.13.2.3": ("A.5.14",), "A.13.2.4": ("A.6.6",),
    "A.14.1.1": ("A.5.8",), "A.14.1.2": ("A.8.26",), "A.14.1.3": ("A.8.26",), "A.14.2.1": ("A.8.25",),
    "A.14.2.2": ("A.8.32",), "A.14.2.3": ("A.8.32",), "A.14.2.4": ("A.8.32",), "A.14.2.5": ("A.8.27",),
    "A.14.2.6": ("A.8.31",), "A.14.2.7": ("A.8.30",), "A.14.2.8": ("A.8.29",), "A.14.2.9": ("A.8.29",),
    "A.14.3.1": ("A.8.33",),
    "A.15.1.1": ("A.5.19",), "A.15.1.2": ("A.5.20",), "A.15.1.3": ("A.5.21",), "A.15.2.1": ("A.5.22",),
    "A.15.2.2": ("A.5.22",),
    "A.16.1.1": ("A.5.24",), "A.16.1.2": ("A.6.8",), "A.16.1.3": ("A.6.8",), "A.16.1.4": ("A.5.25",),
    "A.16.1.5": ("A.5.26",), "A.16.1.6": ("A.5.27",), "A.16.1.7": ("A.5.28",),
    "A.17.1.1": ("A.5.29",), "A.17.1.2": ("A.5.29",), "A.17.1.3": ("A.5.29",), "A.17.2.1": ("A.8.14",),
    "A.18.1.1": ("A.5.31",), "A.18.1.2": ("A.5.32",), "A.18.1.3": ("A.5.33",), "A.18.1.4": ("A.5.34",),
    "A.18.1.5": ("A.5.31",), "A.18.2.1": ("A.5.35",), "A.18.2.2": ("A.5.36",), "A.18.2.3": ("A.5.36", "A.8.8"),
}
# ISO 9001:2008 clause -> ISO 9001:2015 clause(s), after the correlation ISO/TC 176/SC 2 published between the two
# editions (numbers only; the titles are in the catalogue). A main clause and a clause with sub-clauses have rows of
# their own: 2008's "7.5 Production and service provision" is 2015's 8.5, not everything its sub-clauses became.
_ISO9001_2008 = {
    "4": ("4",), "4.1": ("4.4",), "4.2": ("7.5",), "4.2.1": ("7.5.1",), "4.2.2": ("4.3", "4.4", "7.5.1"),
    "4.2.3": ("7.5.2", "7.5.3"), "4.2.4": ("7.5.2", "7.5.3"),
    "5": ("5",), "5.1": ("5.1",), "5.2": ("5.1.2",), "5.3": ("5.2",), "5.4": ("6",), "5.4.1": ("6.2",),
    "5.4.2": ("6.1", "6.3"), "5.5": ("5.3", "7.4"), "5.5.1": ("5.3",), "5.5.2": ("5.3",), "5.5.3": ("7.4",),
    "5.6": ("9.3",), "5.6.1": ("9.3.1",), "5.6.2": ("9.3.2",), "5.6.3": ("9.3.3",),
    "6": ("7.1",), "6.1": ("7.1.1",), "6.2": ("7.2",), "6.2.1": ("7.2",), "6.2.2": ("7.2", "7.3"),
    "6.3": ("7.1.3",), "6.4": ("7.1.4",),
    "7": ("8",), "7.1": ("8.1",), "7.2": ("8.2",), "7.2.1": ("8.2.2",), "7.2.2": ("8.2.3", "8.2.4"),
    "7.2.3": ("8.2.1",), "7.3": ("8.3",), "7.3.1": ("8.3.1", "8.3.2"), "7.3.2": ("8.3.3",), "7.3.3": ("8.3.5",),
    "7.3.4": ("8.3.4",), "7.3.5": ("8.3.4",), "7.3.6": ("8.3.4",), "7.3.7": ("8.3.6",),
    "7.4": ("8.4",), "7.4.1": ("8.4.1", "8.4.2"), "7.4.2": ("8.4.3",), "7.4.3": ("8.4.2", "8.6"),
    "7.5": ("8.5",), "7.5.1": ("8.5.1", "8.5.5"), "7.5.2": ("8.5.1",), "7.5.3": ("8.5.2",), "7.5.4": ("8.5.3",),
    "7.5.5": ("8.5.4",), "7.6": ("7.1.5",),
    "8": ("9",), "8.1": ("9.1.1",), "8.2": ("9.1",), "8.2.1": ("9.1.2",), "8.2.2": ("9.2",), "8.2.3": ("9.1.1",),
    "8.2.4": ("8.6",), "8.3": ("8.7", "10.2"), "8.4": ("9.1.3",), "8.5": ("10",), "8.5.1": ("10.1", "10.3"),
    "8.5.2": ("10.2",), "8.5.3": ("6.1",),
}
CONVERSIONS: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {
    ("iso27001", "2013"): _ISO27001_2013, ("iso9001", "2008"): _ISO9001_2008}
# the main body kept its numbers but for clause 10, whose two clauses swapped places: 2013's 10.1 "Nonconformity
# and corrective action" is 2022's 10.2, its 10.2 "Continual improvement" 2022's 10.1. The superseded catalogue
# holds only the old Annex A, so these numbers are read in 2013 only in a document told to be of that edition.
MAIN_BODY: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {
    ("iso27001", "2013"): {"10.1": ("10.2",), "10.2": ("10.1",)}}


def convert(clause: cat.Clause, catalogue: cat.Catalogue) -> tuple[str, ...] | None:
    """The current edition's clause numbers a superseded edition's clause stands for, in the catalogue's
    order; None when the clause is the current edition's own (nothing to convert) or no conversion is known
    (then it cannot be compared at all). A clause with a row of its own converts by it (ISO 9001:2008's); a
    control object without one stands for all its controls (ISO/IEC 27001:2013's A.12.4)."""
    if clause.edition is None or clause.edition == catalogue.edition:
        return None
    table = CONVERSIONS.get((catalogue.standard, clause.edition))
    if table is None:
        return None
    if clause.number in table:
        return tuple(sorted(set(table[clause.number]), key=cat.clause_key))
    prefix = clause.number + "."
    out = {n for number, targets in table.items() if number.startswith(prefix) for n in targets}
    return tuple(sorted(out, key=cat.clause_key)) or None
