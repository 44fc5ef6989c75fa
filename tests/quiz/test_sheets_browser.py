"""HTML sheets in a real browser: every question's MathML is laid out as mathematics, and a roster name made of
markup and script shows as text on the sheet and the solutions, and runs as nothing."""

import re

import pytest

from chromium import ATTACK, MARK, dom, needs_browser, printed_text
from mlptutor.question_bank.loader import select_questions
from mlptutor.question_bank.render.documents import render_sheet, render_solutions
from mlptutor.question_bank.variants import build_quiz
from mlptutor.roster import Student

STUDENT = Student("s1", f"Mallory {ATTACK}")
MATHML = {"math", "mfrac", "mi", "mn", "mo", "mover", "munder", "munderover", "mrow", "mspace", "msqrt", "mroot",
          "msub", "msup", "msubsup", "mtable", "mtd", "mtr", "mtext", "mstyle", "mpadded", "semantics", "annotation"}
OWN = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "section", "div", "span", "strong",
       "em", "code", "pre", "ol", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "br", "bdi"} | MATHML


@pytest.fixture(scope="module")
def quiz():
    return build_quiz(select_questions(), [STUDENT], "7")


@needs_browser
@pytest.mark.parametrize("document", ["sheet", "solutions"])  # the key is the solutions' page for every student
def test_sheets_lay_out_math_and_show_names_as_text(quiz, document, tmp_path):
    html = (render_sheet if document == "sheet" else render_solutions)(quiz, STUDENT, "html")
    page = tmp_path / f"{document}.html"
    page.write_text(html, encoding="utf-8")
    loaded = dom(page, tmp_path)
    assert MARK not in loaded
    elements = re.findall(r"<([a-zA-Z][\w-]*)", loaded)
    assert set(elements) <= OWN, set(elements) - OWN
    assert elements.count("math") == html.count("<math") > 0  # every formula parsed as MathML, none lost
    text = printed_text(page, tmp_path)
    assert "Mallory <img src=x onerror=" in text and "<script>document.documentElement" in text
    # a one-letter <mi> is set in mathematical italic only when the browser lays it out as MathML
    assert "\U0001d467" in text  # MATHEMATICAL ITALIC SMALL Z, the z of the formulas
