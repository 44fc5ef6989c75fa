"""grader/specs/regularization.py: the correct solution scores full marks, every catalogued mistake is named."""

import pytest
from spec_cases import Edit, SpecTests, failed, grade_edits


def dropout(keep="rng.random(A.shape) >= p", scale="1 - p", eval_mask="np.ones_like(A)"):
    """The solution's dropout_forward with one of its lines replaced."""
    return f"""
        def dropout_forward(A, p, rng, mode="train"):
            if mode == "eval":
                mask = {eval_mask}
            else:
                keep = {keep}
                mask = keep / ({scale})
            return A * mask, {{"mask": mask}}
    """


def decay_step(weights, biases="value - eta * grads[key]"):
    return f"""
        def weight_decay_step(params, grads, eta, lam):
            new = {{}}
            for key, value in params.items():
                new[key] = {weights} if key.startswith("W") else {biases}
            return new
    """


FORWARD = ("dropout_forward", "dropout_backward")  # the backward's gradient check calls the forward (for a note)

EDITS = [
    Edit("l2-penalty-on-biases", ("l2_penalty",), """
        def l2_penalty(params, lam):
            return float(lam / 2 * sum(np.sum(v ** 2) for v in params.values()))
    """),
    Edit("l2-penalty-no-half", ("l2_penalty",), """
        def l2_penalty(params, lam):
            return float(lam * sum(np.sum(v ** 2) for k, v in params.items() if k.startswith("W")))
    """),
    Edit("l2-gradient-on-biases", ("l2_gradient",), """
        def l2_gradient(params, lam):
            return {k: lam * v for k, v in params.items()}
    """),
    Edit("l2-gradient-no-lambda", ("l2_gradient",), """
        def l2_gradient(params, lam):
            return {k: v.copy() if k.startswith("W") else np.zeros_like(v) for k, v in params.items()}
    """),
    Edit("l2-gradient-factor-2", ("l2_gradient",), """
        def l2_gradient(params, lam):
            return {k: 2 * lam * v if k.startswith("W") else np.zeros_like(v) for k, v in params.items()}
    """),
    Edit("weight-decay-wrong-sign", ("weight_decay_step",), decay_step("(1 + eta * lam) * value - eta * grads[key]")),
    Edit("weight-decay-on-biases", ("weight_decay_step",), decay_step(
        "(1 - eta * lam) * value - eta * grads[key]", biases="(1 - eta * lam) * value - eta * grads[key]")),
    Edit("weight-decay-without-eta", ("weight_decay_step",), decay_step("(1 - lam) * value - eta * grads[key]")),
    Edit("dropout-no-rescale", FORWARD, dropout(scale="1")),
    Edit("dropout-scaled-at-eval", FORWARD, dropout(eval_mask="np.full(A.shape, 1 - p)")),
    Edit("dropout-active-at-eval", FORWARD, dropout(eval_mask="(rng.random(A.shape) >= p) / (1 - p)")),
    Edit("dropout-p-as-keep-probability", FORWARD, dropout(keep="rng.random(A.shape) < p", scale="p")),
    Edit("dropout-backward-unscaled", ("dropout_backward",), """
        def dropout_backward(dout, cache):
            return dout * (cache["mask"] > 0)
    """),
]


class TestRegularizationSpec(SpecTests):
    exercise, edits = "regularization", EDITS

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
        rows = grade_edits(grader, "regularization", [Edit("in place", ("weight_decay_step",), code)])["in place"]
        assert "modified in place" in failed(rows, "hygiene").message

    def test_dropout_backward_unscaled_is_named_by_the_gradient_check(self, named):
        assert "unscaled mask" in failed(named["dropout-backward-unscaled"], "gradient").message
