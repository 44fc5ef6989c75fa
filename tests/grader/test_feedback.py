"""Renderers: text (colour only on request, capped output), JSON (Gradescope totals), Markdown."""

import json

from mlptutor.grader.feedback.json import render_json
from mlptutor.grader.feedback.markdown import render_markdown
from mlptutor.grader.feedback.summary import capped
from mlptutor.grader.feedback.text import render_text
from mlptutor.grader.model import CheckResult, SubmissionReport


def report():
    rows = [
        CheckResult("softmax", "softmax", "value", "value", 1.0, 2.0, False, "1/2 inputs right | off",
                    mistake="softmax-no-max-shift", hint="subtract the row maximum"),
        CheckResult("softmax", "softmax", "shape", "shape", 1.0, 1.0, True, "right shapes"),
        CheckResult("softmax", "log_softmax", "value", "value", 0.0, 2.0, False, "not implemented yet"),
    ]
    return SubmissionReport("dana", rows, problems=["notes.py: not an exercise"], output="line\n" * 500)


def test_text_marks_functions_and_names_the_mistake():
    text = render_text(report())
    assert "FAIL softmax  2/3" in text and "TODO log_softmax  0/2  not implemented yet" in text
    assert "looks like: softmax-no-max-shift" in text and "hint: subtract the row maximum" in text
    assert "notes.py: not an exercise" in text and "Total: 2/5" in text
    assert "\x1b[" not in text and "\x1b[" in render_text(report(), color=True)


def test_output_is_capped():
    text = render_text(report())
    assert text.count("  | line") == 40 and "2500 characters in all, cut" in text
    assert capped("short") == "short"


def test_json_round_trips_with_top_level_totals():
    data = json.loads(render_json(report()))
    assert (data["score"], data["max_score"]) == (2.0, 5.0)
    assert data["output"].startswith("line") and data["problems"] == ["notes.py: not an exercise"]
    assert SubmissionReport.from_dict(data).to_dict() == data


def test_markdown_tables_escape_pipes():
    md = render_markdown(report())
    assert "## softmax.py: 2/5" in md and "| `log_softmax` | all | 0/2 | not implemented yet |" in md
    assert "1/2 inputs right \\| off" in md and "mistake `softmax-no-max-shift`" in md


def test_outline_totals_match_the_report_bit_for_bit():
    from mlptutor.grader.feedback.summary import outline, total

    rows = [CheckResult("e", "f", f"c{i}", "value", 0.1, 0.3, False, "off") for i in range(7)]
    rows.insert(3, CheckResult("e", "g", "shape", "shape", 1 / 3, 1.0, False, "off"))
    rep = SubmissionReport("erin", rows)
    parts = outline(rep)
    assert (parts.score, parts.max_score) == (rep.score, rep.max_score)
    (exercise,) = parts.exercises
    assert [fn.name for fn in exercise.parts] == ["f", "g"]
    assert (exercise.score, exercise.max_score) == total([r for fn in exercise.parts for r in fn.rows])
    assert exercise.score == rep.to_dict()["exercises"][0]["score"]



def test_headings_name_the_students_file_as_the_rows_do():
    """The rows name the student's file (src/softmax.py line 20, grader/feedback/places.py); the headings said
    `softmax.py`, a file the student does not have (read24). Every renderer and the JSON round trip keep it."""
    from mlptutor.grader.feedback.html import render_html
    from mlptutor.grader.feedback.places import handed_in

    moved = handed_in(report(), {"softmax": ("src/softmax.py",), "losses": ("work.py",)})
    assert moved.files == {"softmax": ("src/softmax.py",)}  # losses is not graded here: no heading to name
    assert render_text(moved).splitlines()[1].startswith("src/softmax.py  2/5")
    assert "## src/softmax.py: 2/5" in render_markdown(SubmissionReport.from_dict(moved.to_dict()))
    assert "<h2>src/softmax.py <span" in render_html(moved)
    marked = handed_in(report(), {"softmax": ("work.py",)})
    assert "## work.py (softmax): 2/5" in render_markdown(marked)
    assert "## softmax.py: 2/5" in render_markdown(handed_in(report(), {"softmax": ("softmax.py",)}))


def test_a_check_is_named_in_a_first_year_students_words():
    """`x hygiene (hygiene) 0/1` said the check's name twice, in a word first-year students do not know (read24):
    a check named after its kind shows what the kind tests ("robustness"), another its name and that ("reuse
    (behaviour)")."""
    rows = [CheckResult("softmax", "softmax", "hygiene", "hygiene", 0.0, 1.0, False, "overflow"),
            CheckResult("softmax", "softmax", "reuse", "behaviour", 0.0, 0.5, False, "kept an array")]
    text = render_text(SubmissionReport("dana", rows))
    assert "x robustness 0/1: overflow" in text and "x reuse (behaviour) 0/0.5" in text and "hygiene" not in text
    assert "| robustness | 0/1 |" in render_markdown(SubmissionReport("dana", rows))
