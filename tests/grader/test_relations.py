"""The relation finder (grader/relations): each kind on a small synthetic case, none for right values
or noise, and end to end on wrong functions graded with the mistake catalogue emptied, so that only the
finder can explain them (the wrong functions below are written for this test, not the catalogue's)."""

from dataclasses import replace

import numpy as np
import pytest

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.feedback.html import render_html
from mlptutor.grader.feedback.markdown import render_markdown
from mlptutor.grader.feedback.text import render_text
from mlptutor.grader.pipeline import Grader
from mlptutor.grader.relations import Setting, find
from mlptutor.grader.relations.examples import public_draws
from mlptutor.grader.specs import load_specs
from mlptutor.reference import activations as act
from mlptutor.reference import layers, losses, regularization
from mlptutor.reference import softmax as sm

RNG = np.random.default_rng(7)
SIZES = ((2, 3), (3, 4), (5, 2))
ACTIVATIONS = tuple((name, getattr(act, name)) for name in ("sigmoid", "sigmoid_grad", "tanh", "tanh_grad",
                                                            "relu", "relu_grad"))


def evidence(wrong, cases, pick=None):
    """Evidence of a wrong function on cases (tuples of arguments), as a check would record it."""
    def picked(value):
        for key in pick or ():
            value = value[key]
        return value
    return [Evidence(c, {}, picked(wrong(*c)), pick) for c in cases]


def normal(*shape, scale=1.0):
    return RNG.normal(0.0, scale, size=shape)


def logits_cases():
    return [(normal(n, k, scale=3.0), np.eye(k)[RNG.integers(0, k, n)]) for n, k in SIZES]


def rows_cases():
    return [(normal(n, k, scale=2.0),) for n, k in SIZES]


def backward_cases():
    return [(normal(n, k + 1), (normal(n, k), normal(k, k + 1), normal(k + 1))) for n, k in SIZES]


def forward_cases():
    return [(normal(n, k), normal(k, k + 2), normal(k + 2)) for n, k in SIZES]


def found(setting, items):
    relation = find(setting, items)
    return None if relation is None else (relation.kind, relation.line)


CE = Setting(losses.cross_entropy_with_logits_grad, "cross_entropy_with_logits_grad")
BACKWARD = Setting(layers.dense_backward, "dense_backward", ("dA", "dW", "db"))
SIGMOID_GRAD = Setting(act.sigmoid_grad, "sigmoid_grad", siblings=ACTIVATIONS)
LOG_SOFTMAX = Setting(sm.log_softmax, "log_softmax", siblings=(("softmax", sm.softmax), ("log_softmax", sm.log_softmax)))
RELU_GRAD = Setting(act.relu_grad, "relu_grad", siblings=ACTIVATIONS)


def log_softmax32(Z):
    """log_softmax worked out in float32 throughout."""
    Z = Z.astype(np.float32)
    shifted = Z - Z.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def right_ce(Z, Y):
    return losses.cross_entropy_with_logits_grad(Z, Y)


SYNTHETIC = [
    ("factor 1/N", BACKWARD, lambda dZ, c: (dZ @ c[1].T, c[0].T @ dZ / len(dZ), dZ.sum(axis=0)), backward_cases,
     "factor", "your dW is the right dW times 1/N (N, the batch size)"),
    ("factor 1/K instead of 1/N", CE, lambda Z, Y: right_ce(Z, Y) * len(Z) / Z.shape[1], logits_cases,
     "factor", "times N/K"),
    # said once, not "with the sign flipped: the sign is flipped: check ..."
    ("sign", CE, lambda Z, Y: -right_ce(Z, Y), logits_cases, "factor",
     "with the sign flipped: check the order of a difference or a minus sign"),
    ("factor 2", CE, lambda Z, Y: 2 * right_ce(Z, Y), logits_cases, "factor", "twice the right"),
    ("constant factor", CE, lambda Z, Y: 0.3 * right_ce(Z, Y), logits_cases, "factor", "times 0.3"),
    ("transpose", BACKWARD, lambda dZ, c: (dZ @ c[1].T, dZ.T @ c[0], dZ.sum(axis=0)), backward_cases,
     "transpose", "your dW is the transpose of the right dW"),
    ("axis", LOG_SOFTMAX, lambda Z: Z - np.log(np.exp(Z).sum(axis=0, keepdims=True)), rows_cases,
     "axis", "along the first axis"),
    ("argument: the output in place of the input", SIGMOID_GRAD, lambda z: act.sigmoid_grad(act.sigmoid(z)),
     rows_cases, "argument", "taken at sigmoid(z) instead of at z"),
    ("missing term", Setting(layers.dense_forward, "dense_forward"), lambda A, W, b: (A @ W, (A, W, b)), forward_cases,
     "missing-term", "without its b term"),
    ("another function", LOG_SOFTMAX, lambda Z: sm.softmax(Z), rows_cases, "argument", "what softmax gives"),
    ("offset per row", LOG_SOFTMAX, lambda Z: Z - Z.max(axis=-1, keepdims=True), rows_cases, "offset", "per row"),
    ("offset", CE, lambda Z, Y: right_ce(Z, Y) + 0.5, logits_cases, "offset", "+ 0.5"),
    ("float32", LOG_SOFTMAX, lambda Z: log_softmax32(Z), rows_cases, "float32", "float32 precision"),
    ("signs of some entries", CE, lambda Z, Y: np.abs(right_ce(Z, Y)), logits_cases, "sign", "wrong sign in"),
    ("square", CE, lambda Z, Y: right_ce(Z, Y) ** 2, logits_cases, "square", "the square of the right one"),
    ("rows shifted", CE, lambda Z, Y: np.roll(right_ce(Z, Y), 1, axis=0), logits_cases, "rows", "shifted by 1"),
    ("some rows: where the input is 0", RELU_GRAD, lambda z: (z >= 0).astype(float),
     lambda: [(np.array([[-1.0, 0.0, 2.0], [0.0, 3.0, -2.0]]),), *rows_cases()], "some-rows", "exactly 0"),
    ("some rows: one class", CE, lambda Z, Y: np.where(Y[:, :1] == 1, 3 * right_ce(Z, Y), right_ce(Z, Y)),
     lambda: [(normal(6, 3, scale=3.0), np.eye(3)[[0, 1, 2, 0, 1, 2]])], "some-rows", "class is 0"),
    ("some rows: large values", LOG_SOFTMAX, lambda Z: np.where(np.abs(Z).max(axis=1, keepdims=True) > 50,
                                                                 np.nan, sm.log_softmax(Z)),
     lambda: [(np.vstack([normal(3, 3), [[900.0, 0.0, -3.0]]]),)], "some-rows", "rows with large values"),
    ("some rows: batch of one", CE, lambda Z, Y: right_ce(Z, Y) * (2.0 if len(Z) == 1 else 1.0),
     lambda: [(normal(1, 3), np.eye(3)[[1]]), *logits_cases()], "some-rows", "batch of one"),
    ("dtype", RELU_GRAD, lambda z: z > 0, rows_cases, "dtype", "as True/False"),
    ("constant", RELU_GRAD, lambda z: np.zeros_like(z), rows_cases, "constant", "0 in every entry"),
    ("entrywise factor", BACKWARD, lambda dZ, c: ((dZ @ c[1].T) * c[0], c[0].T @ dZ, dZ.sum(axis=0)),
     backward_cases, "factor", "multiplied entry by entry by cache[0]"),
    ("a constant over N", Setting(losses.mse, "mse"), lambda a, b: 0.5 / len(a), logits_cases, "constant", "0.5 / N"),
    ("an argument returned", CE, lambda Z, Y: Y, logits_cases, "argument", "the argument Y itself"),
    ("mirrored branches", Setting(act.leaky_relu, "leaky_relu"), lambda z, alpha=0.01: -act.leaky_relu(-z),
     rows_cases, "argument", "mirrored"),
    ("minus the right one plus a constant", Setting(act.tanh_grad, "tanh_grad", siblings=ACTIVATIONS),
     lambda z: 1 + np.tanh(z) ** 2, rows_cases, "offset", "minus the right one plus 2"),
    ("some entries: one side of 0", Setting(act.sigmoid, "sigmoid", siblings=ACTIVATIONS),
     lambda z: np.where(z > 0, 1 / (1 + np.exp(-z)) ** 2, act.sigmoid(z)), rows_cases, "some-rows",
     "wrong exactly where the input is positive"),
    ("a total reduction", BACKWARD, lambda dZ, c: (dZ @ c[1].T, c[0].T @ dZ, float(dZ.sum())), backward_cases,
     "axis", "your db is one number, the sum of the right db's entries"),
    ("the whole result an argument", CE, lambda Z, Y: 0.5, logits_cases, "constant", "0.5 in every entry"),
    # red18: an inf everywhere is a log(0) or an overflow, not an input left out ("does not depend on the input yet")
    ("inf for every input", Setting(losses.mse, "mse"), lambda a, b: np.inf, logits_cases, "constant",
     "inf in every entry for every input: a log(0), 0/0 or overflow on the way"),
    ("reshape", LOG_SOFTMAX, lambda Z: sm.log_softmax(Z).T.reshape(Z.shape).T.reshape(-1),
     rows_cases, "reshape", None),
]


@pytest.mark.parametrize("name, setting, wrong, cases, kind, words", SYNTHETIC, ids=[s[0] for s in SYNTHETIC])
def test_relation_is_found(name, setting, wrong, cases, kind, words):
    relation = found(setting, evidence(wrong, cases()))
    if kind == "reshape":  # the right numbers in another order and shape: not a plain reshape, and said so
        assert relation is None or relation[0] != "reshape"
        return
    assert relation is not None and relation[0] == kind, relation
    assert words in relation[1], relation



def test_an_array_inside_a_dict_has_no_batch_size():
    """l2_gradient's params hold no batch: a gradient divided by params['W1']'s rows is no 'times 1/N (N, the batch
    size)', which Item.sizes once read off the first 2-D array at any depth (regularization/r17_ng_l2_grad_over_m)."""
    setting = Setting(regularization.l2_gradient, "l2_gradient")
    cases = [({"W1": normal(n, k), "b1": normal(k), "W2": normal(k, 2), "b2": normal(2)}, 0.1) for n, k in SIZES]

    def wrong(params, lam):
        return {k: g / len(params["W1"]) for k, g in regularization.l2_gradient(params, lam).items()}
    relation = found(setting, evidence(wrong, cases))
    assert relation is None or "batch size" not in relation[1], relation
    # an array passed as an argument itself still has one
    assert found(BACKWARD, evidence(SYNTHETIC[0][2], backward_cases()))[1].startswith(
        "your dW is the right dW times 1/N (N, the batch size)")

def test_a_reshape_is_found():
    relation = found(LOG_SOFTMAX, evidence(lambda Z: sm.log_softmax(Z).reshape(-1), rows_cases()))
    assert relation[0] == "reshape" and "in shape (" in relation[1] and "keep every axis" in relation[1]


def test_an_axis_too_many_is_told_to_go():
    """A keepdims sum's (n, 1) where (n,) is due: the advice is to drop the axis, not to keep every axis."""
    relation = found(LOG_SOFTMAX, evidence(lambda Z: sm.log_softmax(Z)[..., None], rows_cases()))
    assert relation[0] == "reshape" and "drop the extra axis" in relation[1], relation


def test_a_reshape_with_an_axis_too_many_says_drop_it():
    """A (1, D) row where (D,) is due (keepdims=True): the hint says to drop the axis, not to keep every axis."""
    db_row = lambda dZ, c: (dZ @ c[1].T, c[0].T @ dZ, dZ.sum(axis=0, keepdims=True))  # noqa: E731
    relation = found(BACKWARD, evidence(db_row, backward_cases()))
    assert relation[0] == "reshape" and "drop the extra axis" in relation[1], relation


def test_a_result_of_another_structure_that_is_an_argument():
    """A dict of gradients is due; the function returns its scalar argument lam."""
    from mlptutor.grader.specs.regularization import penalty_case
    cases = [penalty_case(np.random.default_rng(i), i) for i in range(3)]
    relation = found(Setting(regularization.l2_gradient, "l2_gradient"), evidence(lambda params, lam: lam, cases))
    assert relation == ("argument", "your l2_gradient is the argument lam itself, as it was passed in: "
                                    "compute the result from it")


def test_a_product_of_named_factors_is_found():
    """The L2 penalty without its lam / 2: times 2/lam, lam an argument of each call."""
    from mlptutor.grader.specs.regularization import penalty_case
    cases = [penalty_case(np.random.default_rng(i), i) for i in range(3)]
    relation = found(Setting(regularization.l2_penalty, "l2_penalty"),
                     evidence(lambda params, lam: float(sum(np.sum(v ** 2) for k, v in params.items()
                                                            if k.startswith("W"))), cases))
    assert relation[0] == "factor" and "times 2/lam" in relation[1]


def test_calls_naming_a_string_are_told_apart():
    """Wrong exactly on the calls whose arguments name 'sigmoid' (an activation of the network)."""
    from mlptutor.reference import mlp
    from mlptutor.grader.specs._networks import ARCHITECTURES, forward_case
    cases = [forward_case(2, widths, names, np.random.default_rng(i)) for i, (widths, names) in enumerate(ARCHITECTURES)]

    def wrong(X, params, activations):
        out, caches = mlp.mlp_forward(X, params, activations)
        return (out ** 3 if "sigmoid" in activations else out), caches
    relation = found(Setting(mlp.mlp_forward, "mlp_forward"), evidence(wrong, cases, pick=(0,)))
    assert relation[0] == "some-rows" and "name 'sigmoid'" in relation[1]

    def doubled(X, params, activations):
        out, caches = mlp.mlp_forward(X, params, activations)
        return (2 * out if "sigmoid" in activations else out), caches
    relation = found(Setting(mlp.mlp_forward, "mlp_forward"), evidence(doubled, cases, pick=(0,)))
    assert relation[0] == "factor" and "times 2 on the inputs that name 'sigmoid', and right on the others" in relation[1]


def test_a_cache_entry_holding_another_entry_is_found():
    """Each layer's cache keeps the layer's output A where its input A_prev belongs."""
    from mlptutor.reference import mlp
    from mlptutor.grader.specs._networks import ARCHITECTURES, forward_case
    cases = [forward_case(2, *ARCHITECTURES[3], np.random.default_rng(i)) for i in range(2)]

    def wrong(X, params, activations):
        out, caches = mlp.mlp_forward(X, params, activations)
        shifted = [{**c, "A_prev": nxt["A_prev"]} for c, nxt in zip(caches, caches[1:])]
        return out, shifted + [{**caches[-1], "A_prev": out}]
    relation = found(Setting(mlp.mlp_forward, "mlp_forward"), evidence(wrong, cases, pick=(1,)))
    assert relation[0] == "entry" and "result[1][0]['A_prev'] holds what result[1][1]['A_prev']" in relation[1]


def test_decay_applied_twice_is_the_lam_term_twice():
    params = [{"W1": normal(3, 2), "b1": normal(2)}, {"W1": normal(2, 4), "b1": normal(4), "W2": normal(4, 1),
                                                      "b2": normal(1)}]
    cases = [(p, {k: normal(*v.shape) for k, v in p.items()}, 0.1, 0.3) for p in params]

    def twice(params, grads, eta, lam):
        return {k: v - eta * (grads[k] + 2 * lam * v) if k.startswith("W") else v - eta * grads[k]
                for k, v in params.items()}
    relation = found(Setting(regularization.weight_decay_step, "weight_decay_step"), evidence(twice, cases))
    assert relation[0] == "argument" and "as if lam were 2 lam" in relation[1]


@pytest.mark.parametrize("wrong", [
    lambda Z, Y: right_ce(Z, Y),
    lambda Z, Y: right_ce(Z, Y) * (1 + 1e-10),
    lambda Z, Y: right_ce(Z, Y) + RNG.normal(0, 1e-3, Z.shape),
    lambda Z, Y: right_ce(Z, Y) * RNG.uniform(0.5, 1.5, Z.shape),
], ids=["right", "right to rounding", "noise", "noisy factor"])
def test_no_relation_for_right_values_or_noise(wrong):
    assert find(CE, evidence(wrong, logits_cases())) is None


def test_no_factor_claimed_from_zero_values():
    """Where the right value is 0 every factor fits: a factor needs entries that are not 0."""
    zero = [(np.zeros((2, 3)), np.zeros((2, 3)))]
    relation = find(Setting(losses.mse_grad, "mse_grad"), evidence(lambda a, b: np.ones((2, 3)), zero))
    assert relation is None or relation.kind != "factor"


def test_one_call_alone_is_not_enough_for_a_constant():
    """One scalar of one call fits any constant factor or offset: nothing is claimed."""
    one = [(normal(3, 2), normal(3, 2))]
    assert find(Setting(losses.mse, "mse"), evidence(lambda a, b: 0.123, one)) is None


def test_one_input_called_twice_is_one_coincidence():
    """A number equal to an argument on one input may be a coincidence, however many checks call that input (r19:
    a graph's gradient equal to an input's value on the public graph, which two checks call, was told 'your w2 is
    the argument inputs['w2'] itself'); on two inputs it is a branch that returns the argument."""
    setting = Setting(regularization.l2_penalty, "l2_penalty")
    params, other = {"W1": normal(2, 3)}, {"W1": normal(3, 2)}
    twice = find(setting, evidence(lambda params, lam: lam, [(params, 0.25), (params, 0.25)]))
    assert twice is None or twice.kind != "argument", twice
    two = find(setting, evidence(lambda params, lam: lam, [(params, 0.25), (other, 0.75)]))
    assert two is not None and "the argument lam itself" in two.line, two


# end to end: the real pipeline, the sandbox, specs without their mistake catalogue

@pytest.fixture(scope="module")
def bare(sandbox):
    """A grader whose specs know no catalogued mistakes: every explanation comes from the finder."""
    specs = {name: replace(spec, functions=tuple(replace(f, mistakes=()) for f in spec.functions), edits={})
             for name, spec in load_specs().items()}
    return Grader(sandbox, specs=specs)


WRONG = {
    "losses": """
        def mse_grad(Y_hat, Y):
            return (Y - Y_hat) / len(Y)

        def cross_entropy_with_logits_grad(Z, Y):
            E = np.exp(Z - Z.max(axis=1, keepdims=True))
            return (E / E.sum(axis=1, keepdims=True) - Y) / Z.shape[1]
        """,
    "softmax": """
        def softmax_cross_entropy_grad(logits, Y):
            return 2 * (softmax(logits) - Y) / len(logits)

        def log_softmax(Z):
            Z = np.asarray(Z, dtype=np.float64)
            if Z.ndim == 1:
                return Z - Z.max() - np.log(np.exp(Z - Z.max()).sum())
            m = Z.max(axis=0, keepdims=True)
            return Z - m - np.log(np.exp(Z - m).sum(axis=0, keepdims=True))

        def softmax_jacobian(Z):
            Z = np.asarray(Z, dtype=np.float32)
            E = np.exp(Z - Z.max(axis=-1, keepdims=True))
            s = E / E.sum(axis=-1, keepdims=True)
            return s[..., :, None] * (np.eye(s.shape[-1], dtype=np.float32) - s[..., None, :])
        """,
    "layers": """
        def dense_forward(A, W, b):
            return A @ W, (A, W, b)

        def dense_backward(dZ, cache):
            A, W, b = cache
            return (dZ @ W.T).T, A.T @ dZ, dZ.sum(axis=0)
        """,
    "activations": """
        def sigmoid_grad(z):
            s = sigmoid(z)
            return sigmoid(s) * (1 - sigmoid(s))
        """,
    "regularization": """
        def weight_decay_step(params, grads, eta, lam):
            return {k: (1 - eta * lam) * v - eta * (grads[k] + lam * v) if k.startswith("W") else v - eta * grads[k]
                    for k, v in params.items()}
        """,
}

EXPECTED = [
    ("losses", "mse_grad", "relation:factor", "with the sign flipped"),
    ("losses", "cross_entropy_with_logits_grad", "relation:factor", "times N/K"),
    ("softmax", "softmax_cross_entropy_grad", "relation:factor", "twice the right"),
    ("softmax", "log_softmax", "relation:axis", "along the first axis"),
    ("softmax", "softmax_jacobian", "relation:float32", "float32 precision"),
    ("layers", "dense_forward", "relation:missing-term", "without its b term"),
    ("layers", "dense_backward", "relation:transpose", "your dA is the transpose of the right dA"),
    ("activations", "sigmoid_grad", "relation:argument", "taken at sigmoid(z) instead of at z"),
    ("regularization", "weight_decay_step", "relation:argument", "as if lam were 2 lam"),
]


@pytest.fixture(scope="module")
def wrong_reports(bare, with_code):
    return {ex: bare.grade({ex: with_code(ex, code)}, student="related", only=[ex]) for ex, code in WRONG.items()}


@pytest.mark.parametrize("exercise, function, mistake, words", EXPECTED, ids=[f for _, f, _, _ in EXPECTED])
def test_wrong_function_is_explained_by_its_relation(wrong_reports, exercise, function, mistake, words):
    rows = [r for r in wrong_reports[exercise].checks if r.function == function and not r.passed]
    assert rows, f"{function} lost no points"
    explained = [r for r in rows if r.mistake == mistake]
    assert explained, [(r.check, r.mistake, r.hint) for r in rows]
    assert words in explained[0].hint and "\n" not in explained[0].hint


def test_counterexample_is_on_a_public_input(wrong_reports):
    """The first explained row shows input, expected and got on a public case, drawn alike for every student."""
    row = next(r for r in wrong_reports["layers"].checks if r.function == "dense_backward" and r.mistake)
    assert "for example, on the public input dZ = [[" in row.message and "expected dA = [[" in row.message
    spec = {f.name: f for f in load_specs()["layers"].functions}["dense_backward"]
    draws = public_draws(spec.checks, "layers", "dense_backward")
    shown = [np.array2string(c.args[0], precision=4, separator=", ", suppress_small=True).replace("\n", "")
             for c in draws]
    assert any(text in row.message for text in shown)


def test_right_functions_get_no_explanation(wrong_reports):
    for report in wrong_reports.values():
        assert all(r.mistake is None for r in report.checks if r.passed)


def test_renderers_show_what_is_off_and_the_example(wrong_reports):
    report = wrong_reports["layers"]
    text = render_text(report)
    assert "what is off: your dA is the transpose of the right dA" in text
    assert "\n      for example, on the public input" in text
    assert "looks like: relation:" not in text
    assert "<br>what is off: your dA is the transpose" in render_markdown(report)
    html = render_html(report)
    assert '<div class="mistake">what is off: your dA is the transpose' in html and "<code>for example" in html


def test_reruns_of_a_training_function_are_bounded_by_the_budget():
    """fit_neuron over 400 steps, off by no relation: the finder would rerun it with steps squared (160,000
    steps, 400 times the call's work); priced by the reference's own counted work, that rerun is refused and counted,
    and nothing is claimed. Over 30 steps, steps doubled is cheap: found. The right values spend nothing."""
    from mlptutor.grader.relations import Budget
    from mlptutor.grader.relations.naming import not_explored
    from mlptutor.reference import perceptron
    X = RNG.normal(size=(6, 2))
    y = (X @ np.array([1.0, -2.0]) + 0.3 > 0).astype(float)

    def setting():
        return Setting(perceptron.fit_neuron, "fit_neuron", ("w", "b", "losses"), budget=Budget())

    short = [(X, y, "logistic", 0.5, 30), (X[:4], y[:4], "logistic", 0.2, 20)]
    doubled = setting()
    relation = find(doubled, evidence(lambda X, y, m, eta, steps: perceptron.fit_neuron(X, y, m, eta, 2 * steps),
                                      short, pick=(0,)))
    assert relation is not None and relation.kind == "argument" and "steps were 2 steps" in relation.line, relation
    long = [(X, y, "logistic", 0.5, 400), (X[:4], y[:4], "logistic", 0.2, 300)]
    off = setting()
    assert find(off, evidence(lambda *c: (perceptron.fit_neuron(*c)[0] + RNG.normal(size=2),), long, pick=(0,))) is None
    assert off.budget.refused >= 1 and off.budget.spent <= Budget.TOTAL
    assert not_explored(off.budget).startswith(
        "how your values relate to the right ones was not explored in full: some candidates would rerun")
    right = setting()
    assert find(right, evidence(perceptron.fit_neuron, short, pick=(0,))) is None and right.budget.spent == 0


def _counted(x):
    """A count and a vector: the count's relation is found on some calls, the vector is right."""
    return {"n": int(x.size), "v": x * 2}


def test_a_relation_of_another_checks_calls_explains_a_row_only_where_it_predicts_every_off_value():
    from mlptutor.grader.relations.base import Relation
    from mlptutor.grader.relations.naming import _carried
    setting = Setting(_counted, "counted")
    one_less = Relation("affine", "your n is the right n - 1 on every input", "the right n - 1", ("n",),
                        lambda args, kwargs, item_pick, exp: exp - 1)
    x = np.array([1.0, 2.0, 3.0])
    fits = [Evidence((x,), {}, {"n": 2, "v": x * 2})]
    assert _carried(setting, {(): one_less}, fits) is one_less
    assert _carried(setting, {None: one_less}, fits) is one_less  # both picks are the whole result
    assert _carried(setting, {("n",): one_less}, fits) is None  # a relation of another part says nothing here
    assert _carried(setting, {(): one_less}, [Evidence((x,), {}, {"n": 1, "v": x * 2})]) is None  # n - 2
    assert _carried(setting, {(): one_less}, [Evidence((x,), {}, {"n": 2, "v": x * 3})]) is None  # v off too
    assert _carried(setting, {(): one_less}, [Evidence((x,), {}, {"n": 3, "v": x * 2})]) is None  # right: nothing


def test_an_argument_rounded_to_float32_is_said_as_such():
    """mse on Y cast to float32: a difference of nearby numbers loses more than float32's rounding of the result."""
    rng = np.random.default_rng(3)
    calls = [(rng.normal(size=(4, 3)) * 50, None) for _ in range(3)]
    calls = [(Y + 1e-3 * rng.normal(size=Y.shape), Y) for Y, _ in calls]
    setting = Setting(losses.mse, "mse")

    def cast(Y_hat, Y):
        return losses.mse(Y_hat, Y.astype(np.float32))
    found = find(setting, [Evidence(args, {}, cast(*args)) for args in calls])
    assert found.kind == "argument" and "with Y rounded to float32" in found.line, found.line
    assert find(setting, [Evidence(args, {}, losses.mse(*args)) for args in calls]) is None
    # a float64 Y that float32 holds exactly: the cast changes nothing, and another mistake is not said to be it
    halves = [(Y_hat, np.round(Y * 2) / 2) for Y_hat, Y in calls]
    doubled = find(setting, [Evidence(args, {}, 2 * losses.mse(*args)) for args in halves])
    assert doubled is None or "float32" not in doubled.line


def test_one_number_where_an_array_of_that_number_is_due_is_no_reduction():
    # identity_grad returning 1.0: the mean and the largest of an array of ones are 1, but nothing was reduced
    relation = found(Setting(act.identity_grad, "identity_grad"), evidence(lambda z: 1.0, rows_cases()))
    assert relation is None or relation[0] != "axis", relation
