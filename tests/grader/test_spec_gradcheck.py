"""grader/specs/gradcheck.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Appended, SpecTests, failed, grade_edits


class TestGradcheckSpec(SpecTests):
    exercise = "gradcheck"

    def test_a_check_that_calls_correct_gradients_wrong_is_told(self, named):
        assert "should be below 1e-6" in failed(named["gradient-check-forward-difference"], "behaviour").message

    def test_the_callers_arrays_are_checked_on_every_call(self, grader):
        """The calls through the known-function helper are compared with what was sent: x perturbed in place
        (left so, or restored only on the next call) and a params dict's tensor perturbed in place are told."""
        left = Appended("left", ("numerical_gradient",), """
            def numerical_gradient(f, x, h=1e-5):
                grad = np.zeros(np.shape(x))
                for i in np.ndindex(np.shape(x)):
                    old = x[i]
                    x[i] = old + h
                    up = f(x)
                    x[i] = old - h
                    down = f(x)
                    grad[i] = (up - down) / (2 * h)
                return grad
        """)
        params = Appended("params", ("gradient_check",), """
            def gradient_check(f, params, grads, h=1e-5):
                out = {}
                for name, p in params.items():
                    numeric = np.zeros(p.shape)
                    for i in np.ndindex(p.shape):
                        old = p[i]
                        p[i] = old + h
                        up = f(params)
                        p[i] = old - h
                        down = f(params)
                        p[i] = old + (h if np.ndim(p) == 1 else 0.0)  # a bias left at b_i + h, weights restored
                        numeric[i] = (up - down) / (2 * h)
                    out[name] = relative_error(grads[name], numeric)
                return out
        """)
        rows = grade_edits(grader, "gradcheck", [left, params])
        # every row of each says so (the value row first names the mistake its values show)
        assert all("argument 2 (x) was modified in place" in r.message for r in rows["left"])
        assert failed(rows["left"], "value").mistake == "numerical-gradient-perturbation-not-undone"
        assert all("argument 2 (params) was modified in place" in failed([r], r.check).message for r in rows["params"])
