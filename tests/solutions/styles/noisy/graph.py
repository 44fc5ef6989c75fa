"""Scalar computation graphs (noisy style): traces every node, errstate around numpy math."""

import warnings

import numpy as np

TRACE = True


def _log(*args):
    if TRACE:
        print("[graph]", *args)


def _eval(op, xs):
    with np.errstate(all="ignore"):
        if op == "add":
            return xs[0] + xs[1]
        if op == "sub":
            return xs[0] - xs[1]
        if op == "mul":
            return xs[0] * xs[1]
        if op == "div":
            return xs[0] / xs[1]
        if op == "exp":
            return float(np.exp(xs[0]))
        if op == "log":
            return float(np.log(xs[0]))
        if op == "sigmoid":
            return float(np.exp(-np.logaddexp(0.0, -xs[0])))
        if op == "tanh":
            return float(np.tanh(xs[0]))
        if op == "relu":
            return xs[0] if xs[0] > 0 else 0.0
    raise ValueError(op)


def graph_forward(graph, inputs):
    values = dict((k, float(v)) for k, v in inputs.items())
    for name, op, args in graph:
        values[name] = float(_eval(op, [values[a] for a in args]))
        _log(f"{name} = {op}({', '.join(args)}) = {values[name]:.6g}")
    return values


def graph_backward(graph, inputs, output):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        values = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        g, v = grads[name], values[name]
        x = [values[a] for a in args]
        local = {
            "add": lambda: [1.0, 1.0], "sub": lambda: [1.0, -1.0], "mul": lambda: [x[1], x[0]],
            "div": lambda: [1.0 / x[1], -x[0] / x[1] ** 2], "exp": lambda: [v], "log": lambda: [1.0 / x[0]],
            "sigmoid": lambda: [v * (1 - v)], "tanh": lambda: [1 - v * v], "relu": lambda: [float(x[0] > 0)],
        }[op]()
        for a, d in zip(args, local):
            grads[a] += g * d
        _log(f"d{output}/d{name} = {g:.6g}")
    return grads


print(graph_forward([["y", "mul", ["x", "x"]]], {"x": 3.0}))
