"""Where a tanh slope with a factor 1/2 comes from, said once for the specs that catalogue it (graph, experiments).

Zurada's bipolar sigmoid 2 / (1 + e^-x) - 1 = tanh(x / 2) has the slope (1 - o^2) / 2 in its output o; tanh(x)'s
own slope, 1 - tanh(x)^2, has no 1/2: a student who learnt the bipolar unit keeps the half.
"""


def halved_tanh_slope(x: str) -> str:
    """The hint's first clause for tanh's slope taken as (1 - o^2) / 2, with the unit's input named `x`."""
    return f"(1 - o^2) / 2 is the slope of the bipolar sigmoid tanh({x} / 2)"
