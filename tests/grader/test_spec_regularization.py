"""grader/specs/regularization.py: the correct solution scores full marks, every catalogued mistake is named."""

import pytest
from spec_cases import Appended, SpecTests, failed, grade_edits


class TestRegularizationSpec(SpecTests):
    exercise = "regularization"

    @pytest.mark.parametrize("mistake, words", [
        ("dropout-no-rescale", "scales them by 1 / (1 - p)"),
        ("dropout-p-as-keep-probability", "probability of dropping"),
        ("dropout-scaled-at-eval", "scaled at eval"),
        ("dropout-active-at-eval", "active at eval"),
    ])
    def test_dropout_behaviour_says_what_is_wrong(self, named, mistake, words):
        assert words in failed(named[mistake], "behaviour").message

    def test_an_in_place_step_is_caught(self, grader):
        code = """
            def weight_decay_step(params, grads, eta, lam):
                for key in params:
                    if key.startswith("W"):
                        params[key] *= 1 - eta * lam
                    params[key] -= eta * grads[key]
                return params
        """
        rows = grade_edits(grader, "regularization", [Appended("in place", ("weight_decay_step",), code)])["in place"]
        assert "modified in place" in failed(rows, "hygiene").message

    def test_dropout_backward_unscaled_is_named_by_the_gradient_check(self, named):
        assert "unscaled mask" in failed(named["dropout-backward-unscaled"], "gradient").message
