"""Spec of exercises/data.py: the seeded train/validation/test split and one-hot labels.

The split's draw is specified exactly (one rng.permutation(n), cut in order
with Python's round), so the indices are compared with the reference's; the
behaviour check also says what is wrong on its own terms: pieces that
overlap or miss an index, sizes that are not the fractions of n, a
permutation that is not the generator's. Sizes are chosen where rounding and
truncating differ (0.6 * 8 = 4.8).
"""

import math

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Case
from mlptutor.grader.checks.validate import an, returned_nothing, type_name
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.sandbox import RNG
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs._generators import seed
from mlptutor.reference import data as ref

CUSTOM = (0.7, 0.15, 0.15)
NO_TEST = (0.8, 0.2, 0.0)  # a zero fraction is allowed, and val's fraction differs from test's


def _pieces(value):
    """The three index arrays, or one line saying why `value` is not that."""
    if type(value) not in (tuple, list) or len(value) != 3:
        due = "a tuple of three index arrays (train, val, test)"
        return None, returned_nothing(value, "result", due) or f"return {due}"
    if not all(type(v) is np.ndarray and v.ndim == 1 and v.dtype.kind in "iu" for v in value):
        other = next((i for i, v in enumerate(value) if type(v) is not np.ndarray), None)
        # which piece is no array at all, in the words relations/stated.py reads as relation:type (a count returned)
        return None, "each piece must be a 1-D numpy array of integer indices" + (
            "" if other is None else f": result[{other}] is {an(type_name(value[other]))}, expected an index array")
    return value, None


def splits_like_reference(show):
    """Predicate: disjoint pieces covering 0..n-1, of the right sizes, equal to the reference's."""
    def expect(value, expected, case):
        pieces, problem = _pieces(value)
        if problem:
            return problem
        n = case.args[0]
        together = np.concatenate(pieces)
        if len(together) != n or not np.array_equal(np.sort(together), np.arange(n)):
            return f"the three pieces must hold every index 0..{n - 1} exactly once"
        sizes, right = tuple(len(p) for p in pieces), tuple(len(p) for p in expected)
        if sizes != right:
            return f"piece sizes {sizes} for n = {n}" + (f", expected {right}" if show else "") + \
                " (round(f * n) for train and validation, the rest is test)"
        if not all(np.array_equal(p, e) for p, e in zip(pieces, expected)):
            return "not the reference's indices: shuffle once with rng.permutation(n) and cut it in order"
        return None
    return expect


def split_afresh(values, expected, cases):
    """Two splits of one n from two generators: each its own permutation."""
    judge = splits_like_reference(show=False)
    problems = [judge(value, right, case) for value, right, case in zip(values, expected, cases)]
    if not any(problems):
        return None
    first, second = (_pieces(value)[0] for value in values)
    if first is not None and second is not None and all(np.array_equal(a, b) for a, b in zip(first, second)):
        return ("the second split repeats the first one: each call draws its own rng.permutation(n) from the "
                "generator it is given (nothing kept from an earlier call)")
    return next(filter(None, problems))


def _split(n, rng, fractions=ref.DEFAULT_FRACTIONS, cut=round, shuffle=True, order=(0, 1, 2)):
    """split_indices with the usual slips switchable: a frame for the wrong variants below."""
    perm = rng.permutation(n) if shuffle else np.arange(n)
    sizes = [cut(fractions[order[0]] * n), cut(fractions[order[1]] * n)]
    first, second = perm[:sizes[0]], perm[sizes[0]:sizes[0] + sizes[1]]
    pieces = {order[0]: first, order[1]: second, order[2]: perm[sizes[0] + sizes[1]:]}
    return pieces[0], pieces[1], pieces[2]


TRUNCATES = Mistake(
    "split-truncates-sizes", "piece sizes cut with int() instead of round()",
    "int(0.6 * 8) = 4 drops the .8: round the train and validation sizes (Python's round) and give the test set the rest.",
    lambda n, rng, fractions=ref.DEFAULT_FRACTIONS: _split(n, rng, fractions, cut=int))
NO_SHUFFLE = Mistake(
    "split-no-shuffle", "the split cut from 0..n-1 in order, without shuffling",
    "data sets are often sorted (by class, by date): shuffle the indices with rng.permutation(n) first.",
    lambda n, rng, fractions=ref.DEFAULT_FRACTIONS: _split(n, rng, fractions, shuffle=False))
TEST_BEFORE_VAL = Mistake(
    "split-test-before-validation", "the test piece cut from the permutation before the validation piece",
    "cut in the order train, validation, test: the validation indices come right after the training ones.",
    lambda n, rng, fractions=ref.DEFAULT_FRACTIONS: _split(n, rng, fractions, order=(0, 2, 1)))



def _test_from_train_end(n, rng, fractions=ref.DEFAULT_FRACTIONS):
    """The test piece cut from where the training piece ends, the validation indices in it too."""
    train, val, test = ref.split_indices(n, rng, fractions)
    return train, val, np.concatenate([val, test])


TEST_HOLDS_VALIDATION = Mistake(
    "split-test-from-train-end", "the test piece cut from where the training piece ends (perm[n_train:]), so it "
    "holds the validation indices too",
    "the three pieces are disjoint: where in the permutation does the test piece start, once train and validation "
    "are cut?",
    _test_from_train_end)


def _validation_ends_at_its_size(n, rng, fractions=ref.DEFAULT_FRACTIONS):
    """The validation piece sliced perm[n_train:n_val], its size taken for the index where it ends."""
    train, val, test = ref.split_indices(n, rng, fractions)
    return train, np.concatenate([train, val, test])[len(train):len(val)], test


VALIDATION_END_IS_SIZE = Mistake(
    "split-validation-end-is-its-size", "the validation piece sliced perm[n_train:n_val], its size used as the index "
    "where it ends (empty whenever n_val <= n_train)",
    "a slice's second number is where it stops, not how many it takes: where in the permutation does the validation "
    "piece end?",
    _validation_ends_at_its_size)

def _split_cumulative(n, rng, fractions=ref.DEFAULT_FRACTIONS):
    """The validation piece cut where the running total round((f_train + f_val) * n) ends."""
    perm = rng.permutation(n)
    n_train, end = round(fractions[0] * n), round((fractions[0] + fractions[1]) * n)
    return perm[:n_train], perm[n_train:end], perm[end:]


CUMULATIVE = Mistake(
    "split-cumulative-rounding", "the validation piece ended at round((f_train + f_val) * n), the running total "
    "rounded (or the test piece's size rounded and validation given the rest: the same cut but at a tie, which round "
    "takes to even), instead of after "
    "round(f_val * n) indices",
    "round each piece's own size, round(f * n) for train and then for validation, and give test the rest: rounding "
    "the running total, or the test size, moves an index between validation and test (0.6 * 8 and 0.2 * 8 round to "
    "5 and 2, but 0.8 * 8 rounds to 6).",
    _split_cumulative)
HALF_UP = Mistake(
    "split-rounds-half-up", "piece sizes rounded half up (floor(f * n + 0.5)) instead of Python's round",
    "Python's round, which the docstring names, rounds a half to the even neighbour (round(2.5) = 2): a half-up "
    "rounding gives one index more where f * n ends in .5.",
    lambda n, rng, fractions=ref.DEFAULT_FRACTIONS: _split(n, rng, fractions, cut=lambda x: math.floor(x + 0.5)))
IGNORES_FRACTIONS = Mistake(
    "split-ignores-fractions", "the fractions argument ignored: always split 60/20/20",
    "size the pieces from the fractions the caller passes: asked for (0.7, 0.15, 0.15), the pieces must have those "
    "sizes.",
    lambda n, rng, fractions=ref.DEFAULT_FRACTIONS: _split(n, rng))

PIECES_AS_LISTS = Mistake(
    "split-pieces-as-lists", "the pieces as Python lists (the permutation's .tolist() sliced), not index arrays",
    "a slice of the permutation array is itself an int array, what X[idx] and the docstring expect; a list is "
    "not: check type() of each piece.",
    lambda n, rng, fractions=ref.DEFAULT_FRACTIONS: tuple([int(i) for i in piece]
                                                          for piece in ref.split_indices(n, rng, fractions)))


def _split_arrays(X, Y, rng, fractions=ref.DEFAULT_FRACTIONS, split=ref.split_indices):
    return tuple((X[idx], Y[idx]) for idx in split(len(X), rng, fractions))


def _separately(X, Y, rng, fractions=ref.DEFAULT_FRACTIONS):
    x_idx, y_idx = ref.split_indices(len(X), rng, fractions), ref.split_indices(len(X), rng, fractions)
    return tuple((X[i], Y[j]) for i, j in zip(x_idx, y_idx))


ARRAYS_SEPARATELY = Mistake(
    "split-X-and-Y-shuffled-apart", "X and Y shuffled by two different permutations",
    "draw one permutation and index X and Y with the same indices, or the labels no longer belong to their examples.",
    _separately)
def _columns_permuted(X, Y, rng, fractions=ref.DEFAULT_FRACTIONS):
    n = len(X)
    n_train = round(fractions[0] * n)
    cut = (n_train, n_train + min(round(fractions[1] * n), n - n_train))
    return tuple(zip(np.split(rng.permuted(X, axis=0), cut), np.split(rng.permuted(Y, axis=0), cut)))


ARRAYS_PERMUTED = Mistake(
    "split-arrays-rng-permuted", "X and Y each shuffled by rng.permuted(..., axis=0), which shuffles every column on "
    "its own",
    "rng.permuted(X, axis=0) is not rng.permutation(X): it shuffles each column independently, so a row's features "
    "come from different examples, and Y gets draws of its own. Draw one rng.permutation(n) and index X and Y with "
    "the same pieces.",
    _columns_permuted)
ARRAYS_NO_SHUFFLE = Mistake(
    "split-arrays-no-shuffle", "X and Y cut in order, without shuffling",
    "shuffle once with rng.permutation(n) before cutting: the rows may be sorted.",
    lambda X, Y, rng, fractions=ref.DEFAULT_FRACTIONS: _split_arrays(X, Y, rng, fractions, NO_SHUFFLE.variant))
ARRAYS_TRUNCATE = Mistake(
    "split-arrays-truncate-sizes", "X and Y split with sizes cut by int() instead of round()",
    "round the train and validation sizes (Python's round) and give the test set the rest.",
    lambda X, Y, rng, fractions=ref.DEFAULT_FRACTIONS: _split_arrays(X, Y, rng, fractions, TRUNCATES.variant))
ARRAYS_CUMULATIVE = Mistake(
    "split-arrays-cumulative-rounding", "X and Y split with the validation piece ended at round((f_train + f_val) * n)",
    CUMULATIVE.hint,
    lambda X, Y, rng, fractions=ref.DEFAULT_FRACTIONS: _split_arrays(X, Y, rng, fractions, _split_cumulative))
ARRAYS_IGNORE_FRACTIONS = Mistake(
    "split-arrays-ignores-fractions", "the fractions argument ignored: X and Y always split 60/20/20",
    "pass the caller's fractions on to split_indices: asked for (0.7, 0.15, 0.15), the pieces must have those sizes.",
    lambda X, Y, rng, fractions=ref.DEFAULT_FRACTIONS: _split_arrays(X, Y, rng))

ONE_HOT_TRANSPOSED = Mistake(
    "one-hot-transposed", "the one-hot matrix as (K, N), one column per example",
    "batch-first: one row per example, one column per class, shape (N, K).",
    lambda labels, n_classes=None: ref.one_hot(labels, n_classes).T)
ONE_HOT_IGNORES_K = Mistake(
    # a count of distinct labels gives the same K wherever it returns (it raises where a label below the largest is
    # missing, which no replay sees): one mistake, said for both
    "one-hot-ignores-n-classes", "K taken from the labels themselves (the largest label + 1, or the number of distinct "
    "labels) even when n_classes is given",
    "a batch need not hold every class: use n_classes when it is given, max(labels) + 1 only when it is None (a count "
    "of distinct labels is too narrow as soon as a label below the largest is missing).",
    lambda labels, n_classes=None: ref.one_hot(labels))


def _one_hot_present(labels, n_classes=None):
    """One column per label present (np.unique) when n_classes is None: scikit-learn's LabelBinarizer classes_."""
    if n_classes is not None:
        return ref.one_hot(labels, n_classes)
    labels = np.asarray(labels, dtype=int)
    return (labels[:, None] == np.unique(labels)[None, :]).astype(np.float64)


ONE_HOT_PRESENT = Mistake(
    "one-hot-columns-of-present-labels", "one column per label present (np.unique) when n_classes is None",
    "the columns are the classes 0 .. K-1, K = max(labels) + 1 when n_classes is None, a missing class keeping its "
    "column: a column per distinct label (scikit-learn's LabelBinarizer) moves every label above a missing one.",
    _one_hot_present)
ONE_HOT_K_IS_N = Mistake(
    "one-hot-k-from-batch-size", "K taken as the number of examples (np.eye(len(labels)))",
    "the columns are the classes, not the examples: K = n_classes, or max(labels) + 1 when it is None.",
    lambda labels, n_classes=None: np.eye(len(labels))[np.asarray(labels, dtype=int)])
ONE_HOT_SOFT_TARGETS = Mistake(
    "one-hot-targets-0.1-0.9", "targets of 0.9 for the label and 0.1 elsewhere (Mitchell's targets for sigmoid "
    "units) instead of 1 and 0",
    "one-hot means exactly 1 in the label's column and 0 in the others; 0.1/0.9 targets (so a sigmoid output can "
    "reach them) are a training choice of some books, not the encoding, and softmax + cross-entropy wants the 0/1 "
    "rows.",
    lambda labels, n_classes=None: 0.8 * ref.one_hot(labels, n_classes) + 0.1)

ONE_HOT_FROM_ONE = Mistake(
    "one-hot-labels-from-1", "labels read as 1..K (Octave's habit): K = max(labels) and the 1 put in column "
    "label - 1, so class 0 lands in the last column",
    "the labels here count from 0: class k goes in column k, and K = max(labels) + 1 when n_classes is None.",
    lambda labels, n_classes=None: np.eye(int(np.max(labels)) if n_classes is None else n_classes)[
        np.asarray(labels, dtype=int) - 1])

def split_case(n, rng, fractions=None):
    return Case((n, seed(rng)) + ((fractions,) if fractions else ()))


def arrays_case(n, rng, fractions=None):
    X = rng.normal(size=(n, 3))
    Y = ref.one_hot(rng.integers(0, 3, size=n), 3)
    return Case((X, Y, seed(rng)) + ((fractions,) if fractions else ()))


def targets_case(n, rng):
    """X (N, 2, 2) images and Y (N,) a vector of targets: "(N, ...)" allows both, not only (N, K) tables."""
    return Case((rng.normal(size=(n, 2, 2)), rng.normal(size=n), seed(rng)))


def hidden_labels(rng):
    """Labels of 7 examples in 4 classes (so K differs from N), and 5 examples with n_classes given."""
    labels = rng.integers(0, 4, size=7)
    labels[0] = 3
    return [(labels,), Case((rng.integers(0, 3, size=5),), {"n_classes": 5})]


# How a student makes each mistake: in the correct solution tests/solutions/data.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "split-truncates-sizes": Edit(
        "    n_train = round(fractions[0] * n)\n"
        "    n_val = min(round(fractions[1] * n), n - n_train)",
        "    n_train = int(fractions[0] * n)\n"
        "    n_val = min(int(fractions[1] * n), n - n_train)"),
    "split-validation-end-is-its-size": Edit("perm[n_train:n_train + n_val]", "perm[n_train:n_val]"),
    "split-test-from-train-end": Edit("perm[n_train + n_val:]", "perm[n_train:]"),
    "split-no-shuffle": Edit("perm = rng.permutation(n)", "perm = np.arange(n)"),
    "split-pieces-as-lists": Edit("perm = rng.permutation(n)", "perm = rng.permutation(n).tolist()"),
    "split-test-before-validation": Edit(
        "    n_train = round(fractions[0] * n)\n"
        "    n_val = min(round(fractions[1] * n), n - n_train)\n"
        "    return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]",
        "    names = [\"train\", \"test\", \"val\"]\n"
        "    share = dict(zip([\"train\", \"val\", \"test\"], fractions))\n"
        "    first, second = round(share[names[0]] * n), round(share[names[1]] * n)\n"
        "    pieces = {names[0]: perm[:first], names[1]: perm[first:first + second], names[2]: perm[first + second:]}\n"
        "    return pieces[\"train\"], pieces[\"val\"], pieces[\"test\"]"),
    "split-cumulative-rounding": Edit("    n_val = min(round(fractions[1] * n), n - n_train)",
                                      "    n_val = round((fractions[0] + fractions[1]) * n) - n_train"),
    "split-rounds-half-up": Edit(
        "    n_train = round(fractions[0] * n)\n"
        "    n_val = min(round(fractions[1] * n), n - n_train)",
        "    n_train = int(np.floor(fractions[0] * n + 0.5))\n"
        "    n_val = min(int(np.floor(fractions[1] * n + 0.5)), n - n_train)"),
    "split-ignores-fractions": Edit(
        "    n_train = round(fractions[0] * n)\n"
        "    n_val = min(round(fractions[1] * n), n - n_train)",
        "    n_train = round(0.6 * n)\n"
        "    n_val = min(round(0.2 * n), n - n_train)"),
    "split-arrays-cumulative-rounding": Edit(
        "    return tuple((X[idx], Y[idx]) for idx in split_indices(len(X), rng, fractions))",
        "    perm = rng.permutation(len(X))\n"
        "    a, b = round(fractions[0] * len(X)), round((fractions[0] + fractions[1]) * len(X))\n"
        "    return (X[perm[:a]], Y[perm[:a]]), (X[perm[a:b]], Y[perm[a:b]]), (X[perm[b:]], Y[perm[b:]])"),
    "split-arrays-ignores-fractions": Edit("split_indices(len(X), rng, fractions))", "split_indices(len(X), rng))"),
    "split-X-and-Y-shuffled-apart": Edit(
        "    return tuple((X[idx], Y[idx]) for idx in split_indices(len(X), rng, fractions))",
        "    return tuple((X[i], Y[j]) for i, j in zip(split_indices(len(X), rng, fractions), split_indices(len(X), rng, fractions)))"),
    "split-arrays-rng-permuted": Edit(
        "    return tuple((X[idx], Y[idx]) for idx in split_indices(len(X), rng, fractions))",
        "    n_train = round(fractions[0] * len(X))\n"
        "    cut = (n_train, n_train + min(round(fractions[1] * len(X)), len(X) - n_train))\n"
        "    return tuple(zip(np.split(rng.permuted(X, axis=0), cut), np.split(rng.permuted(Y, axis=0), cut)))"),
    "split-arrays-no-shuffle": Edit(
        "    return tuple((X[idx], Y[idx]) for idx in split_indices(len(X), rng, fractions))",
        "    perm = np.arange(len(X))\n"
        "    a, b = round(fractions[0] * len(X)), round(fractions[1] * len(X))\n"
        "    return (X[perm[:a]], Y[perm[:a]]), (X[perm[a:a + b]], Y[perm[a:a + b]]), (X[perm[a + b:]], Y[perm[a + b:]])"),
    "split-arrays-truncate-sizes": Edit(
        "    return tuple((X[idx], Y[idx]) for idx in split_indices(len(X), rng, fractions))",
        "    perm = rng.permutation(len(X))\n"
        "    a, b = int(fractions[0] * len(X)), int(fractions[1] * len(X))\n"
        "    return (X[perm[:a]], Y[perm[:a]]), (X[perm[a:a + b]], Y[perm[a:a + b]]), (X[perm[a + b:]], Y[perm[a + b:]])"),
    "one-hot-transposed": Edit(
        "    return out\n",
        "    return out.T\n"),
    "one-hot-targets-0.1-0.9": Edit(
        "    out = np.zeros((labels.size, k))\n"
        "    out[np.arange(labels.size), labels] = 1.0",
        "    out = np.full((labels.size, k), 0.1)\n"
        "    out[np.arange(labels.size), labels] = 0.9"),
    "one-hot-ignores-n-classes": Edit(
        "    labels = np.asarray(labels, dtype=int)\n"
        "    k = labels.max() + 1 if n_classes is None else n_classes\n"
        "    out = np.zeros((labels.size, k))\n"
        "    out[np.arange(labels.size), labels] = 1.0",
        "    labels = np.asarray(labels)\n"
        "    out = np.zeros((len(labels), labels.max() + 1))\n"
        "    out[np.arange(len(labels)), labels] = 1.0"),
    "one-hot-columns-of-present-labels": Edit(
        "    k = labels.max() + 1 if n_classes is None else n_classes\n",
        "    if n_classes is None:\n"
        "        return (labels[:, None] == np.unique(labels)[None, :]).astype(float)\n"
        "    k = n_classes\n"),
    "one-hot-labels-from-1": Edit(
        "    k = labels.max() + 1 if n_classes is None else n_classes\n"
        "    out = np.zeros((labels.size, k))\n"
        "    out[np.arange(labels.size), labels] = 1.0",
        "    k = labels.max() if n_classes is None else n_classes\n"
        "    out = np.zeros((labels.size, k))\n"
        "    out[np.arange(labels.size), labels - 1] = 1.0"),
    "one-hot-k-from-batch-size": Edit(
        "    labels = np.asarray(labels, dtype=int)\n"
        "    k = labels.max() + 1 if n_classes is None else n_classes\n"
        "    out = np.zeros((labels.size, k))\n"
        "    out[np.arange(labels.size), labels] = 1.0",
        "    labels = np.asarray(labels)\n"
        "    out = np.zeros((len(labels), len(labels)))\n"
        "    out[np.arange(len(labels)), labels] = 1.0"),
}


SPEC = ExerciseSpec("data", (
    FunctionSpec("split_indices", ref.split_indices, (
        BehaviourCheck("behaviour", 3.0, scenarios=(
            Scenario("10 examples, seed 0", splits_like_reference(show=True), args=Case((10, RNG(0))), validate=False),
            Scenario("8 examples (0.6 * 8 = 4.8)", splits_like_reference(show=True), args=Case((8, RNG(3))),
                     validate=False),
            Scenario("fractions (0.7, 0.15, 0.15) of 13", splits_like_reference(show=True),
                     args=Case((13, RNG(5), CUSTOM)), validate=False),
            Scenario("fractions (0.25, 0.25, 0.5) of 10 (0.25 * 10 = 2.5 rounds half to even)",
                     splits_like_reference(show=True), args=Case((10, RNG(7), (0.25, 0.25, 0.5))), validate=False),
            # what the caller means by summing to 1: 0.7 + 0.2 + 0.1 is 0.9999999999999999 in floats
            Scenario("fractions (0.7, 0.2, 0.1) of 10 (their float sum is 0.9999999999999999)",
                     splits_like_reference(show=True), args=Case((10, RNG(9), (0.7, 0.2, 0.1))), validate=False),
            Scenario("a hidden size and seed", splits_like_reference(show=False),
                     draw=lambda rng: split_case(int(rng.choice([18, 23, 28])), rng), validate=False),
            Scenario("fractions (0.8, 0.2, 0.0): no test set", splits_like_reference(show=False),
                     draw=lambda rng: split_case(int(rng.choice([11, 16, 21])), rng, NO_TEST), validate=False),
            # a permutation kept from the first call (memoised per n) shows in the second
            Scenario("two splits of 12 examples", split_afresh,
                     draw=lambda rng: [split_case(12, rng), split_case(12, rng)], several=True, validate=False),
        )),
    ), (TRUNCATES, NO_SHUFFLE, TEST_BEFORE_VAL, PIECES_AS_LISTS, CUMULATIVE, HALF_UP, IGNORES_FRACTIONS,
        TEST_HOLDS_VALIDATION, VALIDATION_END_IS_SIZE)),
    FunctionSpec("train_val_test_split", ref.train_val_test_split, (
        ValueCheck("value", 2.0, fixed=(arrays_case(10, np.random.default_rng(1)),),
                   hidden=lambda rng: [arrays_case(8, rng), arrays_case(13, rng, CUSTOM), targets_case(9, rng)]),
    ), (ARRAYS_SEPARATELY, ARRAYS_PERMUTED, ARRAYS_NO_SHUFFLE, ARRAYS_TRUNCATE, ARRAYS_CUMULATIVE, ARRAYS_IGNORE_FRACTIONS)),
    FunctionSpec("one_hot", ref.one_hot, (
        # [3, 0, 3, 1] lacks class 2: K = max + 1 = 4, not the 3 distinct labels
        ValueCheck("value", 2.0, fixed=((np.array([0, 2, 1, 2]),), (np.array([3, 0, 3, 1]),),
                                        Case((np.array([1, 0]),), {"n_classes": 4})),
                   hidden=hidden_labels),
    ), (ONE_HOT_TRANSPOSED, ONE_HOT_IGNORES_K, ONE_HOT_K_IS_N, ONE_HOT_PRESENT, ONE_HOT_FROM_ONE,
        ONE_HOT_SOFT_TARGETS)),
), edits=EDITS)
