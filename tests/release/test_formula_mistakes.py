"""The student's checker names a catalogued wrong formula (derivatives) as grading does, from the wrong formulas'
values at the evidence's public sample points, and the release holds no formula text of them."""

from pathlib import Path

from mlptutor.grader.specs import load_specs

SOLUTIONS = Path(__file__).resolve().parent.parent / "solutions"


def test_the_checker_names_catalogued_wrong_formulas_in_any_notation(tmp_path, student_json, bundle):
    spec = load_specs()["derivatives"]
    text = (SOLUTIONS / "derivatives.py").read_text()
    for mistake in ("derivatives-sigmoid-z-for-s", "derivatives-tanh-as-sigmoid"):  # the spec's own edits
        text = spec.edits[mistake].apply(text)
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "derivatives.py").write_text(text)
    rows = {f["name"]: c for e in student_json(tmp_path / "work")["exercises"] for f in e["functions"]
            for c in f["checks"]}
    assert rows["sigmoid_derivative"]["mistake"] == "derivatives-sigmoid-z-for-s"
    assert "this is what z written for the sigmoid's value in one factor gives" in rows["sigmoid_derivative"]["message"]
    assert rows["tanh_derivative"]["mistake"] == "derivatives-tanh-as-sigmoid"
    assert rows["softmax_diagonal"]["passed"] and rows["softmax_diagonal"]["mistake"] is None
    # what the checker names them by: their values at the points, never their formulas' text
    wrong = [m for f in spec.functions for m in f.mistakes]
    released = (bundle / "mlptutor_student" / "public" / "checks.json").read_text()
    assert wrong and not [m.variant.answer for m in wrong if m.variant.answer in released]
