"""Attacks of the thirteenth round, from outside: a class graded by `mlptutor grade` (points mean correctness; student
text is escaped wherever shown; bad input is one line)."""

import json

import numpy as np
from click.testing import CliRunner
from numpy.polynomial import chebyshev

from mlptutor.cli import cli


def _fitted_slope() -> str:
    """sigmoid's slope as a degree-28 polynomial in z/4, fitted to numbers (complex step: no derivative taken by
    hand), plus a term SymPy cannot rewrite in time: it agreed with the answer in float64 at every point compared."""
    t = np.cos(np.pi * (np.arange(400) + 0.5) / 400)
    slope = (1 / (1 + np.exp(-(4 * t + 1e-30j)))).imag / 1e-30
    text = ""
    for i, c in enumerate(chebyshev.cheb2poly(chebyshev.chebfit(t, slope, 28))[::-1]):
        number = f"{abs(c):.14e}"
        text = ("-" if c < 0 else "") + number if i == 0 else f"({text})*(z/4){'-' if c < 0 else '+'}{number}"
    return text + "+1e-15*tanh(z)**999"


# the exception's class name is the student's: markup, a formula, a terminal escape, a bidi override
NAME = "<img src=x onerror=alert(1)>|=HYPERLINK(1)\x1b[2J\u202e"
CHEAT = f'''
def sigmoid_derivative():
    return {_fitted_slope()!r}

def tanh_derivative():
    raise type({NAME!r}, (Exception,), {{}})("**bold** [link](http://x)")
'''


def test_a_derivative_fitted_to_numbers_scores_nothing_and_a_hostile_error_name_is_shown_escaped(tmp_path):
    (tmp_path / "class" / "mallory").mkdir(parents=True)
    (tmp_path / "class" / "mallory" / "derivatives.py").write_text(CHEAT)
    out = tmp_path / "out"
    ran = CliRunner().invoke(cli, ["grade", str(tmp_path / "class"), "--out", str(out), "--workers", "1"])
    assert ran.exit_code == 0, ran.output
    results = json.loads((out / "gradescope" / "mallory" / "results.json").read_text())
    scores = {t["name"]: t["score"] for t in results["tests"]}
    assert scores["derivatives.sigmoid_derivative"] == 0, results  # was full marks: SymPy's silence taken for a yes
    html = (out / "feedback" / "mallory.html").read_text()
    assert "<img" not in html and "\x1b" not in html and "\u202e" not in html and "&lt;img" in html
    markdown = (out / "feedback" / "mallory.md").read_text()
    assert "\\<img src=x onerror=alert(1)\\>\\|" in markdown and "\\[link\\](" in markdown, markdown
    assert "\x1b" not in markdown and "\u202e" not in markdown
    grades = (out / "grades.csv").read_text()
    assert "\n=" not in grades and ",=" not in grades and "\x1b" not in grades
