"""quiz23 (2026-12-07): the last session's leftovers and an outsider's term of quizzes; each test fails before its fix."""

import json
import re
import shutil
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

import pytest

from mlptutor.question_bank.answers import check_answer
from mlptutor.question_bank.drawing import told_apart
from mlptutor.question_bank.loader import QuestionError, load_question, question_ids
from mlptutor.question_bank.practice import hint, practice_variant
from mlptutor.seeding import rng


def test_a_params_py_with_next_and_no_default_is_refused_at_load_in_one_line(tmp_path):
    """A bare next(...) raised StopIteration out of grading when an older variants.json's option wording no longer
    matched: the author learns it when the question loads, at the line."""
    folder = shutil.copytree(load_question("fitting-diagnosis").folder, tmp_path / "bare-next")
    params = folder / "params.py"
    params.write_text(params.read_text() + "\n\ndef _first(options):\n    return next(k for k in options)\n")
    with pytest.raises(QuestionError) as caught:
        load_question("bare-next", tmp_path)
    message = str(caught.value)
    assert "\n" not in message and "params.py:" in message and "next(...) without a default" in message
    params.write_text(params.read_text().replace("next(k for k in options)", "next((k for k in options), None)"))
    assert load_question("bare-next", tmp_path.resolve()).id == "bare-next"


def _rounded_each_step(w0: float, factor: float, rounding: str) -> list[float]:
    """Three steps of w <- factor * w, each w rounded to 3 decimals before the next, as a student does by hand."""
    w, ws = Decimal(str(w0)), []
    for _ in range(3):
        w = (w * Decimal(str(factor))).quantize(Decimal("0.001"), rounding=rounding)
        ws.append(float(w))
    return ws


def test_gradient_descent_iterates_rounded_at_each_step_are_right_and_its_mistakes_so_rounded_are_not():
    """The statement asks for 3 decimals and says rounding each weight on is fine: atol 0.001 rejected 9 of 1,000
    variants so worked (eta c = 0.025 carries the rounding on almost unshrunk); the stale gradient, 0.0019 off the key
    at w0 = 1.1, was within that and is redrawn."""
    q = load_question("gradient-descent-iterates")
    (spec,) = q.answers
    for i in range(500):  # 4 failed before, 4 more were not told apart
        params = q.generate(rng("degeneracy", q.id, i))
        key = q.solve(params)["answers"]["iterates"]
        assert told_apart(params, {"iterates": key}, q.mistakes, q.folder / "params.py"), (i, params)
        factor = 1 - params["eta"] * params["c"]
        for rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN):
            typed = _rounded_each_step(params["w0"], factor, rounding)
            assert check_answer(spec, key, str(typed), params=params).correct, (i, params, typed)
        wrong_sign = _rounded_each_step(params["w0"], 1 + params["eta"] * params["c"], ROUND_HALF_UP)
        stale = [round(w, 3) for w in q.mistakes[1].answers(params)["iterates"]]
        for typed in (wrong_sign, stale):
            assert not check_answer(spec, key, str(typed), params=params).correct, (i, params, typed)


@pytest.mark.parametrize("question_id", question_ids())
def test_no_hint_is_a_bare_lead_in(question_id):
    """The first-step hint was a solution's first sentence alone, 'The first step: Forward pass:' (16 questions ended
    on ':', weight-decay-step on 'so one step is'): now it goes on into the formula or list item it introduces, as
    far as no answer shows, or ends the sentence."""
    question = load_question(question_id)
    for round_number in range(3):
        variant = practice_variant(question, 23, round_number)
        for level in range(1, 5):
            shown = hint(variant, question, level)
            assert not shown or not re.search(r"(:|\bis)$", shown), shown


def test_a_remake_over_another_bank_version_says_which_sheets_differ(tmp_path):
    """A term's quiz re-made after any change to the bank (a question not on it, a blank line) said 'the same seed
    drew other variants, so these sheets and key differ from any printed': a false alarm on all 150 sheets; now it
    compares the recorded variants and names the students whose sheet, key or solution changed."""
    from click.testing import CliRunner

    from mlptutor.question_bank.commands import quiz

    out = tmp_path / "quiz"
    args = ["--questions", "count-parameters", "--variants", "3", "--seed", "t", "--format", "md", "--out", str(out)]
    assert CliRunner().invoke(quiz, args).exit_code == 0
    record = json.loads((out / "variants.json").read_text(encoding="utf-8"))
    record["bank"] = "0" * 16  # made by another version of the bank, with the same variants
    (out / "variants.json").write_text(json.dumps(record), encoding="utf-8")
    same = CliRunner().invoke(quiz, args)
    assert same.exit_code == 0 and "every sheet, key and worked solution is the same" in same.output, same.output
    record["variants"][1]["solution"] += "An older wording."
    (out / "variants.json").write_text(json.dumps(record), encoding="utf-8")
    changed = CliRunner().invoke(quiz, args)
    assert "of 1 of 3 students differs from those made before (variant-02)" in changed.output, changed.output


def test_dense_forward_read_in_the_notes_layout_is_named():
    """The notes (14.2) write W with one row per unit (z = W x + b) and list 'wrong transpose in W @ x vs x @ W' as a
    common mistake; the question prints one row per input, and a square W read the notes' way was a bare 'wrong'."""
    q = load_question("dense-forward")
    course = {"x": [1.0, 2.0], "W": [[0.1, -0.2], [0.3, 0.4]], "b": [0.0, 0.1]}
    spec = next(s for s in q.answers if s["name"] == "z")
    verdict = check_answer(spec, q.solve(course)["answers"]["z"], "-0.3, 1.2", params=course, mistakes=q.mistakes)
    assert verdict.mistake == "forward-transposed-W" and "one row per input" in verdict.hint


def test_statements_and_hints_read_as_the_notes_write():
    """A teacher's reading: the notes define MSE as 1/N sum (14.4), and mse-bce's hint told a student who used it
    'This course's MSE carries 1/2'; xor-network named a k ('with k = 6 and') that no formula used."""
    from mlptutor.question_bank.variants import make_variant

    mse = load_question("mse-bce-losses")
    statement = make_variant(mse, "q23", "s1").statement
    assert "halved mean squared error" in statement and "notes'" in statement
    assert not any("course's MSE" in m.hint for m in mse.mistakes)
    xor = make_variant(load_question("xor-network"), "q23", "s1").statement
    assert re.search(r"scaled by the same factor \$k = \d+\$", xor)


def test_cross_entropy_losses_are_spread_over_a_class():
    """Its probabilities had 2 decimals: 450 sheets of a term held 75 distinct losses, and 14 of 447 pairs of
    neighbours had different variants with the same answer (a copied loss scored)."""
    q = load_question("cross-entropy-loss")
    losses = {round(q.solve(q.generate(rng("quiz", "term", f"s{i:03d}", q.id)))["answers"]["loss"], 3)
              for i in range(450)}
    assert len(losses) >= 300, len(losses)


@pytest.mark.parametrize("typed", ["Ｂ", "（ｂ）", "ｏｐｔｉｏｎ ｂ"])
def test_an_option_typed_in_fullwidth_letters_is_read(typed):
    """Numbers typed on a CJK keyboard ('０.２５') were read, an option letter was 'not an option'."""
    q = load_question("activation-from-output")
    params = {"z": -1.7, "a": -0.17, "options": {"a": "ReLU, $\\max(0, z)$",
              "b": "leaky ReLU with slope $\\alpha = 0.1$ for $z < 0$", "c": "the hyperbolic tangent $\\tanh(z)$",
              "d": "the logistic sigmoid $\\sigma(z) = 1/(1 + e^{-z})$"}}
    (spec,) = q.answers
    assert check_answer(spec, q.solve(params)["answers"]["activation"], typed, params=params).correct


def test_a_small_tolerance_in_the_key_is_a_power_of_ten_not_e_minus():
    """vanishing-gradient-product's key printed 'accepted: |x - k| <= 0.01 |k| = 3.41555e-05' in math, typeset as
    '3.41555e − 05' (e minus 05) in the PDF and HTML."""
    from mlptutor.question_bank.render.keyformat import tolerance_text

    spec = next(s for s in load_question("vanishing-gradient-product").answers if s["name"] == "grad")
    text = tolerance_text(spec, -0.0034155510)
    assert r"= 3.41555 \times 10^{-5}$" in text and "e-0" not in text, text


@pytest.mark.parametrize("question_id", ["activation-from-output", "fitting-diagnosis"])
def test_a_choice_questions_first_step_hint_has_one_form_whatever_the_key(question_id):
    """Going on past a choice's lead-in worked its first option, or read the training loss ('close to the baseline,
    so the model has not even fit the training data': underfitting), and only when that did not name the key: the
    hint's form told the answer."""
    question = load_question(question_id)
    forms = {re.sub(r"-?\d+(\.\d+)?", "N", hint(practice_variant(question, 23, r), question, 2)) for r in range(12)}
    assert len(forms) == 1, forms


def test_a_remake_over_sheets_of_another_seed_says_so(tmp_path):
    """The same bank, --seed week1 typed for week01 over the printed quiz's folder: every sheet was replaced with no
    word; a late student added to the roster is named as the one sheet that is new."""
    from click.testing import CliRunner

    from mlptutor.question_bank.commands import quiz

    out = tmp_path / "quiz"
    args = ["--questions", "count-parameters", "--format", "md", "--out", str(out)]
    assert CliRunner().invoke(quiz, [*args, "--variants", "2", "--seed", "week01"]).exit_code == 0
    assert "note:" not in CliRunner().invoke(quiz, [*args, "--variants", "2", "--seed", "week01"]).output
    typo = CliRunner().invoke(quiz, [*args, "--variants", "2", "--seed", "week1"])
    assert "held other sheets (another seed or roster)" in typo.output and "2 of 2 students" in typo.output
    late = CliRunner().invoke(quiz, [*args, "--variants", "3", "--seed", "week1"])
    assert "of 1 of 3 students differs from those made before (variant-03)" in late.output, late.output
