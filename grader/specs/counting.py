"""Spec of exercises/counting.py: the learnable parameters of an MLP from its layer widths.

The course's worked examples are fixed cases (3-4-2: 26; [784, 128, 64, 10]:
109,386; [3, 3, 3, 3]: 36); hidden width lists of several depths have
different widths in every layer, so a transposed shape or a bias counted on
the wrong side shows. The docstring promises plain Python values: a numpy
integer count, or a list for the tuple shape, is a wrong type (plain_ints);
parameter_breakdown's types are a row of their own, so a list holding the
right numbers loses that row, not its values.
"""

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Inputs
from mlptutor.grader.checks.shape import ShapeCheck
from mlptutor.grader.specs._reuse import computed_afresh
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake, slips
from mlptutor.grader.relations.terms import Term
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.reference import counting as ref

EXAMPLES = (([3, 4, 2],), ([784, 128, 64, 10],), ([3, 3, 3, 3],))
# one layer too wide for 32-bit integers (10^10 weights: int32 arithmetic wraps around, Python ints do not)
EDGES = (([100000, 100000],),)


def hidden_widths(rng):
    """Width lists of depth 1, 2 and 4, no two neighbours equal, and one with a single input and output unit."""
    cases = []
    for depth in (1, 2, 4):
        widths = [int(w) for w in rng.choice(range(1, 60), size=depth + 1, replace=False)]
        cases.append((widths,))
    cases.append(([1, int(rng.integers(2, 60)), 1],))  # width 1 is a layer too (one input, one output)
    return cases


def refilled_widths(rng):
    """Two width lists of depth 2 of different counts: the second call gets the first call's list, refilled in place
    with its widths."""
    first = [int(w) for w in rng.choice(range(1, 60), size=3, replace=False)]
    second = first[::-1]  # the same count: drawn again until it differs
    while ref.count_parameters(second) == ref.count_parameters(first):
        second = [int(w) for w in rng.choice(range(1, 60), size=3, replace=False)]
    return [(first,), (second,)]


# a caller that reuses its list: a result kept by the list object (its id) shows
REUSE = BehaviourCheck("reuse", 0.5, scenarios=(
    Scenario("widths refilled in place", computed_afresh, draw=refilled_widths, several=True, refill=True),))


def _layers(widths, weights, biases, shape=lambda n_in, n_out: (n_in, n_out), first=1, with_biases=True):
    return [{"layer": l, "shape": shape(n_in, n_out), "weights": weights(n_in, n_out), "biases": biases(n_in, n_out),
             "total": weights(n_in, n_out) + (biases(n_in, n_out) if with_biases else 0)}
            for l, (n_in, n_out) in enumerate(zip(widths[:-1], widths[1:]), start=first)]


def _count(widths, biases=True, output=True):
    """count_parameters with its slips switchable (two of them compose: grader/relations/paired.py)."""
    layers = list(zip(widths[:-1], widths[1:]))
    return sum(n_in * n_out + (n_out if biases else 0) for n_in, n_out in (layers if output else layers[:-1]))


INT32_COUNT = Mistake(
    "count-int32-overflow", "the count computed in 32-bit numpy integers, which wrap around past 2^31",
    "numpy's int32 wraps around past 2^31 without a warning; Python's own ints never overflow: which kind does your "
    "sum add up?",
    lambda widths: int(np.dot(np.asarray(widths[:-1], dtype=np.int32) + 1, np.asarray(widths[1:], dtype=np.int32))))
NO_BIASES = Mistake(
    "count-no-biases", "the biases left out of the count",
    "every unit of layer l has its own bias: add n_l biases to the n_{l-1} n_l weights.",
    slips(_count, biases=False))
BIAS_PER_INPUT = Mistake(
    "count-bias-per-input", "one bias per input of each layer, (n_l + 1) n_{l-1}",
    "biases belong to the units that compute: layer l has n_l of them, (n_{l-1} + 1) n_l in all.",
    lambda widths: sum((b + 1) * a for a, b in zip(widths[:-1], widths[1:])))
INPUT_BIASES = Mistake(
    "count-input-layer-biases", "biases counted for the input layer too",
    "the input layer only holds the data: it has no weights and no biases.",
    lambda widths: ref.count_parameters(widths) + widths[0])
NO_OUTPUT_LAYER = Mistake(
    "count-output-layer-left-out", "the output layer left out of the count (a loop that stops one layer early)",
    "layers 1..L all compute, the output layer L too: the loop over the layers must reach the last width.",
    slips(_count, output=False))
FIRST_LAYER_ONLY = Mistake(
    "count-first-layer-only", "only the first layer counted (a return inside the loop over the layers)",
    "a return inside the loop ends it after the first layer: add up every layer's weights and biases, then "
    "return the sum.",
    lambda widths: (widths[0] + 1) * widths[1] if len(widths) > 1 else 0)
BREAKDOWN_FROM_ZERO = Mistake(
    "breakdown-layers-from-0", "layers numbered from 0",
    "number the layers that compute from 1: layer 1 maps the input to the first hidden layer.",
    lambda widths: _layers(widths, lambda a, b: a * b, lambda a, b: b, first=0))
BREAKDOWN_TRANSPOSED = Mistake(
    "breakdown-shape-transposed", "W's shape given as (n_out, n_in)",
    "batch-first Z = A W + b needs W of shape (n_in, n_out).",
    lambda widths: _layers(widths, lambda a, b: a * b, lambda a, b: b, shape=lambda a, b: (b, a)))
BREAKDOWN_OCTAVE_THETA = Mistake(
    "breakdown-shape-octave-theta", "W's shape given as Octave's Theta, (n_out, n_in + 1) with the bias column in it",
    "(n_out, n_in + 1) is a matrix with one row per unit and the biases folded in as a column (the Theta of "
    "Octave courses); here W alone is (n_in, n_out), for batch-first Z = A W + b, and b is its own (n_out,) vector.",
    lambda widths: _layers(widths, lambda a, b: a * b, lambda a, b: b, shape=lambda a, b: (b, a + 1)))
BREAKDOWN_BIAS_PER_INPUT = Mistake(
    "breakdown-bias-per-input", "each layer's biases counted as n_in instead of n_out",
    "one bias per unit of the layer: n_out of them.",
    lambda widths: _layers(widths, lambda a, b: a * b, lambda a, b: a))
BREAKDOWN_WEIGHTS_AUGMENTED = Mistake(
    "breakdown-weights-include-biases", "each layer's \"weights\" counted with a row of thresholds in them (the augmented "
    "matrix), and its total adding the biases once more",
    "\"weights\" counts W alone, n_in n_out; the biases (a threshold is the weight of a fixed input of -1 or +1) "
    "have their own entry, n_out, and the total adds the two once each.",
    lambda widths: _layers(widths, lambda a, b: (a + 1) * b, lambda a, b: b))
BREAKDOWN_BIAS_FOLDED = Mistake(
    # Data Science from Scratch: each neuron's list of weights ends with its bias weight
    "breakdown-bias-folded-into-weights", "each layer's biases folded into W as one more input row: its shape one "
    "row taller, its weights counting the biases, and biases 0",
    "the total is right, but here b is its own (n_out,) vector beside W (n_in, n_out), as in Z = A W + b: W's shape "
    "and \"weights\" leave the biases out, and \"biases\" counts them.",
    lambda widths: _layers(widths, lambda a, b: (a + 1) * b, lambda a, b: 0, shape=lambda a, b: (a + 1, b)))

BREAKDOWN_TOTAL_WEIGHTS = Mistake(
    "breakdown-total-without-biases", "each layer's total given as its weights alone, the biases left out",
    "\"total\" counts every learnable parameter of the layer: its weights and its biases.",
    lambda widths: _layers(widths, lambda a, b: a * b, lambda a, b: b, with_biases=False))


def _one_row_object(widths):
    # every appended row is the same dict, overwritten by each layer: the last layer's values in every row
    rows = _layers(widths, lambda a, b: a * b, lambda a, b: b)
    return [rows[-1]] * len(rows)


BREAKDOWN_ONE_DICT = Mistake(
    "breakdown-one-dict-for-every-row", "one dict made before the loop and appended for every layer, so every row "
    "shows the last layer",
    "rows.append(row) appends that very dict, not a copy: overwriting it for the next layer changes the rows already "
    "in the list. Make a new dict for each layer.",
    _one_row_object)


def _layer_by_index(widths):
    # a layer's position looked up by its width: a repeated width finds the first layer of that width
    widths = list(widths)
    rows = []
    for n_out in widths[1:]:
        l = widths.index(n_out)
        n_in = widths[l - 1]
        rows.append({"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out,
                     "total": n_in * n_out + n_out})
    return rows


BREAKDOWN_LAYER_BY_INDEX = Mistake(
    "breakdown-layer-found-by-width", "each layer's position found from its width with widths.index, the first "
    "layer of that width where a width repeats",
    "widths.index(n) gives the first position holding the value n: where two layers have the same width (or the "
    "output as many units as the input) it finds the wrong layer. Take each layer's position from the loop itself.",
    _layer_by_index)


def _cumulative(widths):
    rows = _layers(widths, lambda a, b: a * b, lambda a, b: b)
    for before, row in zip(rows, rows[1:]):
        row["total"] += before["total"]
    return rows


BREAKDOWN_CUMULATIVE = Mistake(
    "breakdown-total-cumulative", "each layer's total given as the running total up to that layer",
    "\"total\" is the layer's own count, its weights plus its biases; count_parameters adds the layers up.",
    _cumulative)
COUNT_CUMULATIVE = Mistake(
    "count-sums-running-totals", "the count summing running totals, each layer's total counting every layer before it",
    "add each layer's own weights and biases once: a running total up to layer l already holds layers 1..l-1.",
    lambda widths: sum(row["total"] for row in _cumulative(widths)))
COUNT_FIRST_LEFT_OUT = Mistake(
    "count-first-layer-left-out", "the first layer (input to the first hidden layer) left out of the count",
    "layer 1 maps the n_0 inputs to n_1 units: its (n_0 + 1) n_1 parameters count too; only the input layer itself "
    "has none.",
    lambda widths: sum((n_in + 1) * n_out for n_in, n_out in zip(widths[1:-1], widths[2:])))
COUNT_BIAS_UNIT_WEIGHTS = Mistake(
    "count-bias-unit-given-weights", "each hidden layer's bias unit (x0 = 1) counted as a unit with incoming "
    "weights: (n_{l-1} + 1) (n_l + 1) into every hidden layer",
    "the bias unit of a layer (the constant input x0 = 1 of the next one) computes nothing: it has no incoming "
    "weights, only outgoing ones, which are the next layer's biases. Layer l has (n_{l-1} + 1) n_l parameters.",
    lambda widths: sum((n_in + 1) * (n_out + (l < len(widths) - 1))
                       for l, (n_in, n_out) in enumerate(zip(widths[:-1], widths[1:]), start=1)))
_PAIRING = ("layer l maps n_{l-1} inputs to n_l units: the widths to pair are each one and the next, two slices "
            "shifted by one against each other.")


def _paired(outputs):
    """The count with each input width widths[:-1] paired with the width `outputs(widths)` gives at its place (zip
    stopping at the shorter)."""
    return lambda widths: sum((n_in + 1) * n_out for n_in, n_out in zip(widths[:-1], outputs(widths)))


COUNT_ZIP_UNSHIFTED = Mistake(
    "count-widths-paired-unshifted", "zip(widths[:-1], widths): each width paired with itself, (n + 1) n per layer",
    _PAIRING, _paired(lambda widths: widths))
COUNT_ZIP_TWO_APART = Mistake(
    "count-widths-paired-two-apart", "each width paired with the one two further on (the second slice shifted by "
    "two): one layer fewer", _PAIRING, _paired(lambda widths: widths[2:]))
COUNT_ZIP_OUTPUT = Mistake(
    "count-widths-paired-with-output", "the input width paired with the output width alone "
    "(the second slice only the last width): (n_0 + 1) n_L, as if there were one layer", _PAIRING, _paired(lambda widths: widths[-1:]))

# How a student makes each mistake: in the correct solution tests/solutions/counting.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "breakdown-layers-from-0": Edit(
        "        rows.append({\"layer\": l, \"shape\": (n_in, n_out), \"weights\": n_in * n_out, \"biases\": n_out,",
        "        rows.append({\"layer\": l - 1 + 0, \"shape\": (n_in, n_out), \"weights\": n_in * n_out, \"biases\": n_out,"),
    "breakdown-shape-transposed": Edit("\"shape\": (n_in, n_out)", "\"shape\": (n_out, n_in)"),
    "breakdown-shape-octave-theta": Edit("\"shape\": (n_in, n_out)", "\"shape\": (n_out, n_in + 1)"),
    "breakdown-bias-per-input": Edit(
        "        rows.append({\"layer\": l, \"shape\": (n_in, n_out), \"weights\": n_in * n_out, \"biases\": n_out,\n"
        "                     \"total\": n_in * n_out + n_out})",
        "        rows.append({\"layer\": l - 1 + 1, \"shape\": (n_in, n_out), \"weights\": n_in * n_out, \"biases\": n_in,\n"
        "                     \"total\": n_in * n_out + n_in})"),
    "breakdown-total-cumulative": Edit(
        "                     \"total\": n_in * n_out + n_out})",
        "                     \"total\": n_in * n_out + n_out + (rows[-1][\"total\"] if rows else 0)})"),
    "breakdown-one-dict-for-every-row": Edit(
        "        rows.append({\"layer\": l, \"shape\": (n_in, n_out), \"weights\": n_in * n_out, \"biases\": n_out,\n"
        "                     \"total\": n_in * n_out + n_out})",
        "        row = rows[0] if rows else {}\n"
        "        row.update({\"layer\": l, \"shape\": (n_in, n_out), \"weights\": n_in * n_out, \"biases\": n_out,\n"
        "                    \"total\": n_in * n_out + n_out})\n"
        "        rows.append(row)"),
    "breakdown-layer-found-by-width": Edit(
        "        n_in, n_out = widths[l - 1], widths[l]",
        "        n_out = widths[l]\n        l = widths.index(n_out)\n        n_in = widths[l - 1]"),
    "breakdown-weights-include-biases": Edit(
        "        rows.append({\"layer\": l, \"shape\": (n_in, n_out), \"weights\": n_in * n_out, \"biases\": n_out,\n"
        "                     \"total\": n_in * n_out + n_out})",
        "        weights = (n_in + 1) * n_out  # the augmented matrix, thresholds in it\n"
        "        rows.append({\"layer\": l, \"shape\": (n_in, n_out), \"weights\": weights, \"biases\": n_out,\n"
        "                     \"total\": weights + n_out})"),
    "breakdown-bias-folded-into-weights": Edit(
        "        rows.append({\"layer\": l, \"shape\": (n_in, n_out), \"weights\": n_in * n_out, \"biases\": n_out,\n"
        "                     \"total\": n_in * n_out + n_out})",
        "        rows.append({\"layer\": l, \"shape\": (n_in + 1, n_out), \"weights\": (n_in + 1) * n_out,\n"
        "                     \"biases\": 0, \"total\": (n_in + 1) * n_out})"),
    "breakdown-total-without-biases": Edit(
        "                     \"total\": n_in * n_out + n_out})", "                     \"total\": n_in * n_out})"),
    "count-int32-overflow": Edit(
        "    return sum(row[\"total\"] for row in parameter_breakdown(widths))",
        "    import numpy as np\n"
        "    w = np.asarray(widths, dtype=np.int32)\n"
        "    return int(np.dot(w[:-1] + 1, w[1:]))"),
    "count-output-layer-left-out": Edit(
        "    return sum(row[\"total\"] for row in parameter_breakdown(widths))",
        "    return sum(row[\"total\"] for row in parameter_breakdown(widths[:-1]))"),
    "count-first-layer-only": Edit(
        "    return sum(row[\"total\"] for row in parameter_breakdown(widths))",
        "    for row in parameter_breakdown(widths):\n        return row[\"total\"]\n    return 0"),
    # the breakdown's running totals, added up by the solution's count_parameters
    "count-sums-running-totals": Edit(
        "                     \"total\": n_in * n_out + n_out})",
        "                     \"total\": n_in * n_out + n_out + (rows[-1][\"total\"] if rows else 0)})"),
    "count-first-layer-left-out": Edit(
        "    return sum(row[\"total\"] for row in parameter_breakdown(widths))",
        "    return sum(row[\"total\"] for row in parameter_breakdown(widths[1:]))"),
    "count-widths-paired-unshifted": Edit(
        "    return sum(row[\"total\"] for row in parameter_breakdown(widths))",
        "    return sum((n_in + 1) * n_out for n_in, n_out in zip(widths[:-1], widths))"),
    "count-bias-unit-given-weights": Edit(
        "    return sum(row[\"total\"] for row in parameter_breakdown(widths))",
        "    return sum((n_in + 1) * (n_out + 1 if l < len(widths) - 1 else n_out)\n"
        "               for l, (n_in, n_out) in enumerate(zip(widths[:-1], widths[1:]), start=1))"),
    "count-widths-paired-two-apart": Edit(
        "    return sum(row[\"total\"] for row in parameter_breakdown(widths))",
        "    return sum((n_in + 1) * n_out for n_in, n_out in zip(widths[:-1], widths[2:]))"),
    "count-widths-paired-with-output": Edit(
        "    return sum(row[\"total\"] for row in parameter_breakdown(widths))",
        "    return sum((n_in + 1) * n_out for n_in, n_out in zip(widths[:-1], widths[-1:]))"),
    "count-no-biases": Edit("return sum(row[\"total\"] for row", "return sum(row[\"weights\"] for row"),
    "count-bias-per-input": Edit(
        "    return sum(row[\"total\"] for row in parameter_breakdown(widths))",
        "    return 0 + sum((n_out + 1) * n_in for n_in, n_out in zip(widths[:-1], widths[1:]))"),
    "count-input-layer-biases": Edit(
        "    return sum(row[\"total\"] for row in parameter_breakdown(widths))",
        "    return widths[0] + sum((n_in + 1) * n_out for n_in, n_out in zip(widths[:-1], widths[1:]))"),
}


# the count is the weights plus the biases, every layer alike (the relation finder's terms)
TERMS = {"count_parameters": (
    Term("weights (n_in * n_out per layer)", lambda widths: float(sum(a * b for a, b in zip(widths[:-1], widths[1:])))),
    Term("biases (n_out per layer)", lambda widths: float(sum(widths[1:]))))}


WIDTHS = Inputs("widths", hidden_widths)

SPEC = ExerciseSpec("counting", (
    FunctionSpec("parameter_breakdown", ref.parameter_breakdown, (
        ValueCheck("value", 1.5, fixed=EXAMPLES[:1] + EDGES, hidden=WIDTHS),
        ShapeCheck("types", 0.5, sizes=WIDTHS, plain_ints=True),
        REUSE,
    ), (BREAKDOWN_FROM_ZERO, BREAKDOWN_TRANSPOSED, BREAKDOWN_OCTAVE_THETA, BREAKDOWN_BIAS_PER_INPUT,
        BREAKDOWN_CUMULATIVE, BREAKDOWN_TOTAL_WEIGHTS, BREAKDOWN_WEIGHTS_AUGMENTED, BREAKDOWN_BIAS_FOLDED,
        BREAKDOWN_ONE_DICT, BREAKDOWN_LAYER_BY_INDEX)),
    FunctionSpec("count_parameters", ref.count_parameters, (
        ValueCheck("value", 2.0, fixed=EXAMPLES + EDGES, hidden=hidden_widths, plain_ints=True),
        REUSE,
    ), (NO_BIASES, BIAS_PER_INPUT, INPUT_BIASES, INT32_COUNT, NO_OUTPUT_LAYER, FIRST_LAYER_ONLY, COUNT_CUMULATIVE,
        COUNT_FIRST_LEFT_OUT, COUNT_ZIP_UNSHIFTED, COUNT_ZIP_TWO_APART, COUNT_ZIP_OUTPUT, COUNT_BIAS_UNIT_WEIGHTS)),
), edits=EDITS, terms=TERMS)
