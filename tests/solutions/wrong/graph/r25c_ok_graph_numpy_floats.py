"""graph.graph_forward: Right: values computed with numpy scalars (np.float64 is a float); sigmoid via tanh, never overflowing."""

import numpy as np


def graph_forward(graph, inputs):
    ops = {"add": np.add, "sub": np.subtract, "mul": np.multiply, "div": np.divide, "exp": np.exp,
           "log": np.log, "tanh": np.tanh, "relu": lambda a: np.maximum(a, 0.0),
           "sigmoid": lambda a: 0.5 * (1.0 + np.tanh(0.5 * a))}
    values = {name: np.float64(v) for name, v in inputs.items()}
    for name, op, args in graph:
        values[name] = ops[op](*(values[a] for a in args))
    return values
