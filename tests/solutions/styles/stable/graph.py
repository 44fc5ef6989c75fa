"""Scalar computation graphs with overflow-safe forms (stable style)."""

import numpy as np


def _sigmoid(a):
    return float(np.exp(-np.logaddexp(0.0, -a)))


def _value(op, x):
    a = x[0]
    b = x[1] if len(x) > 1 else None
    return {
        "add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b, "div": lambda: a / b,
        "exp": lambda: float(np.exp(a)), "log": lambda: float(np.log(a)), "sigmoid": lambda: _sigmoid(a),
        "tanh": lambda: float(np.tanh(a)), "relu": lambda: max(0.0, a),
    }[op]()


def _partials(op, x, out):
    a = x[0]
    if op == "add":
        return 1.0, 1.0
    if op == "sub":
        return 1.0, -1.0
    if op == "mul":
        return x[1], a
    if op == "div":
        b = x[1]
        return 1.0 / b, -(a / b) / b      # a / b^2 without squaring b first
    if op == "exp":
        return (out,)
    if op == "log":
        return (1.0 / a,)
    if op == "sigmoid":
        return (out * (1.0 - out),)
    if op == "tanh":
        return ((1.0 - out) * (1.0 + out),)
    if op == "relu":
        return (1.0 if a > 0 else 0.0,)
    raise ValueError(f"unknown op {op!r}")


def graph_forward(graph, inputs):
    values = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        values[name] = float(_value(op, [values[a] for a in args]))
    return values


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in graph[::-1]:
        partials = _partials(op, [values[a] for a in args], values[name])
        for arg, d in zip(args, partials):
            grads[arg] += grads[name] * d
    return grads
