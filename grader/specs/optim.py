"""Spec of exercises/optim.py: the gradient-descent step and one epoch of shuffled mini-batches.

Counts and index batches are integers, judged by behaviour checks that
explain: every example exactly once per epoch, batch_size per batch with
a partial last one, and the order of one rng.permutation(n) of the
generator given (so each epoch reshuffles). minibatches also pairs rows:
its inputs encode the row number so a batch whose X and Y rows disagree shows.
"""

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Inputs
from mlptutor.grader.checks.edge import EdgeCheck
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.shape import ShapeCheck
from mlptutor.grader.checks.validate import an, int_problem, returned_nothing, type_name
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.relations.terms import Term
from mlptutor.grader.sandbox import RNG
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs._generators import seed
from mlptutor.grader.specs._networks import every_network, keys_check, network, shaped_like
from mlptutor.reference import optim as ref

# w = 4, eta = 0.1, gradient 6: 4 - 0.6 = 3.4; and as the docstring writes it, in ints (a result buffer made like
# params, np.empty_like(w), is an int one then: tests/solutions/wrong/optim/r7_sgd_out_like_params.py)
STEP_EXAMPLE = ({"w": 4.0}, {"w": 6.0}, 0.1)
STEP_EXAMPLE_INTS = ({"w": 4}, {"w": 6}, 0.1)
# the same keys listed in another order: a step pairing params and grads by position (zip of their values) mixes
# them up (tests/solutions/wrong/optim/r10_sgd_zip_order.py)
STEP_KEYS_REORDERED = ({"W1": np.array([[1.0, -2.0], [0.5, 3.0]]), "b1": np.array([0.25, -1.0])},
                       {"b1": np.array([2.0, 4.0]), "W1": np.array([[-1.0, 0.5], [3.0, 1.0]])}, 0.5)


def step_case(rng, architecture=0):
    params = network(rng, architecture)
    return params, shaped_like(params, rng), float(rng.uniform(0.01, 1.0))


def exact_count(value, expected, case):
    n, batch_size = case.args
    if int_problem(value):  # an int or a numpy integer
        return (returned_nothing(value, "result", "an int")
                or f"returned {an(type_name(value))}; return the count as an int")
    if value != expected:
        return f"{value} iterations for n = {n}, batch_size = {batch_size}: an epoch uses every example once"
    return None


def _batches_problem(value) -> str | None:
    """None when value is a list of 1-D integer index arrays."""
    if type(value) not in (list, tuple):  # in the words relations/stated.py reads as relation:type (a count returned)
        return "return a list of numpy index arrays, one per mini-batch: " + (
            returned_nothing(value, "result", "a list") or f"result is {an(type_name(value))}, expected a list")
    if not all(type(b) is np.ndarray for b in value):
        return "return a list of numpy index arrays, one per mini-batch"
    if not all(b.ndim == 1 and b.dtype.kind in "iu" for b in value):
        return "each mini-batch must be a 1-D array of integer indices"
    return None


def covers_every_example_once(value, expected, case):
    n, batch_size = case.args[:2]
    problem = _batches_problem(value)
    if problem:
        return problem
    if len(value) > len(expected):  # not "the last batch counts": that is the slip of too few
        empty = " (an empty one among them)" if any(len(b) == 0 for b in value) else ""
        return (f"{len(value)} mini-batches for n = {n}, batch_size = {batch_size}{empty}: more than one epoch needs; "
                f"the slices stop where the permutation ends")
    if len(value) < len(expected):
        return (f"{len(value)} mini-batches for n = {n}, batch_size = {batch_size}: "
                f"every example is used once per epoch, so the last, partial batch counts")
    if [len(b) for b in value] != [len(b) for b in expected]:
        return "each mini-batch holds batch_size indices, the last one whatever is left"
    if not np.array_equal(np.sort(np.concatenate(value)), np.arange(n)):
        return f"every index 0..{n - 1} must appear exactly once per epoch"
    return None


def shuffled_by_the_generator(value, expected, case):
    n = case.args[0]
    problem = _batches_problem(value)
    if problem:
        return problem
    order = np.concatenate(value) if value else np.array([], dtype=int)
    if len(value) == len(expected) and np.array_equal(order, np.concatenate(expected)):
        return None
    if np.array_equal(order, np.arange(n)):
        return "the indices come in their original order: shuffle once per epoch"
    return "the order is not one rng.permutation(n) of the generator you are given, sliced in order"


def reshuffled_each_epoch(values, expected, cases):
    """Two epochs of one n and batch_size, each from its own generator: each its own permutation."""
    problem = next(filter(None, map(_batches_problem, values)), None)
    if problem:
        return problem
    orders = [np.concatenate(v) if v else np.array([], dtype=int) for v in values]
    if all(np.array_equal(o, np.concatenate(e)) for o, e in zip(orders, expected)):
        return None
    if np.array_equal(orders[0], orders[1]):
        return ("the second epoch came out in the first one's order: each call draws its own rng.permutation(n) from "
                "the generator it is given (nothing kept from an earlier call)")
    return "the order is not one rng.permutation(n) of the generator you are given, sliced in order"


def rows_stay_paired(value, expected, case):
    """X row i is (i, i^2) and Y row i is (10 i, i^3): every batch's X and Y rows must belong together."""
    if not all(np.array_equal(Yb[:, 0], 10 * Xb[:, 0]) for Xb, Yb in value):
        return "the rows of X_b and Y_b do not belong together: pick both with the same indices"
    rows = np.sort(np.concatenate([Xb[:, 0] for Xb, _ in value]))
    if not np.array_equal(rows, np.arange(len(case.args[0]))):
        return "every example must appear exactly once per epoch"
    return None


def _indices(n, batch_size, rng, shuffle=True, drop_last=False):
    """minibatch_indices with the usual slips switchable: a frame for the wrong variants below."""
    order = rng.permutation(n) if shuffle else np.arange(n)
    stop = n - n % batch_size if drop_last else n
    return [order[i:i + batch_size] for i in range(0, stop, batch_size)]


def _batches(X, Y, batch_size, rng, **slips):
    return [(X[idx], Y[idx]) for idx in _indices(len(X), batch_size, rng, **slips)]


ASCENT = Mistake(
    "sgd-step-ascent", "the step taken along the gradient (params + eta * grads)",
    "the gradient points uphill; descend by subtracting eta times the gradient.",
    lambda params, grads, eta: ref.sgd_step(params, grads, -eta))
COUNT_FLOOR = Mistake(
    "iterations-floor", "iterations per epoch as n // batch_size, dropping the partial batch",
    "when batch_size does not divide n, the leftover examples make one more, smaller batch: round up.",
    lambda n, batch_size: n // batch_size)
COUNT_PLUS_ONE = Mistake(
    "iterations-plus-one", "iterations per epoch as n // batch_size + 1, one too many when batch_size divides n",
    "round n / batch_size up: an exact division needs no extra batch.",
    lambda n, batch_size: n // batch_size + 1)
COUNT_ROUND = Mistake(
    "iterations-round", "iterations per epoch as round(n / batch_size), which rounds a partial batch away",
    "the last, partial batch counts however small it is: round up (the ceiling), never to the nearest.",
    lambda n, batch_size: round(n / batch_size))
COUNT_ROUND_HALF_UP = Mistake(
    "iterations-round-plus-half", "iterations per epoch as round(n / batch_size + 0.5), a ceiling that is not one",
    "Python's round goes half to even: when batch_size divides n, n / batch_size + 0.5 lands on a half and an odd "
    "count rounds up by one: round up with integer arithmetic or a ceiling instead.",
    lambda n, batch_size: int(round(n / batch_size + 0.5)))
INDICES_DROP_LAST = Mistake(
    "minibatch-indices-drop-last", "the last, partial mini-batch dropped",
    "every example is used once per epoch: keep the leftover indices as a last, smaller batch.",
    lambda n, batch_size, rng: _indices(n, batch_size, rng, drop_last=True))
INDICES_AS_LISTS = Mistake(
    "minibatch-indices-as-lists",
    "each mini-batch a Python list of ints (perm.tolist() sliced) instead of an int array",
    "a slice of the permutation array is itself an int array, what X[idx] and the docstring expect; a list is "
    "not: check type() of each batch.",
    lambda n, batch_size, rng: [[int(i) for i in idx] for idx in _indices(n, batch_size, rng)])
INDICES_EMPTY = Mistake(
    "minibatch-indices-empty-slices", "each mini-batch sliced from a start to that same start: every batch empty",
    "a slice a[s:e] holds e - s entries: check where each batch's slice ends against where it starts.",
    lambda n, batch_size, rng: [order[i:i] for order in [rng.permutation(n)] for i in range(0, n, batch_size)])
INDICES_NO_SHUFFLE = Mistake(
    "minibatch-indices-no-shuffle", "mini-batches taken in the original order, never shuffled",
    "shuffle once per epoch with the generator you are given, then slice the shuffled indices.",
    lambda n, batch_size, rng: _indices(n, batch_size, rng, shuffle=False))
INDICES_PERMUTATION_PER_BATCH = Mistake(
    "minibatch-indices-permutation-per-batch", "a new rng.permutation(n) drawn for every mini-batch, sliced at its place",
    "draw the epoch's permutation once, before the loop, and cut every batch from that same order: batches from "
    "different permutations repeat some indices and miss others.",
    lambda n, batch_size, rng: [rng.permutation(n)[i:i + batch_size] for i in range(0, n, batch_size)])


def _balanced(n, batch_size, rng):
    perm, k = rng.permutation(n), -(-n // batch_size)
    size = -(-n // k) if k else batch_size
    return [perm[i:i + size] for i in range(0, n, size)]


def _round_robin(n, batch_size, rng):
    perm, k = rng.permutation(n), -(-n // batch_size)
    return [perm[i::k] for i in range(k)]


def _last_padded(n, batch_size, rng):
    perm = rng.permutation(n)
    return [np.concatenate([perm[i:i + batch_size], perm[:max(i + batch_size - n, 0)]])
            for i in range(0, n, batch_size)]


INDICES_WITH_REPLACEMENT = Mistake(
    "minibatch-indices-with-replacement", "n indices drawn with replacement (rng.integers(0, n, n)), not one permutation",
    "an epoch uses every example exactly once: shuffle with rng.permutation(n), which repeats none and misses none.",
    lambda n, batch_size, rng: (lambda draw: [draw[i:i + batch_size] for i in range(0, n, batch_size)])(
        rng.integers(0, n, size=n)))
INDICES_BALANCED = Mistake(
    "minibatch-indices-balanced-sizes", "the epoch cut into ceil(n / B) batches of one even size, not batches of B",
    "every batch holds batch_size indices and only the last one fewer: cut perm[0:B], perm[B:2B], ... and let the "
    "last batch take what is left.",
    _balanced)
INDICES_ROUND_ROBIN = Mistake(
    "minibatch-indices-round-robin", "the permutation dealt out round-robin (perm[i::k] for k batches), not sliced",
    "each batch is a run of consecutive positions of the permutation: perm[0:B], perm[B:2B], ...",
    _round_robin)
INDICES_LAST_PADDED = Mistake(
    "minibatch-indices-last-batch-padded",
    "the last, partial batch filled up with indices from the start of the permutation",
    "the last batch is shorter when batch_size does not divide n: every index appears exactly once per epoch, none "
    "twice.",
    _last_padded)
INDICES_ARRAY_SPLIT = Mistake(
    "minibatch-indices-array-split", "the permutation cut by np.array_split into ceil(n / B) near-equal parts",
    "np.array_split evens the sizes out (23 by 5: 5, 5, 5, 4, 4): every batch holds batch_size indices and only the "
    "last one fewer, so slice perm[0:B], perm[B:2B], ...",
    lambda n, batch_size, rng: np.array_split(rng.permutation(n), -(-n // batch_size)))


def batching(mistake):
    """minibatches picking its rows with minibatch_indices' slip `mistake` (a minibatches that calls the student's
    own minibatch_indices, as the course's solution does)."""
    return Mistake(mistake.id.replace("minibatch-indices-", "minibatches-", 1),
                   f"{mistake.title}, in the batches minibatches picks", mistake.hint,
                   lambda X, Y, batch_size, rng: [(X[idx], Y[idx]) for idx in mistake.variant(len(X), batch_size, rng)])


BATCHES_DROP_LAST = Mistake(
    "minibatches-drop-last", "minibatches without the last, partial batch",
    "every example is used once per epoch: keep the leftover rows as a last, smaller batch.",
    lambda X, Y, batch_size, rng: _batches(X, Y, batch_size, rng, drop_last=True))
BATCHES_NO_SHUFFLE = Mistake(
    "minibatches-no-shuffle", "minibatches in the original row order, never shuffled",
    "shuffle once per epoch with the generator you are given before slicing the rows.",
    lambda X, Y, batch_size, rng: _batches(X, Y, batch_size, rng, shuffle=False))
BATCHES_SHUFFLED_TWICE = Mistake(
    "minibatches-shuffled-twice", "X and Y shuffled by one rng.permutation first, then cut by minibatch_indices, "
    "which shuffles again",
    "minibatch_indices already shuffles: index the original X and Y with its batches, one permutation per epoch.",
    lambda X, Y, batch_size, rng: (lambda order: _batches(X[order], Y[order], batch_size, rng))(rng.permutation(len(X))))
BATCHES_UNPAIRED = Mistake(
    "minibatches-x-y-shuffled-apart", "X and Y shuffled with two different permutations",
    "the inputs and targets of an example must stay together: pick X and Y rows with the same indices.",
    lambda X, Y, batch_size, rng: list(zip(*(
        [part[idx] for idx in _indices(len(X), batch_size, rng)] for part in (X, Y)))))
INDICES_PERMUTATION_ONLY = Mistake(
    "minibatch-indices-permutation-uncut", "the shuffled permutation returned whole, not cut into mini-batches",
    "the epoch's permutation is only the first step: the caller gets the list of its consecutive slices of "
    "batch_size indices, one per update.",
    lambda n, batch_size, rng: rng.permutation(n))

INDICES_SLICE_END_FIXED = Mistake(
    "minibatch-indices-slice-end-fixed", "every slice of the permutation ending at batch_size (perm[start:batch_size]):"
    " the first mini-batch full, every later one empty",
    "a slice's end moves with its start: each batch runs batch_size positions on from where it begins.",
    lambda n, batch_size, rng: (lambda perm: [perm[i:batch_size] for i in range(0, n, batch_size)])(
        rng.permutation(n)))


# slips of minibatch_indices that reach minibatches when it calls minibatch_indices (drop-last and no-shuffle have
# minibatches' own mistakes; a list of ints picks the same rows as an array; on minibatches' inputs, 9 by 4 and 5 by
# 2, np.array_split's sizes are the balanced ones, which name it)
PASSED_ON = (INDICES_PERMUTATION_PER_BATCH, INDICES_BALANCED, INDICES_ROUND_ROBIN, INDICES_LAST_PADDED,
             INDICES_WITH_REPLACEMENT, INDICES_SLICE_END_FIXED)
BATCHES_PASSED_ON = tuple(map(batching, PASSED_ON))


def labelled_rows(n):
    """X (n, 2) with rows (i, i^2) and Y (n, 2) with rows (10 i, i^3): rows tell which example they are.

    No row is an affine image of another row: with rows (i, -i) and (10 i) any reordering read as each row
    times its own number (or minus it plus a constant), a scaling relation, for a shuffle by another generator.
    """
    i = np.arange(float(n))
    return np.stack([i, i * i], axis=1), np.stack([10 * i, i ** 3], axis=1)


# labels as a 1-D Y (N,), which "Y (N, ...)" allows: a batch picked as Y[idx, :] fails on it
LABELS_1D = (labelled_rows(6)[0], 10 * np.arange(6.0), 4, RNG(1))


def batches_case(rng, n, batch_size):
    return (*labelled_rows(n), batch_size, seed(rng))


def index_scenarios(n, batch_size):
    """Two scenarios judging one call: every example once, and shuffled by the given generator."""
    draw = Inputs(f"indices {n} {batch_size}", lambda rng: [(n, batch_size, seed(rng))])
    return (Scenario(f"n = {n}, batch_size = {batch_size}", covers_every_example_once, draw=draw, validate=False),
            Scenario(f"n = {n}, batch_size = {batch_size}", shuffled_by_the_generator, draw=draw, validate=False))


# a step of eta = 0: its answer is params unchanged, what a do-nothing body gives, so an edge case; the docstring
# promises a new dict for it too
STANDING_STILL = ({"W1": np.array([[0.5, -1.0], [2.0, 0.25]]), "b1": np.array([0.1, -0.3])},
                  {"W1": np.array([[1.0, 2.0], [-0.5, 3.0]]), "b1": np.array([0.4, 0.2])}, 0.0)

# two calls of one n and batch_size, from two generators: an order kept from the first call (a cache keyed by n and
# batch_size, tests/solutions/wrong/optim/r13_mbi_cached_order.py) shows in the second
TWO_EPOCHS = Scenario("two epochs, n = 10, batch_size = 3", reshuffled_each_epoch,
                      draw=lambda rng: [(10, 3, seed(rng)), (10, 3, seed(rng))], several=True, validate=False)

# one hidden step per architecture, shared by sgd_step's shape, value and hygiene checks
STEPS = Inputs("inputs", every_network(step_case))
BATCHES = Inputs("inputs", lambda rng: [batches_case(rng, 9, 4)])

# How a student makes each mistake: in the correct solution tests/solutions/optim.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "sgd-step-ascent": Edit("params[k] - eta * grads[k]", "params[k] + eta * grads[k]"),
    "iterations-floor": Edit("return int(np.ceil(n / batch_size))", "return n // batch_size"),
    "iterations-plus-one": Edit("return int(np.ceil(n / batch_size))", "return n // batch_size + 1"),
    "iterations-round": Edit("return int(np.ceil(n / batch_size))", "return round(n / batch_size)"),
    "iterations-round-plus-half": Edit("return int(np.ceil(n / batch_size))",
                                       "return int(round(n / batch_size + 0.5))"),
    "minibatch-indices-drop-last": Edit(
        "for start in range(0, n, batch_size):",
        "for start in range(0, n - batch_size + 1, batch_size):"),
    "minibatch-indices-no-shuffle": Edit("perm = rng.permutation(n)", "perm = np.arange(n)"),
    "minibatch-indices-permutation-per-batch": Edit(
        "    perm = rng.permutation(n)\n"
        "    batches = []\n"
        "    for start in range(0, n, batch_size):\n"
        "        batches.append(perm[start:start + batch_size])",
        "    batches = []\n"
        "    for start in range(0, n, batch_size):\n"
        "        batches.append(rng.permutation(n)[start:start + batch_size])"),
    "minibatch-indices-permutation-uncut": Edit("    return batches\n", "    return perm\n"),
    "minibatch-indices-slice-end-fixed": Edit("batches.append(perm[start:start + batch_size])",
                                              "batches.append(perm[start:batch_size])"),
    "minibatch-indices-empty-slices": Edit("batches.append(perm[start:start + batch_size])",
                                           "batches.append(perm[start:start])"),
    "minibatch-indices-as-lists": Edit("perm = rng.permutation(n)", "perm = rng.permutation(n).tolist()"),
    "minibatch-indices-with-replacement": Edit("perm = rng.permutation(n)", "perm = rng.integers(0, n, size=n)"),
    "minibatch-indices-balanced-sizes": Edit(
        "    for start in range(0, n, batch_size):\n"
        "        batches.append(perm[start:start + batch_size])",
        "    k = -(-n // batch_size)\n"
        "    size = -(-n // k) if k else batch_size\n"
        "    for start in range(0, n, size):\n"
        "        batches.append(perm[start:start + size])"),
    "minibatch-indices-round-robin": Edit(
        "    for start in range(0, n, batch_size):\n"
        "        batches.append(perm[start:start + batch_size])",
        "    k = -(-n // batch_size)\n"
        "    for i in range(k):\n"
        "        batches.append(perm[i::k])"),
    "minibatch-indices-last-batch-padded": Edit(
        "        batches.append(perm[start:start + batch_size])",
        "        batches.append(np.concatenate([perm[start:start + batch_size],\n"
        "                                       perm[:max(start + batch_size - n, 0)]]))"),
    "minibatch-indices-array-split": Edit(
        "    batches = []\n"
        "    for start in range(0, n, batch_size):\n"
        "        batches.append(perm[start:start + batch_size])\n"
        "    return batches",
        "    return np.array_split(perm, int(np.ceil(n / batch_size)))"),
    "minibatches-drop-last": Edit(
        "for idx in minibatch_indices(len(X), batch_size, rng)]",
        "for idx in minibatch_indices(len(X), batch_size, rng) if len(idx) == batch_size]"),
    "minibatches-no-shuffle": Edit(
        "    return [(X[idx], Y[idx]) for idx in minibatch_indices(len(X), batch_size, rng)]",
        "    return [(X[s:s + batch_size], Y[s:s + batch_size]) for s in range(0, len(X), batch_size)]"),
    "minibatches-shuffled-twice": Edit(
        "    return [(X[idx], Y[idx]) for idx in minibatch_indices(len(X), batch_size, rng)]",
        "    order = rng.permutation(len(X))\n"
        "    X, Y = X[order], Y[order]\n"
        "    return [(X[idx], Y[idx]) for idx in minibatch_indices(len(X), batch_size, rng)]"),
    "minibatches-x-y-shuffled-apart": Edit(
        "    return [(X[idx], Y[idx]) for idx in minibatch_indices(len(X), batch_size, rng)]",
        "    x_batches = minibatch_indices(len(X), batch_size, rng)\n"
        "    y_batches = minibatch_indices(len(X), batch_size, rng)\n"
        "    return [(X[i], Y[j]) for i, j in zip(x_batches, y_batches)]"),
}
# minibatches' twins come from minibatch_indices' own edits: the solution's minibatches calls it
EDITS.update({twin.id: EDITS[slip.id] for slip, twin in zip(PASSED_ON, BATCHES_PASSED_ON)})


def floats(params: dict) -> dict:
    """A parameter dict's values as float64 arrays (the terms of an update step; regularization's too)."""
    return {k: np.asarray(v, dtype=np.float64) for k, v in params.items()}


# the terms each formula adds up to (grader.relations.terms): a wrong answer may be the right one with a term
# left out, negated, doubled or halved
TERMS = {
    "sgd_step": (
        Term("params", lambda params, grads, eta: floats(params)),
        Term("eta * grads", lambda params, grads, eta: {k: -eta * g for k, g in floats(grads).items()})),
}


SPEC = ExerciseSpec("optim", (
    FunctionSpec("sgd_step", ref.sgd_step, (
        ShapeCheck("shape", 1.0, sizes=STEPS),
        ValueCheck("value", 2.0, fixed=(STEP_EXAMPLE, STEP_EXAMPLE_INTS, STEP_KEYS_REORDERED), hidden=STEPS),
        HygieneCheck("hygiene", 1.0, inputs=STEPS),
        EdgeCheck("edge", 1.0, fixed=(STANDING_STILL,), what=("a step with eta = 0",)),
        # a dict kept on the module and filled on every call shows in a shallower network's keys
        keys_check(step_case),
    ), (ASCENT,), fresh="a new dict"),
    FunctionSpec("iterations_per_epoch", ref.iterations_per_epoch, (
        BehaviourCheck("value", 1.0, scenarios=(
            *(Scenario(f"n = {n}, batch_size = {b}", exact_count, args=(n, b), validate=False)
              for n, b in ((10_000, 100), (10, 3), (7, 7), (5, 8), (3, 1))),
            Scenario("a hidden size", exact_count, validate=False,
                     draw=lambda rng: (int(rng.integers(20, 200)), int(rng.integers(2, 20)))))),
    ), (COUNT_FLOOR, COUNT_PLUS_ONE, COUNT_ROUND, COUNT_ROUND_HALF_UP)),
    FunctionSpec("minibatch_indices", ref.minibatch_indices, (
        # 9 by 4: batches (4, 4, 1), where sizes evened out over the three batches give (3, 3, 3)
        BehaviourCheck("behaviour", 3.0, scenarios=(*index_scenarios(23, 5), *index_scenarios(12, 4),
                                                    *index_scenarios(3, 7), *index_scenarios(4, 1),
                                                    *index_scenarios(9, 4), TWO_EPOCHS)),
    ), (INDICES_DROP_LAST, INDICES_NO_SHUFFLE, INDICES_AS_LISTS, INDICES_ARRAY_SPLIT, INDICES_PERMUTATION_ONLY,
        INDICES_EMPTY, *PASSED_ON)),
    FunctionSpec("minibatches", ref.minibatches, (
        ValueCheck("value", 2.0, fixed=((*labelled_rows(5), 2, RNG(0)), LABELS_1D), hidden=BATCHES),
        BehaviourCheck("behaviour", 1.0, scenarios=(
            Scenario("rows of X and Y", rows_stay_paired, draw=lambda rng: batches_case(rng, 11, 3)),
            Scenario("batch size 1", rows_stay_paired, draw=lambda rng: batches_case(rng, 4, 1)),)),
        HygieneCheck("hygiene", 1.0, inputs=BATCHES),
    ), (BATCHES_DROP_LAST, BATCHES_NO_SHUFFLE, BATCHES_UNPAIRED, BATCHES_SHUFFLED_TWICE, *BATCHES_PASSED_ON)),
), edits=EDITS, terms=TERMS)
