"""question_bank/questions/gradient-clipping: its key and its named mistake on a variant worked by hand (course
section 14.11: clipping rescales the gradient so that its global norm is at most the threshold)."""

import pytest

from mlptutor.question_bank.loader import load_question


def test_the_key_and_the_mistake_on_a_hand_worked_variant():
    question = load_question("gradient-clipping")
    params = {"dW": [3.0, 0.0, 0.0], "db": [4.0], "max_norm": 1.0}  # ||(3, 0, 0, 4)|| = 5: scaled by 1/5
    key = question.solve(params)["answers"]
    assert key["norm"] == pytest.approx(5.0) and key["dW"] == pytest.approx([0.6, 0.0, 0.0])
    [alone] = question.mistakes  # db left out: ||dW|| = 3, dW scaled by 1/3
    assert alone.answers(params) == {"norm": pytest.approx(3.0), "dW": pytest.approx([1.0, 0.0, 0.0])}


def test_every_variant_is_clipped():
    """The worked solution says the norm exceeds tau: the generator keeps tau at least 0.5 below it."""
    import numpy as np

    question = load_question("gradient-clipping")
    rng = np.random.default_rng(0)
    for _ in range(200):
        params = question.generate(rng)
        assert question.solve(params)["answers"]["norm"] >= params["max_norm"] + 0.5
