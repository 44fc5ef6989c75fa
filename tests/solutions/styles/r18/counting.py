"""Counting parameters the way makemore prints them: sum(p.nelement() for p in parameters)."""


def parameter_breakdown(widths):
    """Per layer l = 1..L: {"layer", "shape", "weights", "biases", "total"}."""
    widths = [int(n) for n in widths]
    rows = []
    for l, (fan_in, fan_out) in enumerate(zip(widths[:-1], widths[1:]), start=1):
        nw = fan_in * fan_out
        rows.append({"layer": l, "shape": (fan_in, fan_out), "weights": nw, "biases": fan_out, "total": nw + fan_out})
    return rows


def count_parameters(widths):
    """Total weights and biases of an MLP with layer widths [n_0, ..., n_L]: sum_l (n_{l-1} + 1) * n_l."""
    return sum(row["total"] for row in parameter_breakdown(widths))
