"""grader/specs/backprop.py: full marks for the correct solution (with the student's own mlp.py), mistakes named."""

from spec_cases import Edit, SpecTests, failed, source

MLP = {"mlp": source("tests/solutions", "mlp")}


def backward(delta="dA * _derivative(cache[\"Z\"], cache[\"activation\"])", dW="cache[\"A_prev\"].T @ delta",
             db="delta.sum(axis=0)"):
    """The solution's mlp_backward with one of its three lines replaced."""
    return f"""
        def mlp_backward(dout, caches):
            grads, dA = {{}}, dout
            for l in range(len(caches), 0, -1):
                cache = caches[l - 1]
                delta = {delta}
                grads[f"W{{l}}"] = {dW}
                grads[f"b{{l}}"] = {db}
                dA = delta @ cache["W"].T
            return grads
    """


EDITS = [
    Edit("backprop-grad-at-activation", ("mlp_backward",), backward(
        delta='dA * _derivative(_activate(cache["Z"], cache["activation"]), cache["activation"])') + """
        def _activate(z, name):
            return {"identity": z, "sigmoid": 1 / (1 + np.exp(-z)), "tanh": np.tanh(z), "relu": np.maximum(z, 0)}[name]
    """),
    Edit("backprop-no-activation-derivative", ("mlp_backward",), backward(delta="dA")),
    Edit("backprop-db-not-summed", ("mlp_backward",), backward(db="delta")),
    Edit("backprop-dW-transposed", ("mlp_backward",), backward(dW='delta.T @ cache["A_prev"]')),
    Edit("backprop-extra-1/N", ("mlp_backward",), backward(dW='cache["A_prev"].T @ delta / len(dout)',
                                                          db="delta.sum(axis=0) / len(dout)")),
]


class TestBackpropSpec(SpecTests):
    exercise, edits = "backprop", EDITS
    others = MLP

    def test_gradient_checks_fail_on_a_wrong_derivative(self, named):
        message = failed(named["backprop-no-activation-derivative"], "gradient").message
        assert "against the reference: the gradient for W" in message

    def test_without_the_students_mlp_the_backward_keeps_full_marks(self, grader):
        report = grader.grade({"backprop": source("tests/solutions", "backprop")}, student="no-mlp")
        gradients = [r for r in report.checks if r.check.startswith("gradient")]
        assert gradients and all(r.points == r.max_points and "note:" not in r.message for r in gradients)
