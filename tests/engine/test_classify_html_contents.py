"""An HTML page that is a site's contents list is read as one, as a markdown page is.

The shape on eegg/school-policies-and-procedures (held out, cmhold13, session 23): the nursery's pages are docutils
HTML, and its contents page lists each policy page as a link, grouped under short unlinked labels ("Meta-policies",
"Health and care"). The HTML reader kept no link targets, so the contents-list signal (list items each one link to a
page beside it) could never fire on HTML, and the page's title "Policies and Procedures" and its few "must" lines made
it a procedure. Now the HTML reader keeps each block's link targets as the markdown reader does, an unlinked short
item over a group of links is read as a label of the list, and a kind the title names in the plural over a contents
list names the pages it lists.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Kind

from classify_helpers import assert_kind

GROUPS = {
    "Management": ["key-persons", "insurance", "staff-training", "complaints"],
    "Health and care": ["illnesses-and-medication", "smoking", "nutrition", "toileting"],
    "Safety": ["risk-assessment", "safeguarding", "security", "incidents"],
}


def _contents_page() -> str:
    groups = "\n".join(
        f"<li><strong>{label}</strong><ol>"
        + "".join(f'<li><a class="reference external" href="{page}.html">{page.replace("-", " ").capitalize()}</a>'
                  f" (Ann Lee)</li>" for page in pages)
        + "</ol></li>" for label, pages in GROUPS.items())
    return f"""<html><head><title>Policies and Procedures</title></head><body>
<h1>Policies and Procedures</h1>
<p>Every team member must read the policies for their role. Each policy shall be reviewed once a year.</p>
<ol>
{groups}
</ol>
</body></html>
"""


def test_the_html_reader_keeps_link_targets(tmp_path: Path):
    path = tmp_path / "index.html"
    path.write_text('<html><body><p>See <a href="a.html">the policy</a> and <a name="x">here</a>.</p>'
                    '<ul><li><a href="b.html">B</a></li><li><a href="">Not yet written</a></li></ul>'
                    '<h2><a href="#top">Top</a></h2></body></html>', encoding="utf-8")
    doc = parse_file(path, "index.html")
    links = {b.text: b.links for b in doc.blocks}
    assert links["See the policy and here."] == ("a.html",)  # a named anchor (no href) is no link
    assert links["B"] == ("b.html",)
    assert links["Not yet written"] == ("",)
    assert links["Top"] == ("#top",)
    assert all(b.type is not BlockType.TABLE for b in doc.blocks)


def test_an_html_contents_page_of_grouped_links_is_no_procedure(tmp_path: Path):
    why = assert_kind(tmp_path, "html/index.html", _contents_page(), Kind.OTHER, "a contents list",
                      "3 group labels", "in the plural over a contents list")
    assert "'Procedures' in the title" not in why


def test_a_markdown_contents_list_under_group_labels_is_one_too(tmp_path: Path):
    text = "# Policies and Procedures\n\nEvery team member must read the policies for their role.\n\n" + "\n".join(
        f"- {label}\n" + "\n".join(f"  - [{p}]({p}.md)" for p in pages) for label, pages in GROUPS.items()) + "\n"
    assert_kind(tmp_path, "index.md", text, Kind.OTHER, "a contents list", "3 group labels")


def test_a_procedure_with_a_few_links_keeps_its_kind(tmp_path: Path):
    steps = "".join(f"<li>Check the {w} and record the reading on the log.</li>" for w in
                    ("seal", "valve", "gauge", "pump", "filter"))
    links = "".join(f'<li><a href="{p}.html">{p}</a></li>' for p in ("forms", "training", "records"))
    assert_kind(tmp_path, "pump-check-procedure.html",
                f"<html><body><h1>Pump check procedure</h1><ol>{steps}</ol><h2>Related</h2><ul>{links}</ul>"
                f"</body></html>", Kind.PROCEDURE)
