"""grader/specs/experiments.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Edit, SpecTests, failed, source


def product(body):
    return f"""
        def derivative_product(z_per_layer, activation="sigmoid"):
            z = np.asarray(z_per_layer, dtype=float)
            {body}
    """


def scale(old, new):
    text = source("tests/solutions", "experiments")
    body = text[text.index("def activation_scale("):]
    assert body.count(old) == 1, old
    return body.replace(old, new)


ACTIVATE = """
        def _activate(z, activation):
            if activation == "sigmoid":
                return 1 / (1 + np.exp(-z))
            if activation == "tanh":
                return np.tanh(z)
            if activation == "relu":
                return np.maximum(z, 0.0)
            if activation == "identity":
                return z
            return np.where(z > 0, z, 0.01 * z)
"""

EDITS = [
    Edit("vanishing-product-of-activations", ("derivative_product",),
         product("return float(np.prod(_activate(z, activation)))") + ACTIVATE),
    Edit("vanishing-sum-not-product", ("derivative_product",), product("return float(np.sum(_derivative(z, activation)))")),
    Edit("vanishing-product-at-peak", ("derivative_product",),
         product("return float(np.prod(_derivative(np.zeros_like(z), activation)))")),
    Edit("activation-scale-no-relu", ("activation_scale",), scale("a = np.maximum(0, a @ W)", "a = a @ W")),
    Edit("activation-scale-variance-as-std", ("activation_scale",), scale("np.sqrt(2 / width)", "(2 / width)")),
    Edit("activation-scale-fresh-input-per-scale", ("activation_scale",),
         scale("        a, per_layer = x, []", "        a, per_layer = rng.standard_normal((batch, width)) if stds else x, []")),
]


class TestExperimentsSpec(SpecTests):
    exercise, edits = "experiments", EDITS

    def test_the_behaviour_check_tells_what_the_scale_should_do(self, named):
        assert "should vanish" in failed(named["activation-scale-no-relu"], "behaviour").message
