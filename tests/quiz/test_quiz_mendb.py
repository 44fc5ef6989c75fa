"""Reviewer's findings on the quiz bank, mendb (2026-12-07): each test fails before its fix."""

import pytest

from mlptutor.question_bank.answers import check_answer
from mlptutor.question_bank.loader import load_question
from mlptutor.question_bank.variants import make_variant


@pytest.mark.parametrize("question", ["activation-from-output", "fitting-diagnosis", "loss-activation-pairing"])
def test_a_choice_graded_on_options_worded_otherwise_names_no_mistake_and_never_stops(question):
    """An older variants.json whose option wording changed since: the mistakes' `next(...)` find no option."""
    q = load_question(question)
    v = make_variant(q, "mendb", "s1")
    (spec,) = v.answer_specs
    params = {**v.params, "options": {k: f"{text} (older wording)" for k, text in v.params["options"].items()}}
    for key in v.params["options"]:
        verdict = check_answer(spec, v.answers[spec["name"]], key, params=params, mistakes=q.mistakes)
        assert verdict.mistake is None
