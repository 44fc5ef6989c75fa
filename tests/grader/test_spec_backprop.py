"""grader/specs/backprop.py: full marks for the correct solution (with the student's own mlp.py), mistakes named."""

from spec_cases import Appended, SpecTests, failed, grade_edits, source


MLP = {"mlp": source("tests/solutions", "mlp")}


class TestBackpropSpec(SpecTests):
    exercise = "backprop"
    others = MLP

    def test_gradient_checks_fail_on_a_wrong_derivative(self, named):
        message = failed(named["backprop-no-activation-derivative"], "gradient").message
        assert "against the reference: the gradient for W" in message

    def test_without_the_students_mlp_the_backward_keeps_full_marks(self, grader):
        report = grader.grade({"backprop": source("tests/solutions", "backprop")}, student="no-mlp")
        gradients = [r for r in report.checks if r.check.startswith("gradient")]
        assert gradients and all(r.points == r.max_points and "note:" not in r.message for r in gradients)

    def test_gradients_kept_between_calls_show_in_a_shallower_networks_keys(self, grader):
        kept = Appended("kept", ("mlp_backward",), """
            _GRADS = {}


            def mlp_backward(dout, caches):
                dA = dout
                for l in range(len(caches), 0, -1):
                    cache = caches[l - 1]
                    delta = dA * _derivative(cache["Z"], cache["activation"])
                    _GRADS[f"W{l}"] = cache["A_prev"].T @ delta
                    _GRADS[f"b{l}"] = delta.sum(axis=0)
                    dA = delta @ cache["W"].T
                return _GRADS
        """)
        rows = grade_edits(grader, "backprop", [kept], MLP)["kept"]
        assert "call 2 returned the keys ['W2', 'W3', 'b2', 'b3'] besides its own" in failed(rows, "keys").message
        # the value checks take extra keys; the dict handed out again by every call is named on their rows
        assert all(r.passed or r.mistake == "relation:returned-again" for r in rows if r.check != "keys")
