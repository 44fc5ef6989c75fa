"""grader/specs/gradcheck.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Edit, SpecTests, failed

NUMERICAL = """
        def numerical_gradient(f, x, h=1e-5):
            x = np.array(x, dtype=float)
            grad = np.zeros_like(x)
            for i in np.ndindex(x.shape):
                step = np.zeros_like(x)
                step[i] = h
                grad[i] = {quotient}
            return grad
"""
GRADIENTS = """
        def numerical_gradients(f, params, h=1e-5):
            return {{name: _numeric(lambda value, name=name: f({{**params, name: value}}), params[name], h) for name in params}}


        def _numeric(f, x, h):
            x = np.array(x, dtype=float)
            grad = np.zeros_like(x)
            for i in np.ndindex(x.shape):
                step = np.zeros_like(x)
                step[{index}] = h
                grad[i] = {quotient}
            return grad
"""
CHECK = """
        def gradient_check(f, params, grads, h=1e-5):
            numeric = {numeric}
            return {{name: {error} for name in params}}
"""
RELATIVE = """
        def relative_error(a, b, floor=1e-8):
            a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
            return float(np.linalg.norm(a - b) / {denominator})
"""
FORWARD = "(f(x + step) - f(x)) / h"
NO_TWO = "(f(x + step) - f(x - step)) / h"
CENTRAL = "(f(x + step) - f(x - step)) / (2 * h)"

EDITS = [
    Edit("numerical-gradient-forward-difference", ("numerical_gradient",), NUMERICAL.format(quotient=FORWARD)),
    Edit("numerical-gradient-no-2h", ("numerical_gradient",), NUMERICAL.format(quotient=NO_TWO)),
    Edit("numerical-gradient-all-entries-at-once", ("numerical_gradient",),
         NUMERICAL.format(quotient=CENTRAL).replace("step[i] = h", "step += h")),
    Edit("numerical-gradients-forward-difference", ("numerical_gradients",), GRADIENTS.format(index="i", quotient=FORWARD)),
    Edit("numerical-gradients-no-2h", ("numerical_gradients",), GRADIENTS.format(index="i", quotient=NO_TWO)),
    Edit("numerical-gradients-all-entries-at-once", ("numerical_gradients",), GRADIENTS.format(index="...", quotient=CENTRAL)),
    Edit("relative-error-max-denominator", ("relative_error",),
         RELATIVE.format(denominator="max(max(np.linalg.norm(a), np.linalg.norm(b)), floor)")),
    Edit("relative-error-one-sided", ("relative_error",), RELATIVE.format(denominator="max(np.linalg.norm(b), floor)")),
    Edit("relative-error-no-floor", ("relative_error",), RELATIVE.format(denominator="(np.linalg.norm(a) + np.linalg.norm(b))")),
    Edit("gradient-check-absolute-error", ("gradient_check", "numerical_gradients", "numerical_gradient"),
         CHECK.format(numeric="numerical_gradients(f, params, h)", error="float(np.linalg.norm(grads[name] - numeric[name]))")),
    Edit("gradient-check-forward-difference", ("gradient_check", "relative_error"), CHECK.format(
        numeric="_forward_all(f, params, h)", error="relative_error(grads[name], numeric[name])") + GRADIENTS.format(
        index="i", quotient=FORWARD).replace("numerical_gradients", "_forward_all").replace("_numeric", "_forward_one")),
    Edit("gradient-check-all-entries-at-once", ("gradient_check", "relative_error"), CHECK.format(
        numeric="_together_all(f, params, h)", error="relative_error(grads[name], numeric[name])") + GRADIENTS.format(
        index="...", quotient=CENTRAL).replace("numerical_gradients", "_together_all").replace("_numeric", "_together_one")),
]


class TestGradcheckSpec(SpecTests):
    exercise, edits = "gradcheck", EDITS

    def test_a_check_that_calls_correct_gradients_wrong_is_told(self, named):
        assert "should be below 1e-6" in failed(named["gradient-check-forward-difference"], "behaviour").message
