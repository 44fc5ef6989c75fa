"""Total weights and biases of a fully connected MLP given its layer widths."""

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.reference.counting import count_parameters, parameter_breakdown


def generate(rng):
    """Two to four layers after the input, widths 2..12 (input 2..30), so the count is done by hand."""
    n_layers = int(rng.integers(2, 5))
    widths = [int(rng.integers(2, 31))] + [int(w) for w in rng.integers(2, 13, size=n_layers)]
    return {"widths": widths}


def solve(params):
    widths = params["widths"]
    layers = [{k: row[k] for k in ("layer", "weights", "biases", "total")} | {"shape": list(row["shape"])}
              for row in parameter_breakdown(widths)]
    return {"answers": {"total": count_parameters(widths)}, "steps": {"layers": layers}}


def _weights_only(params):
    return {"total": sum(row["weights"] for row in parameter_breakdown(params["widths"]))}


def _input_biases(params):
    return {"total": count_parameters(params["widths"]) + params["widths"][0]}


MISTAKES = [
    AnswerMistake("count-no-biases", "the weights without the biases",
            "Every unit of a layer also has one bias: add n_l biases for each layer l.", _weights_only),
    AnswerMistake("count-input-biases", "biases counted for the input layer too",
            "The input layer computes nothing, so it has no biases (and no weights).", _input_biases),
]
