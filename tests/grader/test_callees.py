"""A wrong function's mistake on the rows of a function built on it is said as the callee's (grader/callees.py)."""

from pathlib import Path

SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"

DIVIDES_BY_H = """
    def numerical_gradients(f, params, h=1e-5):
        grads = {}
        for k, p in params.items():
            g = np.zeros(np.shape(p))
            for i in np.ndindex(g.shape):  # float64 copies: one slip only (a float32 tensor is a hidden case)
                up = {q: np.array(v, dtype=float) for q, v in params.items()}
                down = {q: np.array(v, dtype=float) for q, v in params.items()}
                up[k][i] += h
                down[k][i] -= h
                g[i] = (f(up) - f(down)) / h
            grads[k] = g
        return grads
"""


def test_a_callers_rows_name_the_callees_mistake_when_the_reference_on_it_gives_them(grader, with_code, rows_of):
    report = grader.grade({"gradcheck": with_code("gradcheck", DIVIDES_BY_H)}, only=["gradcheck"])
    own, caller = rows_of(report, "numerical_gradients"), rows_of(report, "gradient_check")
    assert own["value"].mistake == "numerical-gradients-no-2h"
    # the caller's own catalogue names the slip passed on (gradcheck's PASSED_ON): kept
    failing = [r for r in caller.values() if not r.passed]
    assert failing and all(r.mistake == "gradient-check-no-2h" for r in failing), [(r.check, r.mistake) for r in failing]


def test_a_callers_unexplained_rows_are_told_the_callee_fails_without_claiming_more(grader, with_code, rows_of):
    # an uncatalogued split (np.random.choice, no replay shows it): train_val_test_split said nothing before
    code = """
        def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
            perm = rng.choice(n, size=n, replace=False)
            n_train = round(fractions[0] * n)
            n_val = min(round(fractions[1] * n), n - n_train)
            return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]
    """
    report = grader.grade({"data": with_code("data", code)}, only=["data"])
    row = rows_of(report, "train_val_test_split")["value"]
    assert not row.passed and row.mistake == "relation:callee-fails", (row.mistake, row.message)
    assert row.message.endswith("the course's train_val_test_split() calls split_indices(), and your "
                                "split_indices() fails its own rows")


def test_a_relation_found_on_a_callers_rows_keeps_its_name_and_gets_the_callees_lead(grader, with_code, rows_of):
    # the bias gradient a mean (uncatalogued): neuron_gd_step's rows fit a relation of their own values
    code = (SOLUTIONS / "wrong" / "perceptron" / "r9_grad_db_mean.py").read_text()
    rows = rows_of(grader.grade({"perceptron": with_code("perceptron", code)}, only=["perceptron"]), "neuron_gd_step")
    row = rows["value"]
    assert not row.passed and row.mistake.startswith("relation:") and row.mistake != "relation:callee-fails"
    assert row.message.endswith("the course's neuron_gd_step() calls neuron_gradient(), and your "
                                "neuron_gradient() fails its own rows")


def test_a_callers_own_slip_that_a_wrong_callee_explains_too_keeps_its_name_and_says_so(grader, with_code, rows_of):
    """A gradient of the wrong sign makes a right neuron_gd_step look like a step taken uphill (its catalogued
    slip): the row keeps that name and says the student's neuron_gradient gives the same values."""
    code = """
        def neuron_gradient(X, y, w, b, model):
            dz = (y - neuron_forward(X, w, b, model)) / len(X)
            return X.T @ dz, float(dz.sum())
    """
    report = grader.grade({"perceptron": with_code("perceptron", code)}, only=["perceptron"])
    assert rows_of(report, "neuron_gradient")["value"].mistake == "neuron-gradient-sign"
    step = rows_of(report, "neuron_gd_step")["value"]
    assert step.mistake == "neuron-step-ascent"
    assert "your neuron_gradient() fails its own rows, and the reference neuron_gd_step() on it gives these values " \
           "too" in step.message


def test_a_chain_of_callers_is_told_to_fix_its_root(grader, with_code, rows_of):
    """fit_neuron -> neuron_gd_step -> neuron_gradient, the slip (uncatalogued above neuron_gradient) at the root:
    fit_neuron's rows name neuron_gradient() as the function to fix, not neuron_gd_step() (acc17: "fix
    neuron_gd_step() and fit_neuron() follows")."""
    code = """
        def neuron_gradient(X, y, w, b, model):
            out = neuron_forward(X, w, b, model)
            dz = (out - y) / len(X)
            if model == "logistic":
                dz = dz * out * (1 - out)
            return X.T @ dz, float(dz.sum())
    """
    report = grader.grade({"perceptron": with_code("perceptron", code)}, only=["perceptron"])
    step, fit = rows_of(report, "neuron_gd_step")["value"], rows_of(report, "fit_neuron")["value"]
    assert step.mistake == fit.mistake == "relation:callee"
    assert step.hint.endswith("fix neuron_gradient() and neuron_gd_step() follows.")
    assert fit.hint.endswith("fix neuron_gradient() (your neuron_gd_step() is built on it) and fit_neuron() follows.")
