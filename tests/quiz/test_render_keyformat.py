"""How the key prints answers and tolerances, and what sheets ask for."""

import pytest

from mlptutor.question_bank.render.keyformat import format_answer, request_text, tolerance, tolerance_text


def spec(kind="numeric", rtol=0.001, atol=0.0005, decimals=3, **extra):
    return {"name": "x", "type": kind, "label": "x", "rtol": rtol, "atol": atol, "decimals": decimals, **extra}


def test_format_answer_per_type():
    assert format_answer(spec(), 0.65900004, {}) == "0.659"
    assert format_answer(spec("vector", decimals=2), [1, -0.0001], {}) == "[1.00, 0.00]"
    assert format_answer(spec("matrix", decimals=0), [[1, 2], [3, 4]], {}) == "[[1, 2], [3, 4]]"
    assert format_answer({"type": "choice"}, "b", {"options": {"a": "no", "b": "yes"}}) == "b — yes"
    assert format_answer({"type": "symbolic"}, "p_i - y_i", {}) == "p_i - y_i"


def test_tolerance_is_relative_with_an_absolute_floor():
    assert tolerance(spec(), 100.0) == pytest.approx(0.1)
    assert tolerance(spec(), 0.01) == 0.0005
    assert tolerance(spec(rtol=0, atol=0), 5) == 0


@pytest.mark.parametrize("rtol, atol, text", [
    (0, 0, "accepted: exactly this value"),
    (0, 0.001, r"accepted: $|x - k| \le 0.001$"),
    (0.01, 0, r"accepted: $|x - k| \le 0.01\,|k| = 0.025$"),
    (0.001, 0.0005, r"accepted: $|x - k| \le \max(0.001\,|k|,\ 0.0005) = 0.0025$"),
])
def test_tolerance_text(rtol, atol, text):
    assert tolerance_text(spec(rtol=rtol, atol=atol), 2.5) == text


def test_tolerance_text_for_other_kinds():
    assert tolerance_text(spec("vector", 0, 0), [1]) == "accepted: exactly these entries"
    symbolic = {"type": "symbolic", "variables": {"z": [-3, 3]}}
    assert tolerance_text(symbolic, "z") == r"accepted: any equivalent formula (compared at random points with $z \in [-3, 3]$)"


def test_request_text():
    assert request_text(spec(decimals=0)) == "a whole number"
    assert request_text(spec()) == "a number, to 3 decimals"
    assert request_text(spec("matrix", decimals=2)) == "a matrix, entries to 2 decimals"
    assert request_text({"type": "symbolic", "variables": {"y": [0, 1], "p": [0, 1]}}) == "a formula in $p$, $y$"
    assert request_text({"type": "choice"}) == "one option letter"
