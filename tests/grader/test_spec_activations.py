"""grader/specs/activations.py: the whole activation zoo scores full marks, every catalogued mistake is named."""

from spec_cases import Edit, SpecTests, failed


def define(signature, body):
    return f"""
        def {signature}:
            {body}
    """


EDITS = [
    # the first four activations (their mistakes are also exercised in test_mistakes.py)
    Edit("sigmoid-grad-z-not-s", ("sigmoid_grad",), define("sigmoid_grad(z)", "return z * (1 - z)")),
    Edit("sigmoid-grad-at-activation", ("sigmoid_grad",),
         define("sigmoid_grad(z)", "return sigmoid(sigmoid(z)) * (1 - sigmoid(sigmoid(z)))")),
    Edit("tanh-grad-no-square", ("tanh_grad",), define("tanh_grad(z)", "return 1 - np.tanh(z)")),
    Edit("tanh-grad-at-activation", ("tanh_grad",), define("tanh_grad(z)", "return 1 - np.tanh(np.tanh(z)) ** 2")),
    Edit("leaky-relu-grad-no-alpha", ("leaky_relu_grad",),
         define("leaky_relu_grad(z, alpha=0.01)", "return (np.asarray(z) > 0) * 1.0")),
    # the rest of the zoo
    Edit("identity-grad-returns-z", ("identity_grad",), define("identity_grad(z)", "return np.array(z, dtype=float)")),
    Edit("step-zero-at-zero", ("step",), define("step(z)", "return (np.asarray(z) > 0).astype(float)")),
    Edit("step-sign", ("step",), define("step(z)", "return np.where(np.asarray(z) >= 0, 1.0, -1.0)")),
    Edit("step-grad-ones", ("step_grad",), define("step_grad(z)", "return np.ones(np.shape(z))")),
    Edit("step-grad-as-step", ("step_grad", "step"), define("step_grad(z)", "return step(z)")),
    Edit("prelu-as-max", ("prelu",), define("prelu(z, alpha)", "return np.maximum(z, alpha * np.asarray(z))")),
    Edit("prelu-slope-on-positive-side", ("prelu",),
         define("prelu(z, alpha)", "return np.where(np.asarray(z) > 0, alpha * np.asarray(z), np.asarray(z, dtype=float))")),
    Edit("prelu-as-relu", ("prelu",), define("prelu(z, alpha)", "return np.maximum(0.0, np.asarray(z, dtype=float))")),
    Edit("prelu-grad-no-alpha", ("prelu_grad",),
         define("prelu_grad(z, alpha)", "return (np.asarray(z) > 0).astype(float)")),
    Edit("prelu-grad-is-alpha-grad", ("prelu_grad",),
         define("prelu_grad(z, alpha)", "return np.where(np.asarray(z) > 0, 1.0, np.asarray(z, dtype=float))")),
    Edit("prelu-grad-sides-swapped", ("prelu_grad",),
         define("prelu_grad(z, alpha)", "return np.where(np.asarray(z) > 0, alpha, 1.0) * np.ones(np.shape(z))")),
    Edit("prelu-alpha-grad-indicator", ("prelu_alpha_grad",),
         define("prelu_alpha_grad(z)", "return (np.asarray(z) <= 0).astype(float)")),
    Edit("prelu-alpha-grad-wrong-side", ("prelu_alpha_grad",),
         define("prelu_alpha_grad(z)", "return np.where(np.asarray(z) > 0, np.asarray(z, dtype=float), 0.0)")),
    Edit("prelu-alpha-grad-z-everywhere", ("prelu_alpha_grad",),
         define("prelu_alpha_grad(z)", "return np.array(z, dtype=float)")),
    Edit("gelu-tanh-for-exact", ("gelu", "gelu_tanh"), define("gelu(z)", "return gelu_tanh(z)")),
    Edit("gelu-sigmoid-approximation", ("gelu",),
         define("gelu(z)", "return np.asarray(z, dtype=float) * sigmoid(1.702 * np.asarray(z, dtype=float))")),
    Edit("gelu-erf-no-sqrt2", ("gelu",), define("gelu(z)", "return np.asarray(z, dtype=float) * 0.5 * (1 + _erf(z))")),
    Edit("gelu-grad-cdf-only", ("gelu_grad",), define("gelu_grad(z)", "return _phi_cdf(np.asarray(z, dtype=float))")),
    Edit("gelu-grad-density-without-z", ("gelu_grad",), define(
        "gelu_grad(z)", "return _phi_cdf(np.asarray(z, dtype=float)) + np.exp(-np.square(z) / 2) / np.sqrt(2 * np.pi)")),
    Edit("gelu-grad-at-activation", ("gelu_grad", "gelu"), """
        def gelu_grad(z):
            a = gelu(z)
            return _phi_cdf(a) + a * np.exp(-a**2 / 2) / np.sqrt(2 * np.pi)
    """),
    Edit("gelu-tanh-no-cubic", ("gelu_tanh",),
         define("gelu_tanh(z)", "return 0.5 * z * (1 + np.tanh(np.sqrt(2 / np.pi) * np.asarray(z, dtype=float)))")),
    Edit("gelu-tanh-no-half", ("gelu_tanh",),
         define("gelu_tanh(z)", "return np.asarray(z, dtype=float) * (1 + np.tanh(_u(np.asarray(z, dtype=float))))")),
    Edit("gelu-tanh-no-sqrt", ("gelu_tanh",), define(
        "gelu_tanh(z)", "return 0.5 * z * (1 + np.tanh(2 / np.pi * (np.asarray(z, dtype=float) + 0.044715 * np.asarray(z, dtype=float) ** 3)))")),
    Edit("gelu-tanh-grad-no-inner-derivative", ("gelu_tanh_grad",), """
        def gelu_tanh_grad(z):
            z = np.asarray(z, dtype=np.float64)
            t = np.tanh(_u(z))
            return 0.5 * (1 + t) + 0.5 * z * (1 - t**2)
    """),
    Edit("gelu-tanh-grad-first-term-only", ("gelu_tanh_grad",),
         define("gelu_tanh_grad(z)", "return 0.5 * (1 + np.tanh(_u(np.asarray(z, dtype=float))))")),
    Edit("gelu-tanh-grad-no-square", ("gelu_tanh_grad",), """
        def gelu_tanh_grad(z):
            z = np.asarray(z, dtype=np.float64)
            t = np.tanh(_u(z))
            return 0.5 * (1 + t) + 0.5 * z * (1 - t) * np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * z**2)
    """),
]


class TestActivationsSpec(SpecTests):
    exercise, edits = "activations", EDITS

    def test_max_is_told_from_prelu_by_a_slope_above_one(self, named):
        row = failed(named["prelu-as-max"], "value")
        assert 0 < row.points < row.max_points  # right wherever every slope is below 1
