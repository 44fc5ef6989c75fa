"""next() in a question's code: the loader refuses only a search without a default; a mistake that still raises
StopIteration (from a helper module) names no mistake rather than stopping the grading."""

import shutil

import pytest

from mlptutor.question_bank.answers import AnswerMistake, check_answer
from mlptutor.question_bank.loader import QuestionError, load_question
from mlptutor.question_bank.practice import practice_variant


def test_next_of_iter_loads_and_a_search_without_default_is_refused_with_the_default_form(tmp_path):
    """`next(iter(x))`, the first of a collection, was refused like a search."""
    for name, body in (("first", "next(iter(options))"), ("search", "next(k for k in options if k)")):
        folder = shutil.copytree(load_question("fitting-diagnosis").folder, tmp_path / name)  # loads are cached by id
        params = folder / "params.py"
        params.write_text(params.read_text() + f"\n\ndef _first(options):\n    return {body}\n")
    assert load_question("first", tmp_path).id == "first"
    with pytest.raises(QuestionError, match=r"next\(\(k for k in \.\.\.\), None\)"):
        load_question("search", tmp_path)


def test_a_mistake_raising_stop_iteration_names_no_mistake():
    """A mistake's answers() searching with next() in a helper module (which the loader does not read) stopped the
    grading of a wrong option with StopIteration."""
    question = load_question("fitting-diagnosis")
    variant = practice_variant(question, 0, 0)
    spec = variant.answer_specs[0]

    def helper_search(params):
        return {spec["name"]: next(k for k in params["options"] if k == "none such")}

    key = variant.answers[spec["name"]]
    wrong = next(k for k in variant.params["options"] if k != key)
    verdict = check_answer(spec, key, wrong, params=variant.params,
                           mistakes=[AnswerMistake("helper", "a helper's search", "a hint", helper_search)])
    assert not verdict.correct and verdict.mistake is None
