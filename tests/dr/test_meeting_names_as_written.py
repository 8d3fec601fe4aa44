"""A meeting's name is shown as its minutes write it: 'Node.js TSC Meeting', not 'Node Js TSC Meeting'.

The shape (left18; session 17's note on the OpenJS sets): a word written with a dot, an apostrophe or capitals inside
it ('Node.js', 'OpenJS', 'DevOps', "Women's") was cut into letters-only words and each title-cased ('Node Js', 'Open
JS', 'Dev Ops', 'Women S'). The words a name is matched by are unchanged; only what a reader sees is.
"""
from __future__ import annotations

import pytest

from .minutes_series import series


NOTES = """# {title}

- Present: Ana Ruiz, Ben Cole, Cy Park

The budget for the build farm was approved. Closed at 21:30.
"""


def _names(scan, files):
    return sorted((s.name, sorted(s.words)) for s in series(scan, files, NOTES))


@pytest.mark.parametrize("title,shown", [
    ("Node.js TSC Meeting", "Node.js TSC Meeting"),
    ("OpenJS Foundation Cross Project Council Meeting", "OpenJS Foundation Cross Project Council Meeting"),
    ("DevOps Team Meeting", "DevOps Team Meeting"),
    ("Women's Network Meeting", "Women's Network Meeting"),
    ("iOS Team Meeting", "iOS Team Meeting"),
    # plain words are shown as before: title case, a word in capitals as written
    ("security team meeting", "Security Team Meeting"),
    ("EC Special Meeting", "EC Special Meeting"),
])
def test_a_name_is_shown_as_written(scan, title, shown):
    got = _names(scan, [(f"minutes/2024-0{m}-0{m + 2}.md", f"{title} {m + 2} January 2024") for m in (1, 2)])
    assert [n for n, _ in got] == [shown], got


def test_a_name_written_in_lower_case_in_a_file_name_keeps_its_dot(scan):
    got = _names(scan, [("minutes/node.js-tsc-meeting-2024-01-09.md", "Minutes"),
                        ("minutes/node.js-tsc-meeting-2024-01-23.md", "Minutes")])
    assert [n for n, _ in got] == ["Node.js Tsc Meeting"], got
    # what the name is matched by is the same words as before
    assert got[0][1] == sorted({"node", "js", "tsc"}), got


def test_an_abbreviation_beside_the_words_it_stands_for_is_not_said_twice(scan):
    # the shape of onchainlabs1/llm-agent-mcp docs/evidence: 'Management_Review_Minutes_MR-2025-001.md' named
    # its series 'Management Review Management Review' (the words, then 'MR' spelled out)
    got = _names(scan, [("evidence/Management_Review_Minutes_MR-2025-001.md", "Minutes 6 March 2025"),
                        ("evidence/Management_Review_Minutes_MR-2025-002.md", "Minutes 5 June 2025")])
    assert [n for n, _ in got] == ["Management Review"], got
    assert got[0][1] == sorted({"management", "review"}), got
    got = _names(scan, [("mr/2024-01-03.md", "MR - Management Review 3 January 2024"),
                        ("mr/2024-04-03.md", "MR - Management Review 3 April 2024")])
    assert [n for n, _ in got] == ["Management Review"], got


@pytest.mark.parametrize("title,shown,words", [
    # 'WG' says what kind of group meets, not which (a group word, as 'Working Group' is)
    ("IPv6 WG Meeting", "IPv6 WG Meeting", {"ipv"}),
    ("ISO27001 Forum", "ISO27001 Forum meeting", {"iso", "forum"}),
])
def test_digits_inside_a_word_are_shown_as_written(scan, title, shown, words):
    got = _names(scan, [(f"minutes/2024-0{m}-0{m + 2}.md", f"{title} {m + 2} January 2024") for m in (1, 2)])
    assert got == [(shown, sorted(words))], got


def test_digits_that_number_the_files_of_one_series_are_not_its_name(scan):
    got = _names(scan, [("retro/2024-01-05.md", "Retro5 Meeting 5 January 2024"),
                        ("retro/2024-01-19.md", "Retro6 Meeting 19 January 2024")])
    assert [n for n, _ in got] == ["Retro Meeting"], got
