"""a = x y, b = x + y, f = a b: x and y reach f by two paths each (multivariate chain rule)."""

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded
from mlptutor.reference.graph import multi_path_example


def generate(rng):
    """x, y nonzero with x + y away from 0, so both paths contribute; neither derivative near 0
    (df/dx = y (2x + y) is 0 at y = -2x, df/dy = x (x + 2y) at x = -2y: a key of 0 any guess hits)."""
    while True:
        x, y = rounded(rng, -3, 3, 1, min_abs=0.5), rounded(rng, -3, 3, 1, min_abs=0.5)
        if min(abs(x + y), abs(2 * x + y), abs(x + 2 * y)) >= 0.5:
            return {"x": x, "y": y}


def solve(params):
    n = multi_path_example(params["x"], params["y"])
    return {
        "answers": {"f": n["f"].value, "dx": n["x"].grad, "dy": n["y"].grad},
        "steps": {"a": n["a"].value, "b": n["b"].value, "da": n["a"].grad, "db": n["b"].grad},
    }


def _one_path(p):
    # only the path through a = x y: the contribution through b = x + y forgotten
    s = solve(p)["steps"]
    return {"dx": s["da"] * p["y"], "dy": s["da"] * p["x"]}


MISTAKES = [
    AnswerMistake("graph-one-path", "only the path through a = x y",
            "x also reaches f through b = x + y: add the contributions of both paths.", _one_path),
]
