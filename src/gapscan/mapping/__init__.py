"""`gapscan map`: the clause cross-reference of a document set, built from what its procedures say.

    from gapscan.mapping import map_documents
    clause_map = map_documents(documents, "iso9001")   # -> ClauseMap
"""
from gapscan.mapping.core import map_documents
from gapscan.mapping.model import ClauseMap, ClauseRow, Declaration, Disagreement, SectionMatch

__all__ = ["map_documents", "ClauseMap", "ClauseRow", "Declaration", "Disagreement", "SectionMatch"]
