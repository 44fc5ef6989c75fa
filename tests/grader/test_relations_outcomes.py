"""The relation kinds of discrete outcomes, stated terms and typed formulas (grader/relations: outcomes,
terms, formula, and the scalar families in entries, arguments, subsets): each on a wrong function written
here (explained, with its id and wording) and on the right one (nothing stated)."""

import numpy as np
import pytest

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.checks.symbolic import answer_function
from mlptutor.grader.relations import Setting, find
from mlptutor.grader.relations.terms import Term
from mlptutor.grader.sandbox import RNG
from mlptutor.reference import activations as act
from mlptutor.reference import early_stopping as es
from mlptutor.reference import losses
from mlptutor.reference import optim
from mlptutor.reference import softmax as sm

INDICES = Setting(optim.minibatch_indices, "minibatch_indices")
EPOCHS = Setting(es.early_stopping, "early_stopping", ("stop_epoch", "best_epoch"))
CURVES = [([1.0, 0.8, 0.7, 0.75, 0.72, 0.71], 3), ([1.0, 0.9, 0.8, 0.7], 2), ([1.0, 0.9, 0.95, 0.85, 0.9, 0.91, 0.92], 2),
          ([1.0, 1.0, 1.0, 1.0], 2), ([0.5, 0.6, 0.4], 1), ([10.0, 9.0, 8.0, 7.0], 2), ([0.7], 2),
          ([1.0, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0], 2)]  # long enough that twice the patience stops too
SIZES = [(23, 5), (12, 4), (3, 7), (4, 1)]


def index_evidence(wrong):
    return [Evidence((n, b, RNG(seed)), {}, wrong(n, b, np.random.default_rng(seed)))
            for seed, (n, b) in enumerate(SIZES)]


def epoch_evidence(wrong):
    return [Evidence((losses_, patience), {}, wrong(losses_, patience)) for losses_, patience in CURVES]


def relation(setting, evidence):
    found = find(setting, evidence)
    return None if found is None else (found.kind, found.line)


# ---- mini-batches of indices ----

def overlapping(n, batch_size, rng):
    """Each batch one index too long: slices [i b, (i + 1) b + 1)."""
    perm = rng.permutation(n)
    return [perm[i:i + batch_size + 1] for i in range(0, n, batch_size)]


def other_generator(n, batch_size, rng):
    """Shuffled by a generator of its own, not the one passed in."""
    perm = np.random.default_rng(12345).permutation(n)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]


def with_replacement(n, batch_size, rng):
    """Indices drawn with replacement."""
    draw = rng.integers(0, n, size=n)
    return [draw[i:i + batch_size] for i in range(0, n, batch_size)]


def test_batches_cut_wrong_are_slices():
    kind, line = relation(INDICES, index_evidence(overlapping))
    assert kind == "slices"
    assert "cut in the wrong places (some entries in two batches)" in line
    assert "n = 23, batch_size = 5 your batches are the positions [0:6], [5:11]" in line
    assert "the right ones [0:5], [5:10]" in line


def test_batches_in_another_order_are_another_permutation():
    kind, line = relation(INDICES, index_evidence(other_generator))
    assert kind == "permutation"
    assert "every index once in batches of the right sizes, but in another order" in line


def sorted_batches(n, batch_size, rng):
    """The right batches, each sorted (R's sort(sample(...)) habit)."""
    return [np.sort(b) for b in optim.minibatch_indices(n, batch_size, rng)]


def test_sorted_batches_hold_the_right_indices():
    kind, line = relation(INDICES, index_evidence(sorted_batches))
    assert kind == "within"
    assert "hold the right indices, but in another order inside each batch (each one sorted" in line


def test_batches_with_repeats():
    kind, line = relation(INDICES, index_evidence(with_replacement))
    assert kind == "repeats" and "drawn with replacement" in line


def test_right_batches_state_nothing():
    assert relation(INDICES, index_evidence(optim.minibatch_indices)) is None


# ---- mini-batches of rows ----

ROWS = Setting(optim.minibatches, "minibatches")


def row_evidence(wrong):
    found = []
    for seed, (n, b) in enumerate(SIZES):
        data = np.random.default_rng(100 + seed)
        X, Y = data.standard_normal((n, 3)), data.integers(0, 4, size=n)
        found.append(Evidence((X, Y, b, RNG(seed)), {}, wrong(X, Y, b, np.random.default_rng(seed))))
    return found


def rows_fresh_generator(X, Y, batch_size, rng):
    """Shuffled by a new default_rng(0), not the generator passed in."""
    return optim.minibatches(X, Y, batch_size, np.random.default_rng(0))


def rows_sorted_in_batch(X, Y, batch_size, rng):
    """The right batches, each batch's indices sorted."""
    return [(X[np.sort(i)], Y[np.sort(i)]) for i in optim.minibatch_indices(len(X), batch_size, rng)]


def rows_Y_in_order(X, Y, batch_size, rng):
    """X shuffled, Y taken in order: every example loses its own target."""
    return [(X[i], Y[k * batch_size:k * batch_size + len(i)])
            for k, i in enumerate(optim.minibatch_indices(len(X), batch_size, rng))]


def rows_one_short(X, Y, batch_size, rng):
    """The last row of the shuffled order left out."""
    perm = rng.permutation(len(X))[:-1]
    return [(X[perm[i:i + batch_size]], Y[perm[i:i + batch_size]]) for i in range(0, len(X) - 1, batch_size)]


def test_batches_of_rows_in_another_order_over_the_epoch():
    kind, line = relation(ROWS, row_evidence(rows_fresh_generator))
    assert kind == "rows"
    assert ("holds the right rows (each example with its own targets) in batches of the right sizes, but in another "
            "order over the epoch than rng.permutation(n) of the generator passed in gives") in line


def test_batches_of_rows_in_another_order_inside_each_batch():
    kind, line = relation(ROWS, row_evidence(rows_sorted_in_batch))
    assert kind == "rows" and "puts the right rows in every batch" in line and "inside the batch" in line


@pytest.mark.parametrize("wrong", [optim.minibatches, rows_Y_in_order, rows_one_short])
def test_rows_are_not_said_reordered_where_pairs_or_rows_are_not_kept(wrong):
    found = relation(ROWS, row_evidence(wrong))
    assert found is None or not any(words in found[1] for words in ("over the epoch", "in every batch"))


# ---- epochs and counts ----

def one_based(val_losses, patience):
    """Epochs counted from 1."""
    stop, best = es.early_stopping(val_losses, patience)
    return stop + 1, best + 1


def never_stops(val_losses, patience):
    """The wait counter is never compared with patience: runs to the end."""
    return es.early_stopping(val_losses, len(val_losses) + 1)


def beyond_the_curve(val_losses, patience):
    """Returns len(val_losses) when the run reaches the end."""
    stop, best = es.early_stopping(val_losses, patience)
    return (len(val_losses) if stop == len(val_losses) - 1 and stop - best < patience else stop), best


def float_epochs(val_losses, patience):
    """The right epochs as floats."""
    stop, best = es.early_stopping(val_losses, patience)
    return float(stop), best


def losses_as_stop(val_losses, patience):
    """Returns the curve in place of the stop epoch whenever it stops early."""
    stop, best = es.early_stopping(val_losses, patience)
    return (val_losses if stop - best >= patience else stop), best


@pytest.mark.parametrize("wrong, kind, words", [
    (one_based, "affine", "your stop_epoch is the right stop_epoch + 1 on every input: counted from another start"),
    (never_stops, "argument", "as if patience were unlimited (never reached)"),
    (beyond_the_curve, "some-rows", "wrong only where the right one is the last position len(val_losses) - 1 "
                                    "(the run reaches the end of val_losses) and right on the other inputs: there it "
                                    "is len(val_losses)"),
    (float_epochs, "dtype", "your stop_epoch has the right value as a float: return a Python int"),
    (losses_as_stop, "argument", "where it is wrong, your stop_epoch is the argument val_losses itself"),
], ids=lambda v: getattr(v, "__name__", None))
def test_epoch_relations(wrong, kind, words):
    found = relation(EPOCHS, epoch_evidence(wrong))
    assert found is not None and found[0] == kind, found
    assert words in found[1]


def test_right_epochs_state_nothing():
    assert relation(EPOCHS, epoch_evidence(es.early_stopping)) is None


def test_an_affine_map_needs_three_different_right_values():
    """best_epoch + 1 on two curves whose right best epochs are 2 and 0: any two points fit a line."""
    two = [Evidence(([1.0, 0.9, 0.8], 2), {}, (2, 3)), Evidence(([1.0, 1.1, 1.2], 2), {}, (2, 1))]
    assert relation(EPOCHS, two) is None


# ---- stated terms ----

BCE_TERMS = (Term("y log p", lambda P, Y: float(-np.sum(Y * np.log(P)) / len(Y))),
             Term("(1 - y) log(1 - p)", lambda P, Y: float(-np.sum((1 - Y) * np.log1p(-P)) / len(Y))))
BCE = Setting(losses.bce, "bce", terms=BCE_TERMS)
CE_GRAD = Setting(losses.cross_entropy_with_logits_grad, "cross_entropy_with_logits_grad",
                  terms=(Term("softmax(z)", lambda Z, Y: sm.softmax(Z) / len(Z)), Term("y", lambda Z, Y: -Y / len(Z))))
RNG_ = np.random.default_rng(3)


def bce_cases():
    return [(RNG_.uniform(0.05, 0.95, size=n), RNG_.integers(0, 2, size=n).astype(float)) for n in (3, 5, 4, 6)]


def logit_cases():
    return [(RNG_.normal(0, 2, size=(n, k)), np.eye(k)[RNG_.integers(0, k, n)]) for n, k in ((2, 3), (4, 3), (3, 5))]


def bce_positive_only(P, Y):
    """Without the (1 - y) log(1 - p) term."""
    return float(-np.sum(Y * np.log(P)) / len(Y))


def bce_plus(P, Y):
    """(1 - y) log(1 - p) subtracted instead of added."""
    return float(-np.sum(Y * np.log(P) - (1 - Y) * np.log1p(-P)) / len(Y))


def ce_grad_unnormalised(Z, Y):
    """softmax without its division by the row sum."""
    return (np.exp(Z - Z.max(axis=1, keepdims=True)) - Y) / len(Z)


@pytest.mark.parametrize("setting, cases, wrong, kind, words", [
    (BCE, bce_cases, bce_positive_only, "missing-term", "your bce is the right bce without its (1 - y) log(1 - p) term"),
    (BCE, bce_cases, bce_plus, "term", "the right bce with the sign of its (1 - y) log(1 - p) term flipped"),
    (CE_GRAD, logit_cases, ce_grad_unnormalised, "term",
     "the right formula with its softmax(z) term wrong (the other terms right); in that term: your softmax(z) term is "
     "the right one with each row times its own number"),
], ids=["missing", "sign", "inner"])
def test_term_relations(setting, cases, wrong, kind, words):
    found = relation(setting, [Evidence(c, {}, wrong(*c)) for c in cases()])
    assert found is not None and found[0] == kind, found
    assert words in found[1]


SGD = Setting(optim.sgd_step, "sgd_step", terms=(
    Term("params", lambda params, grads, eta: dict(params)),
    Term("eta * grads", lambda params, grads, eta: {k: -eta * g for k, g in grads.items()})))


def sgd_cases():
    return [({"W": RNG_.normal(size=(2, 3)), "b": RNG_.normal(size=3)},
             {"W": RNG_.normal(size=(2, 3)), "b": RNG_.normal(size=3)}, eta) for eta in (0.1, 0.5, 0.01)]


def test_terms_of_a_parameter_dict():
    """A step that forgets params: every leaf of the dict is the right one without its params term."""
    evidence = [Evidence(c, {}, {k: -c[2] * g for k, g in c[1].items()}) for c in sgd_cases()]
    kind, line = relation(SGD, evidence)
    assert kind == "missing-term" and line.startswith("your W is the right W without its params term")
    assert relation(SGD, [Evidence(c, {}, optim.sgd_step(*c)) for c in sgd_cases()]) is None


def test_right_terms_state_nothing():
    assert relation(BCE, [Evidence(c, {}, losses.bce(*c)) for c in bce_cases()]) is None


def test_a_factor_per_row_needs_rows_that_differ():
    """One factor for a whole call (a clipping scale) is not a per-row normalisation."""
    setting = Setting(act.sigmoid, "sigmoid")
    cases = [(RNG_.normal(size=(3, 4)),) for _ in range(3)]
    per_call = [Evidence(c, {}, (i + 2.0) * act.sigmoid(*c)) for i, c in enumerate(cases)]
    per_row = [Evidence(c, {}, np.arange(1.0, 4.0)[:, None] * act.sigmoid(*c)) for c in cases]
    assert relation(setting, per_call) is None
    kind, line = relation(setting, per_row)
    assert kind == "factor" and "each row times its own number" in line


# ---- typed formulas ----

SIGMOID_PRIME = answer_function("sigmoid_derivative", "sigmoid(z) * (1 - sigmoid(z))", ("z",))
TANH_PRIME = answer_function("tanh_derivative", "1 - tanh(z)**2", ("z",))
POINTS = (-1.5, -0.4, 0.3, 1.1, 2.0)


def formula_evidence(values):
    return [Evidence((z,), {}, float(values(z))) for z in POINTS]


def sig(z):
    return 1 / (1 + np.exp(-z))


@pytest.mark.parametrize("answer, student, words", [
    (SIGMOID_PRIME, lambda z: sig(z) * (1 + sig(z)), "with one term of a sum taken with the wrong sign"),
    (SIGMOID_PRIME, lambda z: sig(z), "without one of the factors of a product"),
    (TANH_PRIME, lambda z: 1 - np.tanh(z), "with one power changed (1 where the right formula has 2)"),
], ids=["sign", "factor", "power"])
def test_formula_relations(answer, student, words):
    kind, line = relation(Setting(answer, answer.__name__), formula_evidence(student))
    assert kind == "formula" and words in line
    assert "tanh(z)" not in line and "sigmoid(z)" not in line  # the line never shows the answer


def test_right_formula_states_nothing():
    assert relation(Setting(SIGMOID_PRIME, "sigmoid_derivative"), formula_evidence(lambda z: sig(z) * (1 - sig(z)))) is None


def test_multiplied_by_n_where_the_mean_divides_is_n_squared():
    setting = Setting(losses.mse, "mse")
    cases = [(RNG_.normal(size=(n, 2)), RNG_.normal(size=(n, 2))) for n in (2, 3, 5)]
    kind, line = relation(setting, [Evidence(c, {}, losses.mse(*c) * len(c[0]) ** 2) for c in cases])
    assert kind == "factor" and "times N^2 (N, the batch size): multiplied by N where the mean divides by N" in line
    assert relation(setting, [Evidence(c, {}, losses.mse(*c)) for c in cases]) is None
