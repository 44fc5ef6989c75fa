"""Updates per epoch of mini-batch SGD: ceil(N / B), the last batch holding what is left."""

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.reference.optim import iterations_per_epoch

BATCH_SIZES = (16, 24, 32, 48, 50, 64, 100, 128, 200, 256)


def generate(rng):
    """N from 1,000 to 20,000 that B does not divide (so the partial last batch matters), 2 to 20 epochs."""
    batch_size = int(rng.choice(BATCH_SIZES))
    while True:
        n = int(rng.integers(1000, 20001))
        if n % batch_size:
            return {"n": n, "batch_size": batch_size, "epochs": int(rng.integers(2, 21))}


def solve(params):
    n, batch_size, epochs = params["n"], params["batch_size"], params["epochs"]
    iterations = iterations_per_epoch(n, batch_size)
    full = iterations - 1
    last_batch = n - full * batch_size
    return {
        "answers": {"iterations": iterations, "last_batch": last_batch, "total": iterations * epochs},
        "steps": {"ratio": n / batch_size, "full_batches": full, "in_full_batches": full * batch_size},
    }


def _floor_division(params):
    iterations = params["n"] // params["batch_size"]
    return {"iterations": iterations, "total": iterations * params["epochs"]}


MISTAKES = [
    AnswerMistake("epoch-floor", "the partial last batch was dropped",
            "An epoch visits every example once: the leftover examples form one more, smaller batch.",
            _floor_division),
]
