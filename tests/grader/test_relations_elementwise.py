"""Relation kinds of wrong formulas and wrong branches (grader/relations: coefficients, subsets): each on a
wrong function written here (explained, with its kind and wording) and on the right one (nothing stated)."""

import numpy as np
import pytest

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.relations import Setting, find
from mlptutor.grader.specs import load_spec
from mlptutor.reference import activations, layers, losses, perceptron

Z = [np.array([-3.0, -0.5, 0.0, 0.5, 3.0]), np.linspace(-2.5, 2.5, 12).reshape(3, 4), np.array([[40.0, -1.5, 0.2]])]


def relation(setting, fn, calls):
    found = find(setting, [Evidence(args, kwargs, fn(*args, **kwargs)) for args, kwargs in calls])
    return None if found is None else (found.kind, found.line)


def setting_of(exercise, function):
    spec = load_spec(exercise)
    reference = next(f.reference for f in spec.functions if f.name == function)
    return Setting(reference, function, terms=spec.terms.get(function, ()))


def _tanh_gelu_parts(z):
    z = np.asarray(z, dtype=float)
    return z, np.tanh(np.sqrt(2 / np.pi) * (z + 0.044715 * z**3))


def gelu_tanh_grad_no_sqrt(z):
    """u'(z) without its factor sqrt(2/pi): the two terms of the chain rule both 1.25 times too large."""
    z, t = _tanh_gelu_parts(z)
    return 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * (1 + 3 * 0.044715 * z**2)


def gelu_tanh_grad_without_tanh(z):
    """(1 + tanh u) / 2 written as 1/2."""
    z, t = _tanh_gelu_parts(z)
    return 0.5 + 0.5 * z * (1 - t * t) * np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * z**2)


@pytest.mark.parametrize("wrong, kind, words", [
    (gelu_tanh_grad_no_sqrt, "term",
     "your gelu_tanh_grad is the right gelu_tanh_grad with its z (1 - tanh^2 u) sqrt(2/pi) / 2 term times 1.25 and "
     "with its z (1 - tanh^2 u) sqrt(2/pi) 3 (0.044715) z^2 / 2 term times 1.25 (the other terms right): a factor or "
     "constant inside those terms is off"),
    (gelu_tanh_grad_without_tanh, "missing-term", "without its tanh(u) / 2 term"),
])
def test_a_term_times_its_own_constant_is_named(wrong, kind, words):
    found = relation(setting_of("activations", "gelu_tanh_grad"), wrong, [((z,), {}) for z in Z])
    assert found is not None and found[0] == kind
    assert words in found[1]


def test_the_right_terms_state_nothing():
    assert relation(setting_of("activations", "gelu_tanh_grad"), activations.gelu_tanh_grad, [((z,), {}) for z in Z]) is None


def test_too_few_entries_fit_no_coefficients():
    """Four terms on five entries: nearly any values fit some coefficients, so none is claimed."""
    found = relation(setting_of("activations", "gelu_tanh_grad"), gelu_tanh_grad_no_sqrt, [((Z[0],), {})])
    assert found is None or found[0] not in ("term", "missing-term")


# ---- a branch wrong on some of its calls only ----

def neuron_forward_sigmoid_wrong_for_positive(X, w, b, model):
    """The logistic model's sigmoid written 1 / (1 - e^-z) for z >= 0: wrong on logistic calls reaching z >= 0."""
    z = X @ w + b
    if model == "linear":
        return z
    with np.errstate(all="ignore"):
        return np.where(z >= 0, 1 / (1 + np.exp(-z)) ** 2, activations.sigmoid(z))


def neuron_calls(negative=(4,)):
    rng = np.random.default_rng(3)
    calls = []
    for i, model in enumerate(["linear", "logistic", "logistic", "linear", "logistic"]):
        X = rng.normal(size=(4, 3))
        w = rng.normal(size=3)
        b = -20.0 if i in negative else 0.1  # every logit negative: the wrong branch is never taken
        calls.append(((X, w, b, model), {}))
    return calls


def test_wrong_on_some_calls_of_one_string_only():
    kind, line = relation(Setting(perceptron.neuron_forward, "neuron_forward"),
                          neuron_forward_sigmoid_wrong_for_positive, neuron_calls())
    assert kind == "some-rows"
    assert line.startswith("your neuron_forward is wrong only on inputs that name 'logistic' (2 of the 3 such inputs) "
                           "and right on every other input")


def test_one_wrong_call_of_a_string_is_no_pattern():
    found = relation(Setting(perceptron.neuron_forward, "neuron_forward"),
                     neuron_forward_sigmoid_wrong_for_positive, neuron_calls(negative=(2, 4)))
    assert found is None or "wrong only on inputs that name" not in found[1]


def _two_names(x, first, second):
    return 2.0 * x


def _two_names_wrong_on_some_pq(x, first, second):
    return 2.0 * x + x ** 2 * (first == "p" and second == "q" and x[0] > 2)


def test_wrong_calls_naming_two_strings_state_no_branch():
    """Every wrong call names both 'p' and 'q', and each also names right calls: which branch is wrong is a guess
    (a backprop through 'sigmoid' layers and an 'identity' one was told "check what your code does for 'identity'")."""
    calls = [((np.array([3.0, 1.0, 2.5]), "p", "q"), {}), ((np.array([4.0, 0.5, 1.0]), "p", "q"), {}),
             ((np.array([3.0, 1.0, 2.5]), "p", "r"), {}), ((np.array([4.0, 0.5, 1.0]), "s", "q"), {}),
             ((np.array([1.0, 2.0, 3.5]), "p", "q"), {})]
    found = relation(Setting(_two_names, "f"), _two_names_wrong_on_some_pq, calls)
    assert found is None or "name" not in found[1], found


def test_the_right_branches_state_nothing():
    assert relation(Setting(perceptron.neuron_forward, "neuron_forward"), perceptron.neuron_forward,
                    neuron_calls()) is None


# ---- right only where the input is large ----

def gelu_with_a_tanh_for_erf(z):
    """erf(z / sqrt 2) replaced by tanh(1.2 z): the same limits +-1, another curve in between."""
    z = np.asarray(z, dtype=float)
    return z * (1 + np.tanh(1.2 * z)) / 2


LARGE = Z + [np.array([-1000.0, -40.0, -1.5, 2.0, 40.0, 1000.0])]


def test_right_only_on_large_inputs():
    kind, line = relation(Setting(activations.gelu, "gelu"), gelu_with_a_tanh_for_erf, [((z,), {}) for z in LARGE])
    assert kind == "some-rows"
    assert line == ("your gelu is right only on inputs of large magnitude (|x| >= 40) and wrong on ordinary ones (up to "
                    "|x| = 3): its limits are right, the formula in between is not; check its constants and inner terms")


def test_a_right_gelu_on_large_inputs_states_nothing():
    assert relation(Setting(activations.gelu, "gelu"), activations.gelu, [((z,), {}) for z in LARGE]) is None


# ---- a factor of the input missing ----

def gelu_as_its_cdf(z):
    """Phi(z) returned for z Phi(z): at z = 0 the right value is 0 and Phi(0) = 1/2, no division shows it."""
    return activations.gelu(z) / np.where(np.asarray(z) == 0, 1.0, z) + (np.asarray(z) == 0) * 0.5


def test_a_missing_factor_of_the_input_is_named():
    kind, line = relation(Setting(activations.gelu, "gelu"), gelu_as_its_cdf, [((z,), {}) for z in Z])
    assert kind == "factor"
    assert line == ("your gelu is the right gelu divided entry by entry by z: z divides where it should not, or a "
                    "factor z is missing")


# ---- a mean over every entry ----

def mse_mean_inside(Y_hat, Y):
    """0.5 * np.mean((Y_hat - Y) ** 2) / N: np.mean where the formula sums, then the 1/N of the batch too."""
    return float(0.5 * np.mean((Y_hat - Y) ** 2) / np.shape(Y)[0])


def loss_calls():
    rng = np.random.default_rng(4)
    return [((rng.normal(size=shape), rng.normal(size=shape)), {}) for shape in [(1, 4), (3,), (5, 2), (2, 3)]]


def test_a_mean_over_every_entry_is_times_one_over_m():
    kind, line = relation(Setting(losses.mse, "mse"), mse_mean_inside, loss_calls())
    assert kind == "factor"
    assert line == ("your mse is the right mse times 1/M (M, the number of entries of the first array argument): a "
                    "mean over every entry where a sum is due inside the formula (np.mean for np.sum)")


def test_the_right_mse_states_nothing():
    assert relation(Setting(losses.mse, "mse"), losses.mse, loss_calls()) is None


def test_a_factor_that_vanishes_on_large_inputs_is_said_as_a_factor():
    """0.7 sigmoid'(z) is right where sigmoid' is 0 (large |z|): the factor says more than where it is wrong."""
    kind, line = relation(Setting(activations.sigmoid_grad, "sigmoid_grad"),
                          lambda z: 0.7 * activations.sigmoid_grad(z), [((z,), {}) for z in LARGE])
    assert (kind, line) == ("factor", "your sigmoid_grad is the right one times 0.7 (the same constant on every input): "
                                      "a constant factor too many or missing")


def test_a_constant_factor_seen_on_one_shape_says_so():
    """Calls all of one shape (a statistical check's draws) show the constant for that shape, not for every input."""
    calls = [((np.linspace(-2.0, 2.0, 6).reshape(2, 3) + k,), {}) for k in range(3)]
    kind, line = relation(Setting(activations.sigmoid_grad, "sigmoid_grad"),
                          lambda z: 0.7 * activations.sigmoid_grad(z), calls)
    assert (kind, line) == ("factor", "your sigmoid_grad is the right one times 0.7 (the same constant on 3 calls, all "
                                      "of shape (2, 3)): a constant factor too many or missing")


# ---- the right one plus a constant times an argument ----

def _decayed(decay):
    """dense_backward with decay * W added to dW (a weight decay of the student's own inside the backward)."""
    def backward(dZ, cache):
        dA, dW, db = layers.dense_backward(dZ, cache)
        return dA, dW + decay * cache[1], db
    return backward


def _dense_calls():
    rng = np.random.default_rng(3)
    shapes = [(2, 3, 2), (4, 2, 3), (1, 3, 1)]
    return [((rng.normal(size=(n, k)), (rng.normal(size=(n, d)), rng.normal(size=(d, k)), rng.normal(size=k))), {})
            for n, d, k in shapes]


def test_a_multiple_of_an_argument_added_is_named():
    kind, line = relation(Setting(layers.dense_backward, "dense_backward"), _decayed(0.02), _dense_calls())
    assert kind == "added-argument"
    assert line.startswith("your result[1] is the right one plus 0.02 times the argument cache[1]: a term the formula "
                           "does not have"), line


def _decayed_step(X, y, w, b, eta, model):
    """neuron_gd_step with a prototxt's weight_decay 0.0005 in the step: w - eta (dw + 0.0005 w)."""
    w_new, b_new = perceptron.neuron_gd_step(X, y, w, b, eta, model)
    return w_new - eta * 0.0005 * w, b_new


def test_a_multiple_of_a_number_argument_times_an_argument_added_is_named():
    """-eta 0.0005 w on calls of three learning rates: one constant times eta times w, not one constant times w."""
    rng = np.random.default_rng(5)
    calls = [((rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3), 0.3, eta, "linear"), {})
             for eta in (0.1, 0.25, 0.5)]
    kind, line = relation(Setting(perceptron.neuron_gd_step, "neuron_gd_step"), _decayed_step, calls)
    assert kind == "added-argument"
    assert line.startswith("your result[0] is the right one plus -0.0005 times eta times the argument w"), line


def test_a_multiple_of_an_argument_of_one_number_is_an_offset():
    """W all ones: dW + 0.5 W is dW + 0.5, a constant (entries.offset says it), not a term of W."""
    calls = [((dZ, (A, np.ones_like(W), b)), {}) for (dZ, (A, W, b)), _ in _dense_calls()]
    kind, line = relation(Setting(layers.dense_backward, "dense_backward"), _decayed(0.5), calls)
    assert kind == "offset", line


def test_an_argument_of_one_number_on_each_call_is_no_added_argument():
    """W all 1 on one call, all 2 on the next: dW + 0.5 W adds one number a call, not a term of W; its spread over
    all calls passed the constant guard (the test this replaces, of the right dW, never reached the family)."""
    calls = [((dZ, (A, np.full_like(W, i + 1.0), b)), {}) for i, ((dZ, (A, W, b)), _) in enumerate(_dense_calls())]
    kind, line = relation(Setting(layers.dense_backward, "dense_backward"), _decayed(0.5), calls)
    assert kind != "added-argument", line


def _doubled(x):
    """2 x, a right value itself proportional to its argument x."""
    return 2.0 * np.asarray(x, dtype=float)


def test_a_right_value_proportional_to_the_argument_is_scaled_not_added_to():
    """2.5 x for 2 x is the right one times 1.25, not 'the right one plus 0.5 times the argument x'."""
    calls = [((np.random.default_rng(seed).normal(size=(3, 4)),), {}) for seed in range(3)]
    kind, line = relation(Setting(_doubled, "doubled"), lambda x: 2.5 * np.asarray(x, dtype=float), calls)
    assert kind != "added-argument", line


# ---- an argument times a named factor ----

def test_an_argument_times_a_named_factor_is_named():
    """gelu(z) returned as z / 2 (Phi(z) written as its value at 0), the finder told no terms."""
    kind, line = relation(Setting(activations.gelu, "gelu"), lambda z: np.asarray(z, dtype=float) / 2,
                          [((z,), {}) for z in Z])
    assert (kind, line) == ("argument", "your gelu is the argument z times 1/2, not computed from it: the rest of the "
                                        "formula around z is missing")


def test_a_factor_that_is_another_function_of_the_exercise_at_the_argument():
    """sigmoid'(z) written as 1 - s: the right one over sigmoid(z), a function of the exercise at z."""
    spec = load_spec("activations")
    setting = Setting(activations.sigmoid_grad, "sigmoid_grad",
                      siblings=tuple((f.name, f.reference) for f in spec.functions))
    calls = [((np.random.default_rng(seed).normal(size=(3, 4)),), {}) for seed in range(3)]
    kind, line = relation(setting, lambda z: 1 - activations.sigmoid(z), calls)
    assert kind == "factor" and line.startswith(
        "your sigmoid_grad is the right sigmoid_grad divided entry by entry by sigmoid(z): sigmoid(z) divides where it "
        "should not, or a factor sigmoid(z) is missing")
    # the right one times itself is its square, not a factor of another function; the right one says nothing
    square = relation(setting, lambda z: activations.sigmoid_grad(z) ** 2, calls)
    assert square is None or "entry by entry by" not in square[1]
    assert relation(setting, activations.sigmoid_grad, calls) is None


# ---- a factor written in another form of its argument ----

PROBABILITIES = [((np.array([[0.2, 0.7], [0.9, 0.4]]), np.array([[0.0, 1.0], [1.0, 0.0]])), {}),
                 ((np.array([0.0, 0.35, 0.6, 1.0]), np.array([0.0, 1.0, 1.0, 1.0])), {})]  # 0 and 1 clipped


def _bce_grad_over(denominator):
    def wrong(P, Y):
        P = np.clip(P, 1e-12, 1 - 1e-12)
        return (P - Y) / denominator(P) / len(P)
    return wrong


@pytest.mark.parametrize("denominator, said", [
    (lambda P: P * (0.0 - P),
     "times (1 - P) / (-P) entry by entry: a factor -P written as 1 - P, or a divisor 1 - P written as -P"),
    (lambda P: P * (1.0 + P), "a divisor 1 - P written as 1 + P"),
])
def test_a_factor_written_in_another_form_of_its_argument(denominator, said):
    """acc17: bce_grad's divisor (1 - P) typed as (0 - P) (the mutant bce_grad#63) was unexplained."""
    setting = setting_of("losses", "bce_grad")
    kind, line = relation(setting, _bce_grad_over(denominator), PROBABILITIES)
    assert kind == "factor" and said in line
    assert relation(setting, _bce_grad_over(lambda P: P * (1.0 - P)), PROBABILITIES) is None


# ---- one reduction of the right computation taken as another ----

def test_a_sum_taken_as_a_max_or_a_mean_is_a_reduction():
    """acc17: the mutants l2_penalty#15 (the sum over the layers a max) and fit_neuron#183 (its helper's bias gradient
    np.max(dz)) were unexplained."""
    from mlptutor.reference import regularization
    rng = np.random.default_rng(4)
    calls = [(({f"W{l}": rng.normal(size=(2, 3)) for l in range(1, n)} | {"b1": rng.normal(size=3)}, lam), {})
             for n, lam in ((3, 0.1), (4, 0.5), (3, 2.0))]

    def largest_layer(params, lam):
        return float(lam / 2 * max(np.sum(np.square(v)) for k, v in params.items() if k.startswith("W")))
    penalty = Setting(regularization.l2_penalty, "l2_penalty")
    kind, line = relation(penalty, largest_layer, calls)
    assert kind == "reduction" and line.startswith("your l2_penalty is the right one with one sum taken as a max")
    assert relation(penalty, regularization.l2_penalty, calls) is None

    def step_on_largest_dz(X, y, w, b, eta, model):  # the bias gradient the largest dz, not their sum
        dw, _ = perceptron.neuron_gradient(X, y, w, b, model)
        return w - eta * dw, b - eta * float(np.max((perceptron.neuron_forward(X, w, b, model) - y) / len(X)))
    calls = [((rng.normal(size=(n, 2)), rng.normal(size=n), rng.normal(size=2), 0.3, 0.1, "linear"), {})
             for n in (3, 5)]
    setting = Setting(perceptron.neuron_gd_step, "neuron_gd_step", names=("w", "b"),
                      siblings=(("neuron_gradient", perceptron.neuron_gradient),))
    kind, line = relation(setting, step_on_largest_dz, calls)
    assert kind == "reduction" and "one sum in the computation of neuron_gradient() taken as a max" in line


def test_the_builtin_sum_of_arrays_taken_as_a_mean_is_a_reduction():
    """acc19: the stand-in of the builtin sum ran np.mean over the list of arrays (one number for all of them) and
    dropped sum's start: a mean of the layers' arrays where their sum is due was never named."""
    import sys
    import types
    module = types.ModuleType("acc19_layers_total")
    exec("import numpy as np\n\ndef total(grads, bias):\n    return sum((2 * g for g in grads), bias)\n",
         module.__dict__)
    sys.modules[module.__name__] = module
    try:
        rng = np.random.default_rng(8)
        calls = [(([rng.normal(size=(2, 3)) for _ in range(n)], rng.normal(size=3)), {}) for n in (2, 3, 4)]
        setting = Setting(module.total, "total")
        kind, line = relation(setting, lambda grads, bias: bias + sum(2 * g for g in grads) / len(grads), calls)
        assert kind == "reduction" and line.startswith("your total is the right one with one sum taken as a mean")
        assert relation(setting, module.total, calls) is None
    finally:
        del sys.modules[module.__name__]


def test_a_reduction_of_an_argument_made_float64_is_watched():
    """acc19: the mutant layers.dense_backward#22 (db = dZ.max(axis=0)) was unexplained: the reference's
    np.asarray(dZ, dtype=np.float64) turned the watched dZ back into a plain array, whose .sum() went unseen."""
    from mlptutor.reference import layers
    rng = np.random.default_rng(3)
    calls = [((rng.normal(size=(n, 2)), (rng.normal(size=(n, 4)), rng.normal(size=(4, 2)), rng.normal(size=2))), {})
             for n in (3, 5)]

    def bias_gradient_max(dZ, cache):
        dA, dW, _ = layers.dense_backward(dZ, cache)
        return dA, dW, dZ.max(axis=0)
    setting = Setting(layers.dense_backward, "dense_backward", names=("dA", "dW", "db"))
    kind, line = relation(setting, bias_gradient_max, calls)
    assert kind == "reduction" and line.startswith("your db is the right one with one sum taken as a max")


def test_a_reduction_method_taken_along_the_other_axis_is_a_reduction():
    """acc17: the mutant layernorm_backward#31 (its helper's mean of dx_hat x_hat over the batch, axis 0, where the
    features' axis 1 is due) was unexplained: an array's own .mean() is watched too."""
    from mlptutor.reference import normalization
    rng = np.random.default_rng(6)

    def batch_mean(dout, cache):
        x_hat, dx_hat = cache["x_hat"], dout * cache["gamma"]
        dX = cache["inv_std"] * (dx_hat - dx_hat.mean(axis=1, keepdims=True)
                                 - x_hat * (dx_hat * x_hat).mean(axis=0, keepdims=True))
        return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
    calls = [((rng.normal(size=(n, 4)), normalization.layernorm_forward(rng.normal(size=(n, 4)), rng.normal(size=4),
                                                                         rng.normal(size=4))[1]), {}) for n in (3, 5)]
    setting = Setting(normalization.layernorm_backward, "layernorm_backward", names=("dX", "dgamma", "dbeta"))
    kind, line = relation(setting, batch_mean, calls)
    assert kind == "reduction" and line.startswith("your dX is the right one with one mean taken along the other axis")


# ---- wrong only on the large inputs of one sign ----

def sigmoid_grad_exp_over(z):
    """exp(z) / (1 + exp(z))^2: inf / inf = NaN for z >= 710, right everywhere else (large negative z too)."""
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(np.asarray(z, dtype=float))
        return e / (1 + e) ** 2


def test_an_overflow_on_one_sign_is_no_branch():
    # red18: was "wrong only where the input is positive and right elsewhere: check that branch of the formula"
    kind, line = relation(Setting(activations.sigmoid_grad, "sigmoid_grad"), sigmoid_grad_exp_over,
                          [((z,), {}) for z in LARGE])
    assert kind == "some-rows"
    assert line == ("your sigmoid_grad is wrong only for large positive inputs (x >= 1e+03; right up to |x| = 40 and for "
                    "every negative input): overflow or a lost digit, use a numerically stable form")
