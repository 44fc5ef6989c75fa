import csv
import io
import json
import re
from dataclasses import replace
from html.parser import HTMLParser

from bulk_fakes import fake_grade

from mlptutor.grader.bulk.class_report import render_class_report
from mlptutor.grader.bulk.exports import NBGRADER_COLUMNS, gradescope_results, grades_csv, json_text, nbgrader_csv
from mlptutor.grader.feedback.html import render_html
from mlptutor.roster import Student

VOID = {"meta", "br", "hr", "img", "input", "link", "rect", "line"}


class _Balance(HTMLParser):
    """Fails on a closing tag that does not close the innermost open element."""

    def __init__(self):
        super().__init__()
        self.stack, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)


def _well_formed_and_offline(page: str):
    parser = _Balance()
    parser.feed(page)
    parser.close()
    assert parser.errors == [] and parser.stack == []
    assert not re.search(r"https?://|<script|<link|\bsrc=", page, re.IGNORECASE)
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page


def _reports():
    return [fake_grade("alice", {"softmax": "CORRECT", "losses": "CORRECT"}),
            fake_grade("bob", {"softmax": "HALF <script>alert(1)</script>"}),
            fake_grade("carol, jr", {"softmax": "nope", "losses": "HALF"})]


def test_grades_csv_one_row_per_student_one_column_per_exercise():
    rows = list(csv.DictReader(io.StringIO(grades_csv(_reports()))))
    assert list(rows[0]) == ["student", "losses", "softmax", "total", "max_score", "late", "penalty", "final", "note"]
    assert [(r["student"], r["softmax"], r["losses"], r["total"], r["max_score"]) for r in rows] == [
        ("alice", "2", "2", "4", "4"), ("bob", "1", "0", "1", "4"), ("carol, jr", "0", "1", "1", "4")]


def test_gradescope_results_have_the_documented_fields():
    data = gradescope_results(_reports()[1])
    assert set(data) >= {"score", "execution_time", "output", "visibility", "stdout_visibility", "tests"}
    assert data["score"] == 1.0
    assert sum(t["score"] for t in data["tests"]) == data["score"]
    for test in data["tests"]:
        assert set(test) >= {"name", "number", "score", "max_score", "status", "output", "visibility"}
        assert test["status"] in ("passed", "failed") and 0 <= test["score"] <= test["max_score"]
        assert test["visibility"] in ("hidden", "after_due_date", "after_published", "visible")
    softmax = next(t for t in data["tests"] if t["name"] == "softmax.softmax")
    assert softmax["status"] == "failed" and "softmax-off-by-one" in softmax["output"]
    assert next(t for t in data["tests"] if t["name"] == "losses.py")["max_score"] == 2.0
    assert data["output"].endswith("Output of your code:\nhello from bob")
    moved = replace(_reports()[1], files={"losses": ("src/losses.py",)})  # review A of read24: it was "losses.py"
    assert [t["name"] for t in gradescope_results(moved)["tests"] if t["tags"] == ["losses"]] == ["src/losses.py"]


def test_gradescope_results_json_writes_plain_decimals():
    """A tiny score is written 0.00001 (json.dumps writes 1e-05), every float keeps its decimal point as the spec's
    "score": 44.0 does, and the text reads back as the very results (the indented --format gradescope too)."""
    from mlptutor.grader.feedback.gradescope import render_gradescope
    from mlptutor.grader.model import CheckResult, SubmissionReport

    report = SubmissionReport("ann", [CheckResult("softmax", "softmax", "value", "value", 1e-05, 2.0, False, "1e-05"),
                                      CheckResult("losses", "mse", "value", "value", 3.0, 3.0, True, "")], seconds=2e-05)
    results = gradescope_results(report)
    for text in (json_text(results), render_gradescope(report)):
        assert json.loads(text) == results
        numbers = re.sub(r'"(?:[^"\\]|\\.)*"', '""', text)  # the text outside strings
        assert not re.search(r"[eE][+-]?[0-9]", numbers) and "0.00001" in numbers and "3.0" in numbers
    indented = json.dumps(results, indent=2).replace('"score": 1e-05', '"score": 0.00001')
    assert render_gradescope(report) == indented + "\n"


def test_nbgrader_csv_has_nbgrader_columns_and_roster_names():
    alice = Student("alice", "Alice Liddell", first_name="Alice", last_name="Liddell", email="a@x")
    text = nbgrader_csv("ps1", _reports(), {"alice": alice})
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == NBGRADER_COLUMNS
    assert rows[0]["last_name"] == "Liddell" and rows[0]["score"] == "4.0" and rows[0]["max_score"] == "4.0"
    assert rows[2]["student_id"] == "carol, jr" and rows[2]["assignment"] == "ps1"


def test_csv_exports_defuse_spreadsheet_formulas():
    mallory = Student("alice", first_name="=HYPERLINK(\"http://x\")", last_name="@SUM(A1)", email="+1")
    rows = list(csv.DictReader(io.StringIO(nbgrader_csv("=ps1", _reports(), {"alice": mallory}))))
    assert rows[0]["first_name"] == "'=HYPERLINK(\"http://x\")"
    assert (rows[0]["last_name"], rows[0]["email"], rows[0]["assignment"]) == ("'@SUM(A1)", "'+1", "'=ps1")
    assert rows[0]["score"] == "4.0"


def test_html_feedback_is_self_contained_escaped_and_well_formed():
    report = _reports()[1]
    report.output = "<b>printed</b> https-free & <i>\n"
    page = render_html(report)
    _well_formed_and_offline(page)
    assert "<script>" not in page and "&lt;b&gt;printed" in page
    assert "softmax-off-by-one" in page and "look at the sum" in page and "failed" in page


def test_class_report_is_self_contained_with_inline_svg():
    page = render_class_report("hw1", _reports(), ["dan.zip: not a readable zip <corrupt>"])
    _well_formed_and_offline(page)
    assert "<li>dan.zip: not a readable zip &lt;corrupt&gt;</li>" in page
    assert page.count("<svg") == 2  # histogram and mistakes
    assert "softmax-off-by-one" in page and "losses-off-by-one" in page
    assert "<td>1/3</td><td>33%</td>" in page  # softmax value check passed by alice only
    assert "<tr><td>losses.py</td><td>1</td><td>0</td><td>0</td><td>0</td></tr>" in page  # bob handed in no losses.py


def test_class_report_counts_code_that_did_not_run_apart_from_mistakes():
    """'relation:error' and 'relation:missing-file' were listed as diagnosed mistakes: they are what happened to
    code that did not run, counted in a table of their own."""
    reports = _reports()
    crashed = next(c for c in reports[0].checks if c.exercise == "softmax")
    reports[0].checks[reports[0].checks.index(crashed)] = replace(crashed, mistake="relation:error")
    page = render_class_report("hw1", reports)
    mistakes = page[page.index("<h2>Diagnosed mistakes</h2>"):page.index("<h2>Slowest submissions</h2>")]
    assert "relation:" not in mistakes and "softmax-off-by-one" in mistakes
    assert "<tr><td>crashed (raised an error)</td><td>1</td></tr>" in mistakes
    assert "<tr><td>file missing</td><td>1</td></tr>" in mistakes


def test_the_run_summary_counts_in_the_singular_too():
    """'1 problems' (and '1 submissions') in the run's summary line."""
    from mlptutor.grader.bulk.run import RunSummary

    line = RunSummary("hw1", found=1, graded=1, problems=["x"]).line()
    assert line == "hw1: 1 submission, 1 graded, 0 already graded, 0 failed, 1 problem", line
