"""The relation kinds of random draws, names, norms, a probability's complement, a layer left out, a
catalogued mistake made in one branch, a factor in every layer and crashes on some inputs
(grader/relations: draws, names, norms, base, arguments, subsets, partial, entries, crashes): each on a
wrong function written here (explained, with its id and wording), on a near miss that must not be taken
for it where one is close, and on the right one (nothing stated)."""

import functools
import warnings

import numpy as np
import pytest

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.relations import Setting, find
from mlptutor.grader.relations.partial import partial_mistake
from mlptutor.grader.sandbox import RNG
from mlptutor.grader.specs.experiments import PRODUCT_AS_SUM, PRODUCT_AT_PEAK, PRODUCT_OF_ACTIVATIONS
from mlptutor.reference import backprop, clipping, experiments, init, mlp, perceptron, regularization
from mlptutor.reference.activations import get_activation

HE = Setting(init.he_normal, "he_normal")
DROPOUT = Setting(regularization.dropout_forward, "dropout_forward")
LAYERS = [(3, 2), (4, 6), (6, 3), (5, 5), (2, 8)]


def relation(setting, evidence):
    found = find(setting, evidence)
    return None if found is None else (found.kind, found.line)


def seeded(fn, calls):
    """Evidence of fn on (args..., seed, kwargs) calls, the generator passed as an RNG marker."""
    return [Evidence((*args, RNG(seed)), kwargs, fn(*args, np.random.default_rng(seed), **kwargs))
            for seed, (args, kwargs) in enumerate(calls)]


HE_CALLS = [((n, k), {}) for n, k in LAYERS] + [((4, 6), {"mode": "fan_out"}), ((6, 3), {"mode": "average"})]


# ---- draws ----

def he_global_rng(n_in, n_out, rng, mode="fan_in"):
    """Draws from another generator than the one passed in."""
    return init.he_normal(n_in, n_out, np.random.default_rng(10_000 + n_in * 31 + n_out), mode)


def he_global_rng_wider(n_in, n_out, rng, mode="fan_in"):
    """Another generator, and the draws 1.6 times too wide: not the right distribution."""
    W, std = he_global_rng(n_in, n_out, rng, mode)
    return 1.6 * W, std


def dropout_global_rng(A, p, rng, mode="train"):
    """The mask from another generator."""
    return regularization.dropout_forward(A, p, np.random.default_rng(int(1000 * abs(A.sum()))), mode)


def dropout_keeps_all(A, p, rng, mode="train"):
    """Every unit kept (and scaled): each entry a value the draws can give, but never a dropped one."""
    mask = np.full(A.shape, 1 / (1 - p)) if mode == "train" else np.ones_like(A)
    return A * mask, {"mask": mask}


def dropout_calls():
    rng = np.random.default_rng(5)
    return [((rng.normal(size=(n, k)), 0.3), {}) for n, k in LAYERS] + [((rng.normal(size=(2, 5)), 0.2), {"mode": "eval"})]


def test_draws_from_another_generator_are_draws():
    kind, line = relation(HE, seeded(he_global_rng, HE_CALLS))
    assert kind == "draws"
    assert "is not what the generator passed in draws, yet its values spread like the reference's" in line
    assert "(not np.random, not a new generator)" in line


def test_a_mask_from_another_generator_is_draws():
    kind, line = relation(DROPOUT, seeded(dropout_global_rng, dropout_calls()))
    assert kind == "draws"
    assert "each entry is a value the reference gives there with other draws, as often as they give it" in line
    assert "so is your result[1]['mask']" in line


def test_a_generator_of_its_own_seeded_like_one_call_is_draws():
    # default_rng(0) in the function: right on the call whose rng is seeded 0 (which shows nothing), other draws of
    # the right distribution on every other call
    fixed = lambda n_in, n_out, rng, mode="fan_in": init.he_normal(n_in, n_out, np.random.default_rng(0), mode)
    evidence = seeded(fixed, HE_CALLS)
    assert np.array_equal(evidence[0].value[0], init.he_normal(*HE_CALLS[0][0], np.random.default_rng(0))[0])
    kind, line = relation(HE, evidence)
    assert kind == "draws" and f"{len(HE_CALLS) - 1} calls off" in line, line


@pytest.mark.parametrize("wrong, setting, calls", [
    (he_global_rng_wider, HE, HE_CALLS), (dropout_keeps_all, DROPOUT, dropout_calls())],
    ids=["too-wide", "keeps-all"])
def test_values_of_another_distribution_are_no_draws(wrong, setting, calls):
    found = relation(setting, seeded(wrong, calls))
    assert found is None or found[0] != "draws", found


@pytest.mark.parametrize("right, setting, calls", [
    (init.he_normal, HE, HE_CALLS), (regularization.dropout_forward, DROPOUT, dropout_calls())], ids=["he", "dropout"])
def test_the_generators_own_draws_state_nothing(right, setting, calls):
    assert relation(setting, seeded(right, calls)) is None


# ---- names ----

def he_fans_swapped(n_in, n_out, rng, mode="fan_in"):
    """n_out for 'fan_in' and n_in for 'fan_out'."""
    return init.he_normal(n_in, n_out, rng, {"fan_in": "fan_out", "fan_out": "fan_in"}.get(mode, mode))


def test_modes_swapped_are_names_read_as_others():
    kind, line = relation(HE, seeded(he_fans_swapped, HE_CALLS))
    assert kind == "argument"
    assert "computed with mode 'fan_in' and 'fan_out' swapped: the branches for mode = 'fan_in' and 'fan_out'" in line


def network_calls():
    """(dout, caches) of networks of 2 and 3 layers with every activation at the output."""
    rng = np.random.default_rng(3)
    calls = []
    for output in ("sigmoid", "tanh", "relu", "identity"):
        for widths in ((3, 4, 2), (2, 5, 3, 2)):
            params = {}
            for l in range(1, len(widths)):
                params[f"W{l}"] = rng.normal(size=(widths[l - 1], widths[l]))
                params[f"b{l}"] = rng.normal(size=widths[l])
            activations = ["tanh"] * (len(widths) - 2) + [output]
            X = rng.normal(size=(4, widths[0]))
            out, caches = mlp.mlp_forward(X, params, activations)
            calls.append((X, params, activations, rng.normal(size=out.shape), caches))
    return calls


def backward_without_output_derivative(dout, caches):
    """The last layer's g'(Z_L) left out."""
    last = dict(caches[-1], activation="identity")
    return backprop.mlp_backward(dout, [*caches[:-1], last])


def test_the_last_layers_activation_ignored_is_a_name_read_as_another():
    setting = Setting(backprop.mlp_backward, "mlp_backward")
    evidence = [Evidence((dout, caches), {}, backward_without_output_derivative(dout, caches))
                for _, _, _, dout, caches in network_calls()]
    kind, line = relation(setting, evidence)
    assert kind == "argument"
    assert "computed as if caches[-1]['activation'] were always 'identity'" in line
    right = [Evidence((dout, caches), {}, backprop.mlp_backward(dout, caches)) for _, _, _, dout, caches in network_calls()]
    assert relation(setting, right) is None


# ---- a network without its last layer ----

def forward_skipping_last_layer(X, params, activations):
    """The loop stops one layer early."""
    kept = {k: v for k, v in params.items() if not k.endswith(str(len(activations)))}
    return mlp.mlp_forward(X, kept, activations[:-1])


@pytest.mark.parametrize("pick", [(0,), (1,)], ids=["output", "caches"])
def test_a_forward_without_its_last_layer(pick):
    setting = Setting(mlp.mlp_forward, "mlp_forward")
    evidence = [Evidence((X, params, activations), {}, forward_skipping_last_layer(X, params, activations)[pick[0]], pick)
                for X, params, activations, _, _ in network_calls()]
    kind, line = relation(setting, evidence)
    assert kind == "argument"
    # the part picked is named as that part of the result, not as the whole function
    assert f"your result[{pick[0]}] is the right result[{pick[0]}] of the network without its last layer" in line


# ---- a scalar argument of numpy's kinds ----

@pytest.mark.parametrize("kind", [float, np.float64, np.float32, np.asarray], ids=["float", "float64", "float32", "0-d"])
def test_a_numpy_scalar_is_a_scalar_argument(kind):
    """A case's b may be an np.float64 (b * scale) or a 0-d array: the scalar changes (its sign flipped) try it
    as they try a float."""
    rng = np.random.default_rng(8)
    calls = [(rng.normal(size=(n, 3)), rng.integers(0, 2, n).astype(float), rng.normal(size=3), kind(rng.normal()))
             for n in (4, 6, 5)]
    evidence = [Evidence((X, y, w, b, "logistic"), {}, perceptron.neuron_loss(X, y, w, -b, "logistic"))
                for X, y, w, b in calls]
    kind_found, line = relation(Setting(perceptron.neuron_loss, "neuron_loss"), evidence)
    assert kind_found == "argument" and "with the sign of b flipped" in line, line


@pytest.mark.parametrize("kind", [np.float64, np.asarray], ids=["float64", "0-d"])
def test_a_probability_of_numpys_kinds_has_its_complement_tried(kind):
    """p as a numpy float or a 0-d array is a probability as a float p is (acc22: only type float counted)."""
    calls = [((A, kind(p)), kw) for (A, p), kw in dropout_calls()]
    kind_found, line = relation(DROPOUT, seeded(dropout_times_keep, calls))
    assert kind_found == "factor" and "times (1 - p)^2 (the argument p)" in line, line


def test_integer_arguments_of_numpys_kinds_split_crashes_as_ints_do():
    """batch_size as an np.int64 (a case's rng.integers) is an int argument: a crash exactly where it is 1 is said."""
    from mlptutor.grader.relations.crashes import crash_split
    from mlptutor.reference import optim
    setting = Setting(optim.minibatch_indices, "minibatch_indices")
    calls = [((np.int64(n), np.int64(b), RNG(0)), {}) for n, b in ((10, 1), (10, 4), (7, 1), (7, 3))]
    found = crash_split(setting, calls, [True, False, True, False], "raises IndexError at optim.py line 4")
    assert found is not None and "exactly on the inputs with batch_size = 1" in found.line, found


# ---- norms ----

def clip_by_max_abs(grads, max_norm):
    """The largest |entry| in place of the L2 norm."""
    norm = max(float(np.max(np.abs(g))) for g in grads.values())
    return {k: g * min(1.0, max_norm / norm) for k, g in grads.items()}, norm


def clip_calls():
    rng = np.random.default_rng(4)
    return [({"W1": rng.normal(size=(3, 2)), "b1": rng.normal(size=2)}, m) for m in (0.5, 1.0, 100.0)]


def test_another_measure_of_an_argument_is_a_norm():
    setting = Setting(clipping.clip_by_global_norm, "clip_by_global_norm")
    kind, line = relation(setting, [Evidence(args, {}, clip_by_max_abs(*args)) for args in clip_calls()])
    assert kind == "norm"
    assert "your result[1] is the largest |entry| (the max norm) of grads on every input" in line, line
    right = [Evidence(args, {}, clipping.clip_by_global_norm(*args)) for args in clip_calls()]
    assert relation(setting, right) is None


# ---- a probability's complement ----

def dropout_times_keep(A, p, rng, mode="train"):
    """Kept units multiplied by 1 - p instead of divided by it."""
    out, cache = regularization.dropout_forward(A, p, rng, mode)
    scale = (1 - p) ** 2 if mode == "train" else 1.0
    return out * scale, {"mask": cache["mask"] * scale}


def test_scaled_by_the_keep_probability_is_its_complement_squared():
    kind, line = relation(DROPOUT, seeded(dropout_times_keep, dropout_calls()))
    assert kind == "factor"
    assert ("the right one times (1 - p)^2 (the argument p) on the inputs that name 'train', and right on the "
            "others: multiplied by 1 - p where dividing by it is due") in line


# ---- a catalogued mistake in one branch ----

def values_for_squashing(z_per_layer, activation="sigmoid"):
    """g(z) in place of g'(z) for sigmoid and tanh only."""
    z = np.asarray(z_per_layer, dtype=float)
    if activation in ("sigmoid", "tanh"):
        return float(np.prod(get_activation(activation).forward(z)))
    return experiments.derivative_product(z_per_layer, activation)


def test_a_mistake_made_for_some_activations_only():
    setting = Setting(experiments.derivative_product, "derivative_product")
    rng = np.random.default_rng(2)
    calls = [(list(rng.normal(size=4)), a) for a in ("sigmoid", "tanh", "relu", "leaky_relu", "sigmoid")]
    mistakes = (PRODUCT_OF_ACTIVATIONS, PRODUCT_AS_SUM, PRODUCT_AT_PEAK)
    found = partial_mistake(mistakes, [Evidence(c, {}, values_for_squashing(*c)) for c in calls],
                            experiments.derivative_product, setting)
    assert found.kind == "some-rows"
    assert found.line.startswith("your derivative_product is what the product of the activations g(z_l) instead of "
                                 "their derivatives gives on the inputs with activation = 'sigmoid' or 'tanh', and "
                                 "right on the others")
    right = [Evidence(c, {}, experiments.derivative_product(*c)) for c in calls]
    assert partial_mistake(mistakes, right, experiments.derivative_product, setting) is None
    everywhere = [Evidence(c, {}, PRODUCT_OF_ACTIVATIONS.variant(*c)) for c in calls]
    assert partial_mistake(mistakes, everywhere, experiments.derivative_product, setting) is None


def he_draws_scaled(n_in, n_out, rng, mode="fan_in"):
    """The generator's own draws times 1.15: no other draw (a factor of the right ones)."""
    W, std = init.he_normal(n_in, n_out, rng, mode)
    return 1.15 * W, std


def test_the_right_draws_scaled_are_no_draws():
    found = relation(HE, seeded(he_draws_scaled, HE_CALLS))
    assert found is not None and found[0] == "factor", found


# ---- crashes on some inputs ----

def test_what_the_raising_calls_share_is_said():
    from mlptutor.grader.relations.crashes import crash_split
    from mlptutor.reference import layers
    setting = Setting(layers.dense_forward, "dense_forward")
    rng = np.random.default_rng(0)
    calls = [((rng.normal(size=(n, 3)), rng.normal(size=(3, 2)), rng.normal(size=2)), {}) for n in (1, 4, 1, 5)]
    found = crash_split(setting, calls, [True, False, True, False], "raises IndexError at layers.py line 18")
    assert found.kind == "some-rows"
    assert found.line == ("your dense_forward raises IndexError at layers.py line 18 exactly on the inputs with a batch "
                          "of one row (N = 1), and returns on the others: a squeeze, a len() or an index that a single "
                          "row trips")
    assert crash_split(setting, calls, [True, False, False, True], "raises IndexError at layers.py line 18") is None
    assert crash_split(setting, calls, [True] * 4, "raises IndexError at layers.py line 18") is None


def test_a_crash_only_on_params_listed_out_of_layer_order_is_said():
    """Code reading params by position (values() in pairs, a PyTorch user's model.parameters()) raises only on a
    dict filled in another order than layer by layer: said so, not as the shapes numpy could not broadcast."""
    from mlptutor.grader.relations.crashes import crash_split
    from mlptutor.reference import mlp
    setting = Setting(mlp.mlp_forward, "mlp_forward")
    rng = np.random.default_rng(0)
    params = {"W1": rng.normal(size=(3, 2)), "b1": rng.normal(size=2), "W2": rng.normal(size=(2, 1)),
              "b2": rng.normal(size=1)}
    backwards = {k: params[k] for k in ("b2", "b1", "W2", "W1")}
    calls = [((rng.normal(size=(4, 3)), p, ["relu", "identity"]), {}) for p in (params, backwards, params)]
    found = crash_split(setting, calls, [False, True, False], "raises ValueError at mlp.py line 9")
    assert found.kind == "some-rows"
    assert "exactly on the inputs whose params lists its keys in another order than layer by layer" in found.line
    assert "params is read by position" in found.line
    # raising on calls whose dicts are in layer order: nothing splits them so
    assert crash_split(setting, calls, [False, False, True], "raises ValueError at mlp.py line 9") is None


def test_a_crash_only_on_vectors_or_on_plain_numbers_is_said():
    """F.softmax(x, dim=1) hard-coded raises on a (K,) vector alone; p.copy() (torch's p.clone()) on a parameter
    given as a plain number alone: each said as what the raising calls share."""
    from mlptutor.grader.relations.crashes import crash_split
    from mlptutor.reference import optim, softmax
    rng = np.random.default_rng(0)
    setting = Setting(softmax.softmax, "softmax")
    calls = [((rng.normal(size=shape),), {}) for shape in ((2, 3), (4,), (1, 5))]
    found = crash_split(setting, calls, [False, True, False], "raises AxisError at softmax.py line 3")
    assert "exactly on the inputs given a single vector (1-D)" in found.line and "axis=-1" in found.line
    setting = Setting(optim.sgd_step, "sgd_step")
    calls = [(({"w": w}, {"w": g}, 0.1), {}) for w, g in ((rng.normal(size=2), rng.normal(size=2)), (4.0, 6.0))]
    found = crash_split(setting, calls, [False, True], "raises AttributeError at optim.py line 3")
    assert "exactly on the inputs holding plain numbers where others hold arrays" in found.line
    assert "np.copy(x)" in found.line


def test_a_crash_gets_a_public_input_that_raises(grader, with_code):
    """Every call raises: the rows are named by the values on the failing line of a public input that raises
    (relation:crash-values), the first one with that input."""
    report = grader.grade({"layers": with_code("layers", """
        def dense_forward(A, W, b):
            return A[len(A)] @ W + b, (A, W, b)
        """)}, student="crash", only=["layers"])
    rows = [r for r in report.checks if r.function == "dense_forward" and not r.passed]
    assert rows and all(r.mistake == "relation:crash-values" and "A is a (1, 2) float64 array" in r.hint for r in rows)
    assert any("for example, on the public input A = " in r.message and "it raises IndexError at layers.py line"
               in r.message for r in rows)


def test_operands_that_do_not_broadcast_are_said_in_the_arguments_terms(grader, with_code, solution):
    """keepdims dropped in log_softmax: the (N,) row maximum meets the last axis of the (N, K) logits. It
    returns on a batch of one and on square inputs (wrong there), raises on the others: no property splits
    the calls, numpy's shapes do. A crash that is no shape clash (an index) is not named so, and the right
    log_softmax gets full marks and no relation."""
    report = grader.grade({"softmax": with_code("softmax", """
        def log_softmax(Z):
            Z = np.asarray(Z, dtype=np.float64)
            shifted = Z - Z.max(axis=-1)
            return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))

        def softmax_jacobian(z):
            z = np.asarray(z, dtype=np.float64)
            return z[len(z)] * np.eye(len(z))
        """)}, student="operands", only=["softmax"])
    named = [r for r in report.checks if r.function == "log_softmax" and r.mistake == "relation:operands"]
    assert named, [(r.check, r.mistake, r.message) for r in report.checks if r.function == "log_softmax"]
    hint = named[0].hint
    assert "your log_softmax combines arrays of shapes (" in hint and "is Z.shape[0]" in hint, hint
    assert "a value per row, of shape (N,), lines up with the last axis of an (N, K) array: keep the reduced axis " \
           "(keepdims=True)" in hint, hint
    value = next(r for r in report.checks if r.function == "log_softmax" and r.check == "value")
    assert value.mistake == "relation:operands" and value.hint.startswith(
        "your log_softmax is wrong exactly on the inputs whose matrix is square (N == K): there numpy broadcasts the "
        "per-row vector of shape (N,) along the last axis without an error"), value.hint
    index = [r for r in report.checks if r.function == "softmax_jacobian" and not r.passed]
    assert index and all(r.mistake != "relation:operands" for r in index), [(r.check, r.mistake) for r in index]
    right = grader.grade({"softmax": solution("softmax")}, student="operands", only=["softmax"])
    assert all(r.passed and not r.mistake for r in right.checks)


def test_a_product_of_mismatched_factors_names_their_sizes():
    from mlptutor.grader.relations.crashes import operands
    from mlptutor.reference import layers
    setting = Setting(layers.dense_forward, "dense_forward")
    args = (np.ones((4, 2)), np.ones((2, 3)), np.ones(3))
    error = ("ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
             "(n?,k),(k,m?)->(n?,m?) (size 3 is different from 2) (layers.py line 7)")
    found = operands(setting, args, error)
    assert found.kind == "operands" and found.line == (
        "your dense_forward multiplies, at layers.py line 7, a factor whose inner size is 3 (W.shape[1] = b.shape[0]) "
        "with one whose inner size is 2 (A.shape[1] = W.shape[0]): the inner sizes of a product must agree; check "
        "which arrays meet there (a transpose, the order of the factors, another layer's weights)")
    # sizes that are no axis of the arguments relate nothing; a crash at no line of the student's file neither
    assert operands(setting, args, error.replace("size 3 is different from 2", "size 7 is different from 9")) is None
    assert operands(setting, args, error.replace(" (layers.py line 7)", "")) is None
    assert operands(setting, args, "IndexError: index 4 is out of bounds for axis 0 with size 4 (layers.py line 7)") is None


def test_a_star_on_arrays_shaped_for_a_matrix_product_is_told_so():
    """(m, n) * (n, k) on plain arrays, the matrix-era `*`: the shapes fit a matrix product, which is `@`; the same
    clash on a line without `*` (a sum) is told as before."""
    from mlptutor.grader.relations.crashes import operands
    from mlptutor.reference import layers
    setting = Setting(layers.dense_backward, "dense_backward")
    args = (np.ones((5, 4)), (np.ones((5, 2)), np.ones((2, 4)), np.ones(4)))
    error = "ValueError: operands could not be broadcast together with shapes (2,5) (5,4)  (layers.py line 22)"
    star = operands(setting, args, error, "dW = A.T * dZ")
    assert star.kind == "operands" and "fit a matrix product" in star.line and "`@`" in star.line, star
    plus = operands(setting, args, error, "dW = A.T + dZ")
    assert "fit a matrix product" not in plus.line and "each operand's axes must line up" in plus.line, plus


def test_an_operand_of_an_earlier_calls_shape_is_a_kept_result():
    """softmax_cross_entropy_grad memoised by id(logits): Python reuses a freed array's id, so a later call of other
    sizes gets an earlier call's softmax, which does not broadcast with its Y."""
    from mlptutor.grader.relations.crashes import kept_operand, operands
    from mlptutor.reference import softmax as sm
    setting = Setting(sm.softmax_cross_entropy_grad, "softmax_cross_entropy_grad")

    def crash(n, k, kept):
        args = (np.ones((n, k)), np.ones((n, k)))
        shapes = f"({kept[0]},{kept[1]}) ({n},{k})"
        return args, f"ValueError: operands could not be broadcast together with shapes {shapes} (softmax.py line 44)"
    crashes = [(*crash(3, 3, (1, 4)), {(1, 4)}), (*crash(1, 3, (5, 2)), {(1, 4), (5, 2)})]
    found = kept_operand(setting, crashes)
    assert found.kind == "stale" and found.line.startswith(
        "your softmax_cross_entropy_grad raises on 2 calls at softmax.py line 44, combining an array of an earlier "
        "call's shape with the call's own: (1, 4), say, is the shape of a result it returned for an earlier call")
    # one call alone, or a foreign shape no earlier call returned: no kept result; nor is an axis to check said
    assert kept_operand(setting, crashes[:1]) is None
    # the same foreign shape every time: as likely a size fixed in the code, which an earlier call happened to have
    assert kept_operand(setting, [crashes[0], (*crash(2, 3, (1, 4)), {(1, 4)})]) is None
    assert kept_operand(setting, [crashes[0], (*crashes[1][:2], {(1, 4)})]) is None
    plain = operands(setting, *crashes[1][:2])
    assert plain.kind == "operands" and "check which axis" not in plain.line
    assert "(5, 2) has no size of this call's arguments, so it is not made from them" in plain.line
    # shapes the arguments have: the axis advice stands
    assert "check which axis every step" in operands(setting, *crash(3, 4, (3, 2))[:2]).line


# ---- a factor in every step ----

def test_a_factor_in_every_layer_compounds():
    setting = Setting(experiments.activation_scale, "activation_scale")
    calls = [((RNG(s),), {"scales": (1.0,), "n_layers": n, "width": w}) for s, (n, w) in enumerate([(6, 5), (9, 8), (4, 7)])]

    def wide(rng, scales, n_layers, width):
        return {1.0: experiments.activation_scale(rng, (1.5,), n_layers, width)[1.5]}
    evidence = [Evidence(args, kwargs, wide(np.random.default_rng(args[0].seed), **kwargs)[1.0], (1.0,))
                for args, kwargs in calls]
    kind, line = relation(setting, evidence)
    assert kind == "factor"
    assert "times a factor that grows by c with every entry (entry i times a c^i, c = 1.5)" in line
    right = [Evidence(args, kwargs, experiments.activation_scale(np.random.default_rng(args[0].seed), **kwargs)[1.0],
                      (1.0,)) for args, kwargs in calls]
    assert relation(setting, right) is None


def test_a_rerun_on_changed_arguments_prints_no_numpy_warning():
    """A batch changed to 0 rows makes the reference's a.std() warn "Degrees of freedom <= 0" (outside errstate): a
    hypothesis tried in the grader's process is not reported there."""
    setting = Setting(experiments.activation_scale, "activation_scale")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = setting.run((np.random.default_rng(0),), {"scales": (1.0,), "n_layers": 3, "width": 4, "batch": 0},
                            None)
    assert np.isnan(value[1.0]).all() and not caught, [str(w.message) for w in caught]


def test_a_number_argument_alone_is_a_norm():
    """The L2 penalty without its sum of squares: lam / 2 on every input."""
    from mlptutor.grader.specs.regularization import penalty_case
    setting = Setting(regularization.l2_penalty, "l2_penalty")
    cases = [penalty_case(np.random.default_rng(i), i) for i in range(3)]
    kind, line = relation(setting, [Evidence(c, {}, c[1] / 2) for c in cases])
    assert kind == "norm" and "your l2_penalty is lam / 2 on every input" in line


# ---- a loop one entry short ----

def test_a_loop_starting_one_entry_late_is_the_sequence_without_its_first_entry():
    setting = Setting(experiments.derivative_product, "derivative_product")
    rng = np.random.default_rng(3)
    cases = [(rng.normal(size=n), a) for n, a in ((5, "sigmoid"), (7, "tanh"), (4, "sigmoid"))]
    late = [Evidence(c, {}, experiments.derivative_product(c[0][1:], c[1])) for c in cases]
    kind, line = relation(setting, late)
    assert kind == "argument" and line == (
        "your derivative_product is the right derivative_product computed without the first entry of z_per_layer "
        "(z_per_layer[1:]): the loop over z_per_layer starts one entry late: check the start of its range")
    squared = [Evidence(c, {}, experiments.derivative_product(c[0], c[1]) ** 2) for c in cases]
    assert "entry of z_per_layer" not in (relation(setting, squared) or ("", ""))[1]
    assert relation(setting, [Evidence(c, {}, experiments.derivative_product(*c)) for c in cases]) is None


# ---- a part of the result holding another part ----

def test_a_cache_holding_the_output_is_an_entry_of_the_whole_result():
    """Evidence of the cache alone (a behaviour scenario's pick): its A is the layer's output Z, which only the
    whole right result holds. A cache with A transposed holds no other part; the right cache, nothing."""
    from mlptutor.reference import layers
    setting = Setting(layers.dense_forward, "dense_forward")
    rng = np.random.default_rng(5)
    calls = [(rng.normal(size=(n, 4)), rng.normal(size=(4, 2)), rng.normal(size=2)) for n in (3, 5)]
    holding_z = [Evidence(c, {}, (c[0] @ c[1] + c[2], c[1], c[2]), (1,)) for c in calls]
    kind, line = relation(setting, holding_z)
    assert kind == "entry" and line.startswith("your result[1][0] holds what result[0] should hold"), line
    square = [tuple(rng.normal(size=s) for s in ((3, 3), (3, 2), (2,)))]
    transposed = [Evidence(c, {}, (c[0].T, c[1], c[2]), (1,)) for c in square]
    assert (relation(setting, transposed) or ("",))[0] != "entry"
    assert relation(setting, [Evidence(c, {}, c, (1,)) for c in calls]) is None


# ---- a value on the way ----

def test_a_value_the_right_computation_reaches_on_its_way_is_an_intermediate():
    """softmax without its normalisation: exp of the shifted logits, which the right computation holds before
    dividing. exp of the unshifted logits is no value of the right computation (whatever else it is), and
    the right softmax gets nothing."""
    from mlptutor.reference import softmax as sm
    setting = Setting(sm.softmax, "softmax")
    rng = np.random.default_rng(11)
    cases = [(rng.normal(size=(n, k), scale=2.0),) for n, k in ((3, 4), (2, 5), (4, 3))]
    unnormalised = [Evidence(c, {}, np.exp(c[0] - c[0].max(axis=-1, keepdims=True))) for c in cases]
    kind, line = relation(setting, unnormalised)
    assert kind == "intermediate" and line.startswith(
        "your softmax is an intermediate value of the right computation, not its result: a step after it is missing")
    unshifted = [Evidence(c, {}, np.exp(c[0])) for c in cases]
    assert (relation(setting, unshifted) or ("",))[0] != "intermediate"
    assert relation(setting, [Evidence(c, {}, sm.softmax(*c)) for c in cases]) is None


# ---- an eps in a denominator ----

def test_an_eps_added_to_the_norm_in_a_denominator_is_fitted_once_for_every_call():
    """max_norm / (norm + 1e-6): the right clipped gradients times norm / (norm + 1e-6), a factor of its own
    per call. A constant factor 0.999 on every call fits no single eps (it would grow with the norm); the
    right gradients get nothing."""
    setting = Setting(clipping.clip_by_global_norm, "clip_by_global_norm", pick=(0,))
    rng = np.random.default_rng(2)
    calls = [({"W1": rng.normal(size=(3, 2)) * s, "b1": rng.normal(size=2) * s}, 0.5) for s in (1.0, 3.0, 7.0)]

    def eps_clip(grads, max_norm):
        norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
        return {k: g * min(1.0, max_norm / (norm + 1e-6)) for k, g in grads.items()}
    kind, line = relation(setting, [Evidence(c, {}, eps_clip(*c), (0,)) for c in calls])
    assert kind == "factor" and "times m / (m + 1e-06) where it is off, m being the L2 norm of grads: an eps of " \
                                "1e-06 added to it in a denominator" in line, line
    scaled = [Evidence(c, {}, {k: 0.999 * v for k, v in clipping.clip_by_global_norm(*c)[0].items()}, (0,))
              for c in calls]
    assert "m / (m +" not in (relation(setting, scaled) or ("", ""))[1]
    assert relation(setting, [Evidence(c, {}, clipping.clip_by_global_norm(*c)[0], (0,)) for c in calls]) is None


# ---- a ratio rounded the wrong way ----

def test_a_ratio_rounded_another_way_is_named_by_its_rounding():
    from mlptutor.reference import optim
    setting = Setting(optim.iterations_per_epoch, "iterations_per_epoch")
    calls = [(10, 3), (11, 4), (7, 7), (100, 32), (9, 2)]
    kind, line = relation(setting, [Evidence(c, {}, int(round(c[0] / c[1]))) for c in calls])
    assert kind == "rounding" and line == ("your iterations_per_epoch is n / batch_size rounded to the nearest (round) "
                                           "on every input, where the right one is n / batch_size rounded up (the ceiling)")
    kind, line = relation(setting, [Evidence(c, {}, c[0] // c[1]) for c in calls])
    assert kind == "rounding" and "rounded down (the floor, //)" in line
    alike = [(10, 3), (10, 4), (9, 2)]  # round and floor agree on every one of these: neither is named
    assert (relation(setting, [Evidence(c, {}, c[0] // c[1]) for c in alike]) or ("",))[0] != "rounding"
    one_more = [Evidence(c, {}, optim.iterations_per_epoch(*c) + 1) for c in calls]
    assert (relation(setting, one_more) or ("",))[0] != "rounding"
    assert relation(setting, [Evidence(c, {}, optim.iterations_per_epoch(*c)) for c in calls]) is None


# ---- the terms of a count ----

def test_a_count_with_its_bias_term_negated_is_said_by_its_terms():
    from mlptutor.grader.specs.counting import TERMS
    from mlptutor.reference import counting
    setting = Setting(counting.count_parameters, "count_parameters", terms=TERMS["count_parameters"])
    calls = [([3, 4, 2],), ([5, 7],), ([2, 9, 4, 3],)]
    negated = [Evidence(c, {}, sum(a * b - b for a, b in zip(c[0][:-1], c[0][1:]))) for c in calls]
    kind, line = relation(setting, negated)
    assert kind == "term" and line == ("your count_parameters is the right count_parameters with the sign of its "
                                       "biases (n_out per layer) term flipped: check that term of the formula")
    squared = [Evidence(c, {}, counting.count_parameters(*c) ** 2) for c in calls]
    assert (relation(setting, squared) or ("",))[0] != "term"
    assert relation(setting, [Evidence(c, {}, counting.count_parameters(*c)) for c in calls]) is None


def test_a_reference_behind_a_memo_is_traced_itself():
    """A spec may grade against a memo of the reference (xor's cached_train_xor): the relation finder traces the
    computation behind it, which a memo answering at once would hide."""
    from mlptutor.reference import softmax as sm

    seen = {}

    @functools.wraps(sm.softmax)
    def remembered(z):
        key = (z.shape, z.tobytes())
        if key not in seen:
            seen[key] = sm.softmax(z)
        return seen[key]

    setting = Setting(remembered, "softmax")
    rng = np.random.default_rng(12)
    cases = [(rng.normal(size=(n, k), scale=2.0),) for n, k in ((3, 4), (2, 5), (4, 3))]
    for c in cases:
        remembered(*c)  # answered from the memo from now on
    unnormalised = [Evidence(c, {}, np.exp(c[0] - c[0].max(axis=-1, keepdims=True))) for c in cases]
    assert relation(setting, unnormalised)[0] == "intermediate"


def test_the_other_leaves_off_are_listed_up_to_a_few():
    """A list of 100 entries off is not named entry by entry (perceptron's mistakes[0] ... mistakes[99])."""
    from mlptutor.grader.relations.base import also_off

    assert also_off([]) == "" and also_off(["b"]) == "; b is off too"
    assert also_off(["a", "b", "c"]) == "; a, b and c are off too"
    assert also_off([f"m[{i}]" for i in range(100)]) == "; m[0], m[1], m[2], m[3] and 96 more are off too"


# ---- the parts of a result read as one vector, moved ----

def test_parts_read_as_one_vector_and_moved_are_unrolled():
    """acc19: perceptron/r18_octave_theta_index (theta = [w; b] read back as (g[1:-1] + g[-1], g[0])) was unexplained:
    the right numbers of dw and db moved one place across the two."""
    from mlptutor.reference import perceptron
    rng = np.random.default_rng(19)
    calls = [((rng.normal(size=(n, d)), rng.integers(0, 2, n).astype(float), rng.normal(size=d), 0.3, model), {})
             for n, d, model in ((4, 3, "linear"), (5, 2, "logistic"), (3, 4, "linear"))]
    setting = Setting(perceptron.neuron_gradient, "neuron_gradient", names=("dw", "db"))

    def evidence(fn):
        return [Evidence(args, kwargs, fn(*args, **kwargs)) for args, kwargs in calls]

    def octave(*args):
        g = np.append(*perceptron.neuron_gradient(*args))
        return np.append(g[1:-1], g[-1]), float(g[0])
    kind, line = relation(setting, evidence(octave))
    assert kind == "unrolled" and "numbers of dw and db read as one vector, moved 1 place towards the start" in line
    assert relation(setting, evidence(perceptron.neuron_gradient)) is None

    def swapped_halves(*args):  # dw's entries reversed: no shift of [dw, db] gives it
        dw, db = perceptron.neuron_gradient(*args)
        return dw[::-1], db
    assert (relation(setting, evidence(swapped_halves)) or ("",))[0] != "unrolled"

    def beyond_float(*args):  # an int no float64 holds: np.asarray raised OverflowError, a traceback for the report
        return perceptron.neuron_gradient(*args)[0], 10 ** 400
    assert (relation(setting, evidence(beyond_float)) or ("",))[0] != "unrolled"


def test_a_list_of_numbers_moved_a_place_is_not_unrolled():
    """Each number of a list is a part: a rotated list got 'parts packed into one vector and split again' (rva)."""
    from mlptutor.grader.relations.unrolled import _unrolled

    assert _unrolled([1.0, 2.0, 3.0]) is None and _unrolled((np.zeros(2), 1.0)) is not None
