"""Scalar computation graphs held in np.float64 scalars, converted to float at the end (scalars style)."""

import numpy as np

ONE = np.float64(1)


def _sig(a):
    return ONE / (ONE + np.exp(-a)) if a >= 0 else np.exp(a) / (ONE + np.exp(a))


UNARY = {"exp": np.exp, "log": np.log, "sigmoid": _sig, "tanh": np.tanh, "relu": lambda a: np.maximum(a, np.float64(0))}
BINARY = {"add": np.add, "sub": np.subtract, "mul": np.multiply, "div": np.divide}


def _forward64(graph, inputs):
    v = {k: np.float64(x) for k, x in inputs.items()}
    for name, op, args in graph:
        table = BINARY if op in BINARY else UNARY
        v[name] = table[op](*(v[a] for a in args))
    return v


def graph_forward(graph, inputs):
    return {k: float(x) for k, x in _forward64(graph, inputs).items()}


def graph_backward(graph, inputs, output):
    v = _forward64(graph, inputs)
    g = {k: np.float64(0) for k in v}
    g[output] = ONE
    for name, op, args in reversed(graph):
        a = v[args[0]]
        if op in ("add", "sub", "mul", "div"):
            b = v[args[1]]
            # only the op's own local derivatives: 1 / b of a product whose b is 0 would warn
            da, db = {"add": lambda: (ONE, ONE), "sub": lambda: (ONE, -ONE), "mul": lambda: (b, a),
                      "div": lambda: (ONE / b, -a / (b * b))}[op]()
            g[args[0]] += g[name] * da
            g[args[1]] += g[name] * db
        else:
            s = v[name]
            d = {"exp": lambda: s, "log": lambda: ONE / a, "sigmoid": lambda: s * (ONE - s), "tanh": lambda: ONE - s * s,
                 "relu": lambda: ONE if a > 0 else np.float64(0)}[op]()
            g[args[0]] += g[name] * d
    return {k: float(x) for k, x in g.items()}
