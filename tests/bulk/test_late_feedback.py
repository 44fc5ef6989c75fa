"""A late submission's feedback (text, Markdown, HTML, JSON, Gradescope, nbgrader's pages) says how late it
was, the rule, the raw score, the penalty and the final score; every part is escaped; a rerun with another
rule rewrites it."""

import json
import sqlite3
from datetime import datetime, timezone

import pytest
from bulk_fakes import FakeEngine, fake_grade
from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader.bulk import commands
from mlptutor.grader.bulk.late import Late
from mlptutor.grader.feedback import FORMATS
from mlptutor.grader.feedback.lateness import LateNote

UTC = timezone.utc
SAID = ("Late: submitted 2024-03-02 05:00 UTC, 12.0 h late (due 2024-03-01 17:00 UTC; 1 started day).",
        "Late rule: per-day:10% (each started day late costs 10% of the maximum score).",
        "Score 1/4, late penalty -0.4 points, final score 0.6/4.")


@pytest.fixture(autouse=True)
def fake_engine(monkeypatch):
    monkeypatch.setattr(commands, "Engine", FakeEngine)


def _run(*args):
    result = CliRunner().invoke(cli, [*map(str, args)])
    assert result.exit_code == 0, result.output
    return result


def _course(write):
    write("course/submitted/fay/ps1/softmax.py", "CORRECT")
    write("course/submitted/fay/ps1/timestamp.txt", "2024-03-01 16:59:00 UTC")
    gus = write("course/submitted/gus/ps1/losses.py", "HALF")
    write("course/submitted/gus/ps1/timestamp.txt", "2024-03-02 05:00:00 UTC")
    return gus.parents[3]


def test_every_feedback_file_of_a_late_submission_says_its_penalty(tmp_path, write):
    course, out = _course(write), tmp_path / "out"
    _run("grade", course, "--out", out, "--due", "2024-03-01 17:00 UTC", "--late-penalty", "per-day:10%")
    markdown, page = (out / "feedback" / "gus.md").read_text(), (out / "feedback" / "gus.html").read_text()
    results = json.loads((out / "gradescope" / "gus" / "results.json").read_text())
    nbgrader_page = (course / "feedback" / "gus" / "ps1" / "ps1.html").read_text()
    for said in SAID:
        assert said in markdown and said in page and said in nbgrader_page and said in results["output"]
    assert results["score"] == 0.6 and sum(t["score"] for t in results["tests"]) == 1  # tests keep raw points
    on_time = (out / "feedback" / "fay.md").read_text()
    assert "Late" not in on_time and "penalty" not in on_time

    _run("export", "--format", "gradescope", "--gradebook", out / "gradebook.sqlite", "--out", tmp_path / "gs")
    assert json.loads((tmp_path / "gs" / "gus" / "results.json").read_text()) == results

    # another rule, no grading again: the feedback follows
    result = _run("grade", course, "--out", out, "--due", "2024-03-01 17:00 UTC", "--late-penalty", "zero")
    assert "0 graded, 2 already graded" in result.output
    markdown = (out / "feedback" / "gus.md").read_text()
    assert "Late rule: zero (a late submission scores 0)." in markdown
    assert "Score 1/4, late penalty -1 points, final score 0/4." in markdown
    assert json.loads((out / "gradescope" / "gus" / "results.json").read_text())["score"] == 0


def _note(rule="per-day:10%"):
    late = Late(datetime(2024, 3, 2, 5, tzinfo=UTC), datetime(2024, 3, 1, 17, tzinfo=UTC), 12 * 3600, 0.4, rule)
    return LateNote.of(late, fake_grade("gus", {"losses": "HALF"}))


def test_text_and_json_say_it_too():
    report = fake_grade("gus", {"losses": "HALF"})
    text = FORMATS["text"].render(report, late=_note())
    assert all(said in text for said in SAID)
    data = json.loads(FORMATS["json"].render(report, late=_note()))
    assert data["late"] == {"submitted_at": "2024-03-02T05:00:00+00:00", "due": "2024-03-01T17:00:00+00:00",
                            "seconds_late": 43200, "rule": "per-day:10%", "score": 1.0, "penalty": 0.4,
                            "final_score": 0.6}
    assert "late" not in json.loads(FORMATS["json"].render(report))
    flagged = LateNote.of(Late(None, None, 3600.0, 0.0, "none"), report)
    assert flagged.lines() == ["Late: 1.0 h late.", "Late rule: none (late work is flagged, never penalised).",
                               "Score 1/4: no late penalty."]
    assert LateNote.of(Late(), report) is None and LateNote.of(None, report) is None


def test_a_rule_edited_by_hand_is_escaped_everywhere(tmp_path, write):
    course, out = _course(write), tmp_path / "out"
    _run("grade", course, "--out", out, "--due", "2024-03-01 17:00 UTC", "--late-penalty", "per-day:1")
    db = sqlite3.connect(out / "gradebook.sqlite")
    db.execute("UPDATE submissions SET late_rule = ? WHERE student = 'gus'", ("<b>x</b>|`y`\x1b[2J",))
    db.commit()
    db.close()
    _run("export", "--format", "gradescope", "--gradebook", out / "gradebook.sqlite", "--out", tmp_path / "gs")
    output = json.loads((tmp_path / "gs" / "gus" / "results.json").read_text())["output"]
    assert "\x1b" not in output and "Late rule: <b>x</b>|`y`\\x1b[2J." in output
    note = _note("<b>x</b>|`y`\x1b[2J")
    report = fake_grade("gus", {"losses": "HALF"})
    page = FORMATS["html"].render(report, late=note)
    assert "&lt;b&gt;x&lt;/b&gt;" in page and "<b>x" not in page and "\x1b" not in page
    markdown = FORMATS["md"].render(report, late=note)
    assert "<b>x" not in markdown and "\x1b" not in markdown and "|`y`" not in markdown
    assert "\x1b" not in FORMATS["text"].render(report, late=note)


def test_the_heading_shows_the_final_score():
    """The heading said 56/56 where the final score after the late penalty was 50.4: each format's first score is
    the final one, the penalty said; a late submission with no penalty keeps its plain score."""
    report, note = fake_grade("gus", {"losses": "HALF"}), _note()
    said = "0.6/4 after a late penalty of 0.4 points (1/4 before)"
    assert f"Total: {said}" in FORMATS["text"].render(report, late=note)
    assert FORMATS["md"].render(report, late=note).startswith(f"# Feedback for gus: {said}\n")
    assert f"<h1>Feedback for gus: {said}</h1>" in FORMATS["html"].render(report, late=note)
    unpenalised = LateNote.of(Late(None, None, 3600.0, 0.0, "none"), report)
    assert FORMATS["md"].render(report, late=unpenalised).startswith("# Feedback for gus: 1/4\n")
