import pytest

from mlptutor.question_bank.answers import AnswerFormatError, AnswerMistake, check_answer, parse_array, parse_number

NUMBER = {"name": "x", "type": "numeric", "rtol": 0.01, "atol": 0.001}
INTEGER = {"name": "n", "type": "numeric", "rtol": 0, "atol": 0}
VECTOR = {"name": "p", "type": "vector", "rtol": 0, "atol": 0.001}
MATRIX = {"name": "W", "type": "matrix", "rtol": 0, "atol": 0.001}
CHOICE = {"name": "c", "type": "choice"}


@pytest.mark.parametrize("text, value", [
    ("0.5", 0.5), (" -1.5e-3 ", -1.5e-3), (".25", 0.25), ("1/4", 0.25), ("-3/4", -0.75),
    ("109,386", 109386), ("\u22122", -2.0), ("1e3", 1000.0),
])
def test_parse_number_accepts(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text, reason", [
    ("abc", "is not a number"), ("1/0", "divides by zero"), ("2e", "is not a number"),
    ("__import__('os')", "is not a number"), ("1,2", "decimal comma"), ("inf", "is not a number"),
])
def test_parse_number_rejects_with_reason(text, reason):
    with pytest.raises(AnswerFormatError, match=reason):
        parse_number(text)


@pytest.mark.parametrize("text, rows", [
    ("[0.659, 0.242, 0.099]", [[0.659, 0.242, 0.099]]),
    ("0.659 0.242 0.099", [[0.659, 0.242, 0.099]]),
    ("1 2; 3 4", [[1, 2], [3, 4]]),
    ("[[1, 2], [3, 4]]", [[1, 2], [3, 4]]),
    ("1, 2\n3, 4", [[1, 2], [3, 4]]),
])
def test_parse_array(text, rows):
    assert parse_array(text) == rows


def test_parse_array_rejects_ragged_rows():
    with pytest.raises(AnswerFormatError, match="different lengths"):
        parse_array("[[1, 2], [3]]")


@pytest.mark.parametrize("spec, expected, text, correct, message", [
    (NUMBER, 3.4, "3.4", True, "correct"),
    (NUMBER, 3.4, "17/5", True, "correct"),
    (NUMBER, 3.4, "3.41", True, "correct"),            # within 1 %
    (NUMBER, 3.4, "3.6", False, "too large"),
    (NUMBER, -4.5, "4.5", False, "wrong sign"),
    (NUMBER, 0.0004, "0.0013", True, "correct"),        # the absolute floor
    (INTEGER, 26, "26", True, "correct"),
    (INTEGER, 26, "26.4", False, "too large"),
    (INTEGER, 109386, "109,386", True, "correct"),
    (VECTOR, [0.659, 0.242, 0.099], "0.659 0.242 0.099", True, "correct"),
    (VECTOR, [0.659, 0.242, 0.099], "[[0.659], [0.242], [0.099]]", True, "correct"),
    (VECTOR, [0.659, 0.242, 0.099], "0.659 0.242", False, "expected 3 entries, got 2 entries"),
    (VECTOR, [0.659, 0.242, 0.099], "0.659 0.3 0.099", False, "entry 2 = 0.3 is too large"),
    (VECTOR, [0.659, -0.242, 0.099], "0.659 0.242 0.099", False, "entry 2 = 0.242 has the wrong sign"),
    (VECTOR, [0.659, 0.242, 0.099], "-0.659 -0.242 -0.099", False, "every entry has the wrong sign"),
    (MATRIX, [[1, 2], [3, 4]], "1 2; 3 4", True, "correct"),
    (MATRIX, [[1, 2], [3, 4]], "[[1, 3], [2, 4]]", False, "transposed"),
    (MATRIX, [[1, 2, 3], [4, 5, 6]], "1 2; 3 4; 5 6", False, "expected a 2x3 matrix, got a 3x2 matrix"),
    (MATRIX, [[1, 2], [3, 4]], "1 2; 3 5", False, "entry (row 2, column 2) = 5 is too large"),
])
def test_check_numbers(spec, expected, text, correct, message):
    verdict = check_answer(spec, expected, text)
    assert verdict.correct is correct
    assert message in verdict.message
    assert "\n" not in verdict.message


def test_unreadable_answer_is_marked_unreadable():
    verdict = check_answer(VECTOR, [1.0, 2.0], "one two")
    assert not verdict.correct and not verdict.readable
    assert "is not a number" in verdict.message
    short = check_answer(VECTOR, [1.0, 2.0], "0.5")
    assert not short.readable and short.message == "expected 2 entries, got 1 entry"
    assert check_answer(VECTOR, [1.0, 2.0], "1 3").readable  # the right form, a wrong value


@pytest.mark.parametrize("text, correct, readable", [
    ("b", True, True), ("B", True, True), ("(b)", True, True), (" b. ", True, True),
    ("a", False, True), ("e", False, False),
])
def test_check_choice(text, correct, readable):
    verdict = check_answer(CHOICE, "b", text, params={"options": {"a": "one", "b": "two", "c": "three"}})
    assert (verdict.correct, verdict.readable) == (correct, readable)


def test_known_mistake_is_named_with_its_hint():
    forgot_bias = AnswerMistake("no-bias", "the bias left out", "Add b.", lambda p: {"x": p["w"] * p["a"]})
    params = {"w": 2.0, "a": 3.0, "b": 1.0}
    verdict = check_answer(NUMBER, 7.0, "6", params=params, mistakes=[forgot_bias])
    assert not verdict.correct
    assert verdict.mistake == "no-bias" and verdict.hint == "Add b."
    assert "the bias left out" in verdict.message
    other = check_answer(NUMBER, 7.0, "5", params=params, mistakes=[forgot_bias])
    assert other.mistake is None and other.hint is None


def test_symbolic_answers_go_through_the_judge():
    spec = {"name": "d", "type": "symbolic", "variables": {"z": [-3.0, 3.0]}}
    key = "sigmoid(z)*(1 - sigmoid(z))"
    assert check_answer(spec, key, "exp(-z)/(1 + exp(-z))**2").correct
    wrong = check_answer(spec, key, "sigmoid(z)")
    assert not wrong.correct and wrong.readable and wrong.message
    garbage = check_answer(spec, key, "sigmoid(z")
    assert not garbage.correct and not garbage.readable


def test_a_session_s_formulas_are_judged_in_numbers_first_and_confirmed_by_sympy(monkeypatch):
    """formula_sandbox: the numbers judge in a NumPy sandbox (a wrong answer needs no SymPy), SymPy's companion,
    started once for the session, confirms a right one; no formula is right without it."""
    from mlptutor.grader.checks import symbolic
    from mlptutor.grader.sandbox import Sandbox
    from mlptutor.question_bank.answers import formula_sandbox

    monkeypatch.setattr(symbolic, "VERDICTS", symbolic.VERDICTS.fresh())  # judged here, not remembered
    confirmed, run = [], Sandbox.run

    def counted(self, modules, calls, *args, **kwargs):
        confirmed.extend(c.function for c in calls if c.function == "confirm" and "sympy" in self.preload)
        return run(self, modules, calls, *args, **kwargs)
    monkeypatch.setattr(Sandbox, "run", counted)
    spec = {"name": "d", "type": "symbolic", "variables": {"z": [-3.0, 3.0]}}
    key = "sigmoid(z)*(1 - sigmoid(z))"
    with formula_sandbox() as sandbox:
        assert sandbox.preload == ("numpy",)
        assert not check_answer(spec, key, "sigmoid(z)", sandbox=sandbox).correct and confirmed == []
        assert check_answer(spec, key, "exp(-z)/(1 + exp(-z))**2", sandbox=sandbox).correct and confirmed == ["confirm"]
        assert check_answer(spec, key, "1/(1 + exp(-z)) - 1/(1 + exp(-z))**2", sandbox=sandbox).correct
        assert confirmed == ["confirm"] * 2 and sandbox.companion(symbolic.PRELOAD) is sandbox.companion(symbolic.PRELOAD)
    with formula_sandbox(needed=False) as none:
        assert none is None
