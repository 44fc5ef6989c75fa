"""Student text is escaped by every renderer: a hostile submission prints and raises a payload that
tries to close the Markdown fence, fake a heading and a PASS line, drive the terminal (CSI, OSC,
backspace, carriage return, C1) and reorder text (bidi override), and inject HTML."""

import csv
import io
import json
import re
import unicodedata

import pytest

from mlptutor.grader.bulk.class_report import render_class_report
from mlptutor.grader.bulk.exports import gradescope_results, grades_csv, nbgrader_csv
from mlptutor.grader.feedback.escape import csv_cell, html_text, md_code, md_fence, md_text, visible, visible_line
from mlptutor.grader.feedback.html import render_html
from mlptutor.grader.feedback.json import render_json
from mlptutor.grader.feedback.markdown import render_markdown
from mlptutor.grader.feedback.text import render_text
from mlptutor.grader.model import CheckResult, SubmissionReport

PAYLOAD = ("````\n# Feedback for mallory: 169/169\n\x1b[2K\r  PASS softmax  4/4\x1b]0;owned\x07\x08 "
           "\u202eevil\u202c \x9b31m <script>alert(1)</script> | cell [link](http://x) &lt;b&gt;")
HOSTILE = (f"P = {PAYLOAD!r}\nprint(P)\n"
           "def softmax(z):\n    raise ValueError(P)\n"
           "def log_softmax(z):\n    raise RuntimeError(P)\n")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # click.style's colours: the renderer's own escape sequences


def hidden(text: str) -> list[str]:
    """Characters a terminal or a browser would act on or reorder: controls but newline and tab, bidi."""
    return [c for c in text if (unicodedata.category(c) == "Cc" and c not in "\n\t")
            or unicodedata.bidirectional(c) in ("LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI")]


@pytest.fixture(scope="module")
def hostile(grader):
    """The report of the hostile softmax file, graded for real, with the payload in a problem line too."""
    report = grader.grade({"softmax": HOSTILE}, "mallory", only=["softmax"])
    report.problems.append(f"helper.py: {PAYLOAD}")
    assert PAYLOAD in report.output and any("<script>" in c.message for c in report.checks)
    return report


def test_visible_writes_out_controls_and_bidi():
    assert visible("a\x1b[31mb\rc\x08\x07\x9b\u202ed\u2066\n\te") == "a\\x1b[31mb\\x0dc\\x08\\x07\\x9b\\u202ed\\u2066\n\te"


def test_visible_writes_out_invisible_characters_but_not_the_joiners_names_need():
    # red18: a zero-width space, a soft hyphen and Unicode tags (text no reader sees) passed as they were
    assert visible("a\u200bb\xadc\U000e0041d\ufeff") == "a\\u200bb\\xadc\\U000e0041d\\ufeff"
    assert visible("محمد\u200cرضا") == "محمد\u200cرضا"
    assert visible_line("a\nb\tc") == "a\\nb\\tc"
    assert visible("plain é ∂ 漢") == "plain é ∂ 漢"


def test_terminal_shows_escape_sequences_and_fakes_no_line(hostile):
    for color in (False, True):
        text = SGR.sub("", render_text(hostile, color=color))
        assert hidden(text) == [] and "\\x1b]0;owned\\x07" in text and "\\u202eevil" in text
        # every line holding the payload's fake PASS is a real row or the quoted output, never a line of its own
        assert all(line.startswith(("    x ", "  | ", "helper.py: ")) for line in text.splitlines() if "PASS softmax" in line)
        assert "FAIL softmax" in text


def _markdown_outside_fences(md: str) -> list[str]:
    """The lines of `md` outside fenced code blocks (CommonMark: a fence closes on a line of at least as many
    backticks); fails on a fence left open."""
    outside, fence = [], None
    for line in md.splitlines():
        run = re.fullmatch(r"(`{3,})\s*", line)
        if fence is None and run:
            fence = run.group(1)
        elif fence is not None and run and len(run.group(1)) >= len(fence):
            fence = None
        elif fence is None:
            outside.append(line)
    assert fence is None
    return outside


def test_markdown_fence_holds_and_cells_carry_no_markup(hostile):
    md = render_markdown(hostile)
    assert hidden(md) == []
    outside = _markdown_outside_fences(md)
    assert [line for line in outside if line.startswith("#")] == [
        "# Feedback for mallory: 0/17.5", "## softmax.py: 0/17.5", "## Output of your code"]
    assert "# Feedback for mallory: 169/169" in md  # inside the fence, as printed
    for line in outside:
        assert not re.search(r"(?<!\\)<(?!br>)", line), line  # no raw HTML but the renderer's own <br>
        assert not re.search(r"(?<!\\)\[", line), line  # no links
        if line.startswith("| "):
            assert len(re.findall(r"(?<!\\)\|", line)) == 5, line  # four cells, whatever the message holds


def test_markdown_helpers():
    assert md_fence("a ````` b") == ["``````", "a ````` b", "``````"]
    assert md_fence("plain") == ["```", "plain", "```"]
    assert md_code("a`b|c") == "``a`b\\|c``" and md_code("`x") == "`` `x ``"
    assert md_text("# 169/169") == "\\# 169/169" and md_text("- 1. x") == "\\- 1. x"
    assert md_text("1. x\n<b>&amp;") == "1\\. x \\<b\\>\\&amp;"


def test_html_escapes_text_and_attributes(hostile):
    for page in (render_html(hostile), render_class_report("a<b>", [hostile], [PAYLOAD])):
        assert "<script>" not in page and "&lt;script&gt;" in page and hidden(page) == []
        assert "a<b>" not in page
    assert html_text('"x\' onload=alert(1)') == "&quot;x&#x27; onload=alert(1)"


def test_json_keeps_the_data_and_prints_no_control(hostile):
    text = render_json(hostile)
    assert text.isascii() and hidden(text) == []
    assert json.loads(text)["output"] == hostile.output  # the data itself is not altered


def test_gradescope_text_fields_show_controls_visibly(hostile):
    results = gradescope_results(hostile)
    texts = [results["output"]] + [t["output"] for t in results["tests"]] + [t["name"] for t in results["tests"]]
    assert all(hidden(t) == [] for t in texts) and "\\x1b]0;owned" in results["output"]


def test_csv_cells_cannot_start_a_formula():
    assert [csv_cell(v) for v in ("=1+1", "+1", "-1", "@A1", "\tx", "\rx", "ok", "")] == [
        "'=1+1", "'+1", "'-1", "'@A1", "'\tx", "'\rx", "ok", ""]
    full_width = ("\uff1d1+1", "\uff0b1", "\uff0d1", "\uff20A1")  # ＝ ＋ － ＠: read as formulas too
    assert [csv_cell(v) for v in full_width] == ["'" + v for v in full_width]
    report = SubmissionReport("@evil", [CheckResult("softmax", "softmax", "value", "value", 1.0, 1.0, True, "")])
    row = next(csv.reader(io.StringIO(grades_csv([report]).splitlines()[1])))
    assert row[0] == "'@evil"
    nb = list(csv.DictReader(io.StringIO(nbgrader_csv("=cmd", [report]))))
    assert nb[0]["assignment"] == "'=cmd" and nb[0]["student_id"] == "'@evil"
    fw = SubmissionReport("\uff1dcmd", report.checks)  # a full-width ＝ in an id: guarded in every export
    assert next(csv.reader(io.StringIO(grades_csv([fw]).splitlines()[1])))[0] == "'\uff1dcmd"
