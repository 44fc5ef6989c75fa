"""Feedback pages in a real browser: student text that is markup and script shows as text and runs as nothing.

A hostile submission prints, raises and names itself with tags, event handlers, a javascript: link and a style that
hides the page; Chromium loads the student's page and the class report, and neither its DOM nor its printed text
may show any of it acting.
"""

import re

import pytest

from chromium import ATTACK, MARK, dom, needs_browser, printed_text
from mlptutor.grader.bulk.class_report import render_class_report
from mlptutor.grader.feedback.html import render_html

HOSTILE = (f"P = {ATTACK!r}\nprint(P)\n"
           "def softmax(z):\n    raise ValueError(P)\n"
           "def log_softmax(z):\n    return P\n")
# the elements the renderers write themselves; any other element in the DOM came from student text
OWN = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "table", "tr", "th", "td", "span",
       "div", "b", "br", "code", "pre", "ul", "li", "svg", "rect", "line", "text", "g", "tbody", "thead", "details",
       "summary", "small", "em", "strong", "abbr", "polyline", "path", "title"}


@pytest.fixture(scope="module")
def hostile(grader):
    report = grader.grade({"softmax": HOSTILE}, f"mallory{ATTACK}", only=["softmax"])
    report.problems.append(f"helper.py: {ATTACK}")
    assert any("<script>" in c.message for c in report.checks)
    return report


@needs_browser
@pytest.mark.parametrize("which", ["student", "class"])
def test_student_markup_is_shown_not_run(hostile, which, tmp_path):
    html = render_html(hostile) if which == "student" else render_class_report(f"a1{ATTACK}", [hostile], [ATTACK])
    page = tmp_path / f"{which}.html"
    page.write_text(html, encoding="utf-8")
    loaded = dom(page, tmp_path)
    assert MARK not in loaded  # no handler or script of the student's ran
    elements = set(re.findall(r"<([a-zA-Z][\w-]*)", loaded))  # a raw '<' in the serialised DOM opens an element
    assert elements <= OWN, elements - OWN
    assert loaded.count("<style>") == 1  # the page's own, not the student's (which would hide the body)
    text = printed_text(page, tmp_path)
    assert "Feedback for mallory" in text or "Class report" in text
    assert "<script>document.documentElement" in text and "javascript:void(0)" in text  # shown, as written
