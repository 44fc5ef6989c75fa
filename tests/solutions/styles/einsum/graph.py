"""Scalar computation graphs; local derivatives as vectors, chain rule by einsum (einsum style)."""

import numpy as np


def _sigmoid(a):
    return float(0.5 * (1.0 + np.tanh(0.5 * a)))


_FORWARD = {
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b, "div": lambda a, b: a / b,
    "exp": np.exp, "log": np.log, "sigmoid": _sigmoid, "tanh": np.tanh, "relu": lambda a: max(a, 0.0),
}


def _local(op, args, value):
    """Vector of d node / d input for each input, in order."""
    if op == "add":
        return np.array([1.0, 1.0])
    if op == "sub":
        return np.array([1.0, -1.0])
    if op == "mul":
        return np.array([args[1], args[0]])
    if op == "div":
        a, b = args
        return np.array([1.0 / b, -a / b ** 2])
    if op == "exp":
        return np.array([value])
    if op == "log":
        return np.array([1.0 / args[0]])
    if op == "sigmoid":
        return np.array([value * (1.0 - value)])
    if op == "tanh":
        return np.array([1.0 - value ** 2])
    if op == "relu":
        return np.array([1.0 if args[0] > 0 else 0.0])
    raise ValueError(f"unknown op {op!r}")


def graph_forward(graph, inputs):
    values = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        values[name] = float(_FORWARD[op](*[values[a] for a in args]))
    return values


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = dict.fromkeys(values, 0.0)
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        if grads[name] == 0.0:
            continue
        local = _local(op, [values[a] for a in args], values[name])
        contributions = np.einsum("i,->i", local, np.float64(grads[name]))
        for arg, c in zip(args, contributions):
            grads[arg] += float(c)
    return grads
