"""graph.graph_backward: grads[v] = grad * local (assignment, not +=): of several paths to a variable only the last one visited is kept."""

import numpy as np


def _r24c_fwd(graph, inputs):
    vals = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        x = [vals[a] for a in args]
        vals[name] = float({
            "add": lambda: x[0] + x[1], "sub": lambda: x[0] - x[1], "mul": lambda: x[0] * x[1],
            "div": lambda: x[0] / x[1], "exp": lambda: np.exp(x[0]), "log": lambda: np.log(x[0]),
            "sigmoid": lambda: 0.5 * (1 + np.tanh(0.5 * x[0])), "tanh": lambda: np.tanh(x[0]),
            "relu": lambda: max(x[0], 0.0)}[op]())
    return vals


def graph_backward(graph, inputs, output):
    vals = _r24c_fwd(graph, inputs)
    grads = {k: 0.0 for k in vals}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        x, v, g = [vals[a] for a in args], vals[name], grads[name]
        local = {"add": (1.0, 1.0), "sub": (1.0, -1.0), "mul": (x[-1], x[0]),
                 "div": (1 / x[-1], -x[0] / x[-1] ** 2), "exp": (v,), "log": (1 / x[0],),
                 "sigmoid": (v * (1 - v),), "tanh": (1 - v * v,), "relu": (float(x[0] > 0),)}[op]
        for a, d in zip(args, local):
            grads[a] = g * d
    return grads
