"""Relations that may mislead, found by outsiders: each with a wrong function that used to get words that did
not say what happened (it now gets the right ones, or none), and one where the relation still rightly holds."""

import numpy as np

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.checks.cases import Case
from mlptutor.grader.relations import Setting, find
from mlptutor.grader.relations.crashes import crash_split
from mlptutor.grader.relations.examples import Candidate, text
from mlptutor.grader.relations.naming import _shows_off
from mlptutor.grader.relations.subsets import choices
from mlptutor.grader.sandbox import RNG
from mlptutor.grader.specs import clipping as clipping_spec
from mlptutor.grader.specs import early_stopping as early_spec
from mlptutor.grader.specs import graph as graph_spec
from mlptutor.reference import clipping, counting, data, graph, optim, perceptron
from mlptutor.reference import early_stopping as es
from mlptutor.reference import softmax as sm

RNG_ = np.random.default_rng(5)


def found(setting, wrong, calls):
    relation = find(setting, [Evidence(c, {}, wrong(*c)) for c in calls])
    return None if relation is None else (relation.kind, relation.line)


# ---- (a) one constant per row, where every right row is one number ----

def row_means(x):
    """Each row's mean in every entry of the row: (N, K) -> (N, K)."""
    return np.repeat(x.mean(axis=1, keepdims=True), x.shape[1], axis=1)


def centred(x):
    """Each row minus its mean: (N, K) -> (N, K)."""
    return x - x.mean(axis=1, keepdims=True)


ROWS = [(RNG_.normal(size=(n, 4)),) for n in (2, 3, 5)]


def test_a_shift_per_row_is_not_said_where_every_right_row_is_one_number():
    def row_max(x):  # one number per row too, any such is "shifted" (or "scaled") row by row from the right one
        return np.repeat(x.max(axis=1, keepdims=True), x.shape[1], axis=1)
    assert found(Setting(row_means, "row_means"), row_max, ROWS) is None

    def shifted(x):  # the right rows vary: a shift per row is what happened
        return centred(x) + x.max(axis=1, keepdims=True)
    kind, line = found(Setting(centred, "centred"), shifted, ROWS)
    assert kind == "offset" and line.startswith("your centred is off by one constant per row")


# ---- (b) an argument as it came, where the right one leaves it so on other inputs ----

CLIP = Setting(clipping.clip_by_global_norm, "clip_by_global_norm")
CLIP_CALLS = clipping_spec.INPUTS.draw(np.random.default_rng(5))  # two calls clipped, three left as they come


def rms_norm(grads, max_norm):
    """The root mean square of the entries as the norm: below max_norm where the global norm is above it."""
    norm = clipping.global_norm(grads) / np.sqrt(sum(np.size(g) for g in grads.values()))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: np.asarray(g, dtype=float) * scale for k, g in grads.items()}, float(norm)


def test_gradients_left_unclipped_by_a_wrong_norm_are_not_called_the_argument_itself():
    kind, line = found(CLIP, rms_norm, CLIP_CALLS)
    assert "as it was passed in" not in line
    assert kind == "norm" and line.startswith("your result[1] is the root mean square")  # why: said first

    def never_clips(grads, max_norm):  # nothing else to say: what decides when to leave them is wrong
        return {k: np.asarray(g, dtype=float) for k, g in grads.items()}, clipping.global_norm(grads)
    kind, line = found(CLIP, never_clips, CLIP_CALLS)
    assert kind == "argument" and line.startswith(
        "on the 2 inputs where it is wrong, your result[0]['W1'] equals the argument grads['W1'] as it came, as the "
        "right result[0]['W1'] does only on other inputs: check what decides between the two")


def doubled(x):
    return 2.0 * x


def test_an_argument_returned_on_the_inputs_where_it_is_wrong_is_still_said():
    calls = [(np.array([1.0, 2.0]),), (np.array([-3.0, 1.0]),), (np.array([0.5, 0.25]),), (np.array([-1.0, -2.0]),)]
    kind, line = found(Setting(doubled, "doubled"), lambda x: x.copy() if x.sum() > 0 else 2.0 * x, calls)
    assert kind == "argument" and line.startswith(
        "on the 2 inputs where it is wrong, your doubled is the argument x itself, as it was passed in")


# ---- (c) a constant, where the right values are one number too ----

BREAKDOWN = Setting(counting.parameter_breakdown, "parameter_breakdown")
WIDTHS = [([3, 4, 2],), ([5, 7],), ([2, 9, 4, 6],)]


def test_a_layer_index_off_by_one_is_said_of_the_field_not_of_one_entry():
    """Layer l's index is l on every input: an index 2 where 1 is due "does not depend on the input" no more than
    the right one, and is as much twice it as 1 more (or the right value of some other number of the result). Taken
    across the entries, result[*]['layer'] is [1, 2, ...]: one more in each entry, or 1 in each, is said of it."""
    def counted_from_2(widths):
        return [{**row, "layer": row["layer"] + 1} for row in counting.parameter_breakdown(widths)]

    def always_1(widths):
        return [{**row, "layer": 1} for row in counting.parameter_breakdown(widths)]
    assert found(BREAKDOWN, counted_from_2, WIDTHS) == (
        "offset", "your result[*]['layer'] is the right one + 1 in every entry: a constant term too many or missing")
    kind, line = found(BREAKDOWN, always_1, WIDTHS)
    assert kind == "constant" and line.startswith("your result[*]['layer'] is 1 in every entry for every input")


def test_a_count_that_is_one_number_where_the_right_ones_differ_is_a_constant():
    kind, line = found(Setting(counting.count_parameters, "count_parameters"), lambda widths: 26, WIDTHS)
    assert kind == "constant" and line.startswith("your count_parameters is 26 in every entry for every input")


# ---- (d) the weights of another epoch: no value computed on the way ----

ES = Setting(es.early_stopping_restore, "early_stopping_restore")
CURVES = [([1.0, 0.8, 0.9, 0.7, 0.75], 1), ([1.0, 0.9, 0.95, 0.97], 1), ([0.5, 0.4, 0.3, 0.35], 1)]


def after_best(val_losses, weights, patience, min_delta=0.0):
    """The weights of the epoch after the best one (with patience 1, the epoch it stops at)."""
    stop, best, _ = es.early_stopping_restore(val_losses, weights, patience, min_delta)
    return stop, best, weights[best + 1]


def test_the_weights_after_the_best_epoch_are_no_intermediate_value():
    stacked = [(losses, np.stack([np.full(3, float(e)) for e in range(len(losses))]), patience)
               for losses, patience in CURVES]
    assert found(ES, after_best, stacked) is None
    # dicts of weights (the spec's): no more "divided entry by entry by weights[0]['W1']" (zeros: a division by
    # 0 predicted infinities, which any finite number matched)
    dicts = [(losses, early_spec.weights_of(losses), patience) for losses, patience in CURVES]
    assert found(ES, after_best, dicts) is None


def test_a_value_on_the_way_is_still_an_intermediate():
    setting = Setting(sm.softmax, "softmax")
    cases = [(RNG_.normal(size=(n, k), scale=2.0),) for n, k in ((3, 4), (2, 5), (4, 3))]
    kind, line = found(setting, lambda z: np.exp(z - z.max(axis=-1, keepdims=True)), cases)
    assert kind == "intermediate" and line.startswith("your softmax is an intermediate value of the right computation")


# ---- (e) a split's parts are no mini-batches ----

def split_evidence(wrong):
    return [Evidence((n, RNG(seed)), {}, wrong(n, np.random.default_rng(seed))) for seed, n in enumerate((23, 17, 9, 31))]


def test_a_split_cut_in_the_wrong_places_speaks_of_its_parts():
    def floored(n, rng, fractions=data.DEFAULT_FRACTIONS):
        perm = rng.permutation(n)
        n_train, n_val = int(fractions[0] * n), int(fractions[1] * n)
        return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]
    relation = find(Setting(data.split_indices, "split_indices"), split_evidence(floored))
    assert relation.kind == "slices" and "batch" not in relation.line
    assert relation.line.startswith("your split_indices parts are runs of the right shuffled order, but cut in the "
                                    "wrong places: for n = 23 your parts are the positions [0:13], [13:17], [17:23]")
    assert find(Setting(data.split_indices, "split_indices"), split_evidence(data.split_indices)) is None


def test_mini_batches_cut_in_the_wrong_places_still_speak_of_batches():
    def overlapping(n, batch_size, rng):
        perm = rng.permutation(n)
        return [perm[i:i + batch_size + 1] for i in range(0, n, batch_size)]
    evidence = [Evidence((n, b, RNG(seed)), {}, overlapping(n, b, np.random.default_rng(seed)))
                for seed, (n, b) in enumerate([(23, 5), (12, 4)])]
    relation = find(Setting(optim.minibatch_indices, "minibatch_indices"), evidence)
    assert relation.kind == "slices" and "(some entries in two batches)" in relation.line
    assert "batch i takes positions i * batch_size up to (i + 1) * batch_size" in relation.line


# ---- (f) a dict's keys in another order are the same dict ----

def test_a_dict_built_in_another_key_order_is_the_same_value():
    def grads_reordered(grads, max_norm):  # the argument itself, rebuilt from the last key down
        return {k: grads[k] for k in reversed(list(grads))}
    assert found(CLIP, grads_reordered, CLIP_CALLS) == (
        "argument", "your clip_by_global_norm is the argument grads itself, as it was passed in: compute the result "
                    "from it")

    def short(widths):  # the loop stops one layer early, each row's keys written last first
        return [{k: row[k] for k in reversed(list(row))} for row in counting.parameter_breakdown(widths[:-1])]
    kind, line = found(BREAKDOWN, short, [([3, 4, 2],), ([5, 7, 3],), ([2, 9, 4, 6],)])
    assert kind == "argument" and "computed without the last entry of widths (widths[:-1])" in line

    # a row whose values are right, in another key order, shows nothing off; one with another key does
    params, grads = {"W1": np.ones((2, 2)), "b1": np.zeros(2)}, {"W1": np.ones((2, 2)), "b1": np.ones(2)}
    right = optim.sgd_step(params, grads, 0.1)
    setting = Setting(optim.sgd_step, "sgd_step")
    assert not _shows_off(setting, [Evidence((params, grads, 0.1), {}, {k: right[k] for k in ("b1", "W1")})])
    assert _shows_off(setting, [Evidence((params, grads, 0.1), {}, {**right, "W2": np.ones(1)})])


# ---- (g) a name inside a graph is no input the student chose ----

GRAPHS = [(*graph_spec.TWO_PATHS, "f"), (*graph_spec.ALL_OPS, "out"), (*graph_spec.NEGATIVE, "out"),
          (*graph_spec.CHAIN, "L")]


def test_a_graph_call_chooses_no_name():
    """Node names, ops and variables sit inside the graph; output names one of its nodes."""
    assert choices(GRAPHS[0], {}) == set()
    assert choices((np.ones((2, 3)), {}, ["relu", "sigmoid"]), {}) == {"relu", "sigmoid"}  # an activation per layer
    assert choices((np.ones((2, 3)), [{"Z": np.ones(2), "activation": "tanh"}]), {"mode": "train"}) == {"tanh", "train"}


def test_gradients_off_on_some_graphs_are_not_said_by_a_name_inside_them():
    def leaks(graph_, inputs, output):  # an earlier call's gradients left in: off on the graphs with a node 'a'
        grads = graph.graph_backward(graph_, inputs, output)
        return {k: v + 1.0 if any(node[0] == "a" for node in graph_) else v for k, v in grads.items()}
    relation = found(Setting(graph.graph_backward, "graph_backward"), leaks, GRAPHS)
    assert relation is None or "name" not in relation[1], relation


def test_a_crash_on_some_graphs_is_not_said_by_a_name_inside_them():
    setting = Setting(graph.graph_forward, "graph_forward")
    calls = [((g, inputs), {}) for g, inputs, _ in GRAPHS]
    raised = [any(op == "sigmoid" for _, op, _ in g) for g, _, _ in GRAPHS]  # the graphs with a sigmoid node
    assert crash_split(setting, calls, raised, "raises OverflowError at graph.py line 5") is None


def stacked(x, activations):
    """x times the number of layers: (n,), a list of names -> (n,)."""
    return x * len(activations)


def test_one_wrong_call_beside_one_right_one_names_no_branch():
    """mlp's layer-2 cache of two 3-layer calls, wrong on the one with a sigmoid first layer, was told 'wrong
    exactly on the inputs that name tanh' (its third layer): one wrong call beside one right one is split so by
    every name the right one lacks; two wrong calls naming tanh, and no right one, are a branch's pattern, and so is
    one wrong call naming tanh beside four right ones (mende25: each single wrong call was refused)."""
    def slipped(x, activations):  # no factor: off by 0, 1, 4 where tanh is named
        return stacked(x, activations) + ("tanh" in activations) * np.arange(len(x)) ** 2
    x, setting = np.array([0.3, -1.2, 2.0]), Setting(stacked, "stacked")
    pair = [(x, ["relu", "sigmoid", "tanh"]), (x, ["identity", "relu", "sigmoid"])]
    assert found(setting, slipped, pair) is None or "tanh" not in found(setting, slipped, pair)[1]
    kind, line = found(setting, slipped, pair + [(2 * x, ["tanh", "relu"]), (x, ["relu"])])
    assert kind == "some-rows" and "exactly on the inputs that name 'tanh'" in line, line
    # one wrong call beside four right ones (an "eval" call among "train" calls) is a branch's pattern too
    right = [(2 * x, ["relu"]), (x, ["sigmoid", "relu"]), (-x, ["identity"])]
    kind, line = found(setting, slipped, pair + right)
    assert kind == "some-rows" and "exactly on the inputs that name 'tanh'" in line, line


def test_a_value_off_on_one_call_only_is_no_constant():
    """5 on both calls, the right 5 on the first: the value of an earlier call kept (a gradient left in a dict
    the function keeps) is not shown to be independent of the input by one call that is off."""
    relation = found(Setting(doubled, "doubled"), lambda x: np.array([5.0]), [(np.array([2.5]),), (np.array([1.0]),)])
    assert relation is None or relation[0] != "constant", relation


# ---- (h) a public example shows the numbers it ran on ----

def test_a_tiny_input_is_shown_as_it_is_not_as_zero():
    case = Candidate(Case((np.array([1e-9]), np.array([-1e-9])), {"floor": 1e-6}), 0.002)
    line = text(case, 0.00199601, (), ["a", "b"], "relative_error")
    assert line.startswith("for example, on the public input a = [1.e-09], b = [-1.e-09], floor = 1e-06: "
                           "expected 0.002, got 0.00199601"), line
    small = Candidate(Case((np.array([0.000523, 0.000311]),), {}), np.array([1e-5, 2.0]))
    assert text(small, np.array([1.0, 3.0]), (), ["x"], "f") == (  # the input as run, the values rounded as before
        "for example, on the public input x = [0.00052, 0.00031]: expected [0., 2.], got [1., 3.]")
    ordinary = Candidate(Case((np.array([2.04591, -0.127, 0.0, -0.001]),), {}), np.array([1.0, 2.0]))
    assert "x = [ 2.0459, -0.127 ,  0.    , -0.001 ]" in text(ordinary, np.array([1.0, 3.0]), (), ["x"], "f")
    whole = Candidate(Case((graph_spec.TWO_PATHS[0], {"x": 2.0, "y": 3}), {}), {"x": 21.0})
    assert "inputs = {'x': 2.0, 'y': 3}: expected x = 21, got 19.875" in text(  # a float input is no int
        whole, {"x": 19.875}, ("x",), ["graph", "inputs"], "x")


# ---- (i) an int where a float is due: a number, not an array ----

def test_an_int_value_in_a_dict_is_told_to_be_a_float():
    def relu_int_zero(graph_, inputs):
        return {k: int(v) if v == 0 else v for k, v in graph.graph_forward(graph_, inputs).items()}
    kind, line = found(Setting(graph.graph_forward, "graph_forward"), relu_int_zero, [graph_spec.NEGATIVE])
    assert kind == "dtype" and line.startswith("your r has the right value as an int: make it a float"), line
    assert "array" not in line

    def step_int(z):  # an array result still gets the array's words
        return (z > 0).astype(int)
    kind, line = found(Setting(lambda z: (z > 0).astype(float), "step"), step_int, [(RNG_.normal(size=(3, 4)),)])
    assert kind == "dtype" and "return a float array (float64), e.g. with .astype(float)" in line


# ---- (j) small counts relate to small counts by chance ----

SEPARABLE = [(np.array([[1.0, 2.0], [2.0, 1.0], [-1.0, -1.5], [-2.0, -0.5]]), np.array([1.0, 1.0, 0.0, 0.0]))]
TRAIN = Setting(perceptron.train_perceptron, "train_perceptron")


def test_a_count_off_once_is_no_factor_of_it():
    def fewer_mistakes(X, y, eta=1.0, max_epochs=100):  # one epoch's count halved: 2 where 4 are due, once
        out = perceptron.train_perceptron(X, y, eta, max_epochs)
        return {**out, "mistakes": [m // 2 if m == 4 else m for m in out["mistakes"]]}
    data = [(np.array([[1.0, 1.0], [1.0, -1.0], [-1.0, 1.0], [-1.0, -1.0]]), np.array([0.0, 1.0, 1.0, 0.0]), 1.0, 3)]
    assert perceptron.train_perceptron(*data[0])["mistakes"].count(4) >= 1
    assert found(TRAIN, fewer_mistakes, data) is None


def test_a_factor_between_counts_that_vary_is_still_said():
    assert found(Setting(counting.count_parameters, "count_parameters"), lambda w: 2 * counting.count_parameters(w),
                 WIDTHS) == ("factor", "your count_parameters is twice the right count_parameters: a factor 2 too many "
                                       "(a 1/2 that should cancel it, or a term counted twice)")


def n_correct(p, y):
    """Rows whose prediction p > 0.5 agrees with the 0/1 target."""
    return int(((p > 0.5) == (y > 0.5)).sum())


def test_a_count_that_is_one_number_where_off_is_no_constant():
    """2 of 4 rows right on every call, where 4 are due on the two calls that are off (a run that never
    learns): "does not depend on the input" says nothing of it."""
    y = np.array([0.0, 1.0, 1.0, 0.0])
    calls = [(np.array(p), y) for p in ([0.6, 0.7, 0.2, 0.1], [0.1, 0.9, 0.8, 0.2], [0.2, 0.6, 0.7, 0.4])]
    assert [n_correct(*c) for c in calls] == [2, 4, 4]
    assert found(Setting(n_correct, "n_correct"), lambda p, y: 2, calls) is None


# ---- calls that raised: a claim of where the values are wrong must hold on them too ----

def bias_tiled_by_n_in(A, W, b):
    """b tiled into len(W) = n_in rows: broadcasts for N = 1 (a result of n_in rows) and n_in = 1, raises
    unless N == n_in otherwise."""
    return A @ W + np.tile(b, (len(W), 1))


DENSE = Setting(lambda A, W, b: A @ W + b, "dense_forward")


def test_wrong_for_one_row_is_not_said_where_larger_batches_raised():
    returned = [(RNG_.normal(size=(1, 4)), RNG_.normal(size=(4, 6)), RNG_.normal(size=6)),
                (RNG_.normal(size=(3, 1)), RNG_.normal(size=(1, 3)), RNG_.normal(size=3))]
    raised = [(RNG_.normal(size=(n, 2)), RNG_.normal(size=(2, 4)), RNG_.normal(size=4)) for n in (3, 5)]
    evidence = [Evidence(c, {}, bias_tiled_by_n_in(*c)) for c in returned]
    relation = find(Setting(DENSE.reference, DENSE.function, raised=tuple(raised)), evidence)
    assert relation is None or "right for larger batches" not in relation.line
    # without those calls, what the returned ones show is still said
    assert "right for larger batches" in find(DENSE, evidence).line
    # and calls that raised on a single row agree with it
    one_row = (RNG_.normal(size=(1, 3)), RNG_.normal(size=(3, 2)), RNG_.normal(size=2))
    relation = find(Setting(DENSE.reference, DENSE.function, raised=(one_row,)), evidence)
    assert relation.line.startswith("your dense_forward is wrong only for a batch of one row (N = 1) and right for "
                                    "larger batches")


# ---- float32: "about 7 digits" only where every entry has them ----

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


SIGMOID = Setting(sigmoid, "sigmoid")
Z_WIDE = [(np.array([-20.0, -3.0, 0.5, 4.0, 18.0]),), (np.array([[-25.0, 1.0], [2.0, 16.5]]),)]


def test_a_clipped_probability_is_no_float32_rounding():
    # off by less than 1e-7, a float32 rounding of the largest entry, but 1e-7 where 2e-9 is due: no 7 digits
    relation = found(SIGMOID, lambda z: np.clip(sigmoid(z), 1e-7, 1 - 1e-7), Z_WIDE)
    assert relation is None or relation[0] != "float32"


def test_float32_numbers_are_still_float32():
    kind, line = found(SIGMOID, lambda z: sigmoid(z.astype(np.float32)).astype(np.float64), Z_WIDE)
    assert kind == "float32" and "about 7 digits" in line

    def one_minus(z):  # 1 - sigmoid(z) in float32 where sigmoid is near 1: its small entries lose digits
        return (1 - sigmoid(z.astype(np.float32))).astype(np.float64)
    kind, line = found(Setting(lambda z: 1 - sigmoid(z), "one_minus"), one_minus, [(np.array([[9.0, 12.0, -1.0]]),)])
    assert kind == "float32" and line.startswith("your one_minus holds float32 numbers: right to float32 precision of "
                                                 "its largest entries, its small ones off by more")


def test_an_example_prints_the_digits_that_tell_its_two_values_apart():
    # r13 C: an epsilon in a denominator left the clipped entry 1.2e-7 short, and at the usual four decimals the
    # example read "expected [[0.6, 0.]], got [[0.6, 0.]]"
    case = Candidate(Case((np.array([[3.0, 0.0]]),)), np.array([[0.6, 0.0]]))
    line = text(case, np.array([[0.6 * (1 - 2e-7), 0.0]]), (), ["W"], "W")
    expected, got = line.split(": expected ")[1].split(", got ")
    assert expected != got and "0.59999988" in got
    # a difference the usual digits show keeps them
    assert text(case, np.array([[0.5, 0.0]]), (), ["W"], "W").endswith("expected [[0.6, 0. ]], got [[0.5, 0. ]]")


# ---- one call off in every entry, whose input happens to lie in a region ----

def twice(z):
    """2 z, entry by entry."""
    return 2.0 * z


ZEROS = [(RNG_.normal(size=4),), (np.zeros(3),), (np.zeros(3),), (RNG_.normal(size=5),)]


def test_one_call_off_as_a_whole_is_not_said_by_where_its_input_lies():
    """acc17: mlp_backward's gradients summed into a store never reset, off on one call of a cache with all-zero
    biases, got "your b1 is wrong only where the input is exactly 0" (other all-zero calls right)."""
    kept = np.array([0.3, -1.2, 0.5])  # an earlier call's value, on the second all-zero call
    values = [2.0 * ZEROS[0][0], np.zeros(3), kept, 2.0 * ZEROS[3][0]]
    assert find(Setting(twice, "twice"), [Evidence(c, {}, v) for c, v in zip(ZEROS, values)]) is None
    # off at the 0 of a call that is right elsewhere: the entries split, the region is told
    mixed = [(np.array([0.0, 1.5, -2.0]),), *ZEROS]
    values = [np.array([1.0, 3.0, -4.0]), *(2.0 * c[0] for c in ZEROS)]
    relation = find(Setting(twice, "twice"), [Evidence(c, {}, v) for c, v in zip(mixed, values)])
    assert relation.kind == "some-rows"
    assert relation.line.startswith("your twice is wrong only where the input is exactly 0")


# ---- entries [c, -c] negated on some calls: no order ----

def _opposite_pair(x):
    """[c, -c] for c = x: a 2-class bias, whose entries sum to 0."""
    return np.array([x, -x])


def test_a_pair_c_minus_c_negated_on_some_calls_is_no_other_order():
    """acc19 (r18a's leftover): the entries of [c, -c] swapped on some calls and right on the others were told 'the
    right entries in another order'; a swap of them is their negation, which the sign relation says."""
    kind, line = found(Setting(_opposite_pair, "pair"), lambda x: _opposite_pair(-x if x < 2.5 else x),
                       [(1.0,), (2.0,), (3.0,)])
    assert kind == "sign" and "the wrong sign in 4 of 6" in line
    # three entries in another order are no negation: still rows
    assert found(Setting(lambda x: np.array([x, 2 * x, -x]), "triple"), lambda x: np.array([2 * x, x, -x]),
                 [(1.0,), (2.0,)])[0] == "rows"
