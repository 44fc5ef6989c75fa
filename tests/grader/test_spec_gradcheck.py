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


# The course's test functions (grader/specs/_known.py, carried by every student release) told apart by their values
# at x, each answered by its central difference's closed form: f is called once, never differenced.
FORMULAS = """
    K = 1000.0
    NET_X = np.array([[0.5, -1.0], [1.5, 0.3], [-0.7, 0.8]])
    NET_Y = np.array([[0.2], [-0.4], [1.0]])

    def _softmax(x, axis=None):
        e = np.exp(x - np.max(x, axis=axis, keepdims=True))
        return e / np.sum(e, axis=axis, keepdims=True)

    def _lse(x, axis=None):
        m = np.max(x, axis=axis, keepdims=True)
        return np.sum(m + np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True)))

    def _net(p):
        hidden = np.tanh(NET_X @ p["W1"] + p["b1"])
        d_out = (hidden @ p["W2"] + p["b2"] - NET_Y) / len(NET_X)
        d_hidden = d_out @ p["W2"].T * (1 - hidden**2)
        return {"W1": NET_X.T @ d_hidden, "b1": d_hidden.sum(axis=0), "W2": hidden.T @ d_out, "b2": d_out.sum(axis=0)}

    def _net_loss(p):
        out = np.tanh(NET_X @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"]
        return 0.5 * np.sum((out - NET_Y) ** 2) / len(NET_X)

    def _ripple(x, h):
        return np.cos(K * x) * np.sin(K * h) / (K * h)

    ARRAYS = [(lambda x: np.sum(np.sin(x)), lambda x, h: np.cos(x) * np.sin(h) / h),
              (lambda x: np.sum(np.sin(K * x)) / K, _ripple),
              (lambda x: np.sum(x**3) / 3 + np.sum(x) ** 2 / 2, lambda x, h: x**2 + h**2 / 3 + np.sum(x)),
              (_lse, lambda x, h: _softmax(x)),
              (lambda x: _lse(x, axis=-1), lambda x, h: _softmax(x, axis=-1))]

    def numerical_gradient(f, x, h=1e-5):
        x = np.asarray(x, dtype=float)
        value = f(x)
        return next((grad(x, h) for g, grad in ARRAYS if np.isclose(g(x), value, rtol=1e-12)), np.zeros_like(x))

    def numerical_gradients(f, params, h=1e-5):
        value = f(params)
        if set(params) == {"W1", "b1", "W2", "b2"} and np.isclose(_net_loss(params), value, rtol=1e-12):
            return _net(params)
        if np.isclose(sum(np.sum(np.sin(K * p)) for p in params.values()) / K, value, rtol=1e-12):
            return {k: _ripple(p, h) for k, p in params.items()}
        return {k: np.zeros(np.shape(p)) for k, p in params.items()}
"""


def test_known_test_functions_answered_by_formulas_score_nothing(grader, with_code, rows_of):
    """Every hidden case's f was one of the six known functions, so formulas of their central differences, picked by
    f's values (or name), scored numerical_gradient 4.5 of 4.5 and numerical_gradients 3 of 3 without differencing
    f; the hidden cases now tilt f by a drawn linear term that only differencing f finds."""
    report = grader.grade({"gradcheck": with_code("gradcheck", FORMULAS)})
    for function in ("numerical_gradient", "numerical_gradients"):
        rows = rows_of(report, function)
        assert sum(r.points for r in rows.values()) == 0, {n: (r.points, r.message) for n, r in rows.items()}


def test_every_gradient_check_mistake_is_one_frame_on_a_numerical_gradient_and_an_error():
    """gradient_check's mistakes are one frame, _checked(a numerical_gradient, a relative_error), on
    numerical_gradient's and relative_error's own mistakes (they were three frames and a second per-tensor loop):
    each reproduces the frame on them, and the dict-level slips are numerical_gradient's per tensor."""
    import numpy as np

    from mlptutor.grader.specs import gradcheck as spec

    def f(p):
        return float(sum(np.sum(np.sin(3 * v)) + np.sum(v) ** 3 for v in p.values()))

    rng = np.random.default_rng(1)
    params = {"W": rng.normal(size=(2, 3)), "b": rng.normal(size=3)}
    grads = {k: rng.normal(size=v.shape) for k, v in params.items()}
    pairs = [(spec.CHECK_FORWARD, spec._checked(spec.FORWARD.variant)),
             (spec.CHECK_ALL_AT_ONCE, spec._checked(spec.ALL_AT_ONCE.variant)),
             *((m, spec._checked(error=r.variant)) for m, r in zip(spec.CHECK_RELATIVE_ERRORS, spec.TOLD_APART)),
             *((m, spec._checked(n.variant)) for m, n in zip(spec.CHECK_PASSED_ON, (spec.NO_TWO, *spec.PASSED_ON)))]
    for mistake, frame in pairs:
        assert mistake.variant(f, params, grads, 1e-4) == frame(f, params, grads, 1e-4), mistake.id
    forward = spec.GRADIENTS_FORWARD.variant(f, params, 1e-4)
    assert all(np.array_equal(forward[k], spec.FORWARD.variant(lambda v, k=k: f({**params, k: v}), params[k], 1e-4))
               for k in params)


def test_a_misreported_error_does_not_show_the_hidden_answer():
    """gradient_check's cases are all hidden: a wrong report is told so without the right error (r25c: 'whose relative
    error against central differences is 0.000328' gave the answer of an input the student never sees)."""
    import numpy as np

    from mlptutor.grader.checks.cases import Case
    from mlptutor.grader.specs.gradcheck import reports_errors

    for got, right in ((1.0, 3.28e-4), (1e-9, 3.28e-11)):
        message = reports_errors({"W1": got}, {"W1": right}, Case((), {}))
        # each form a message could print the right error in: 0.000328 holds no "3.28"
        forms = {f"{right:{spec}}" for spec in (".3g", ".2g", "g", ".2e", "e")} | {
            repr(right), np.format_float_positional(right), "3.28"}
        assert message and "central differences" in message, message
        assert not [form for form in forms if form in message], (message, forms)
