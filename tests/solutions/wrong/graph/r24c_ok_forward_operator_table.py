"""graph.graph_forward: Right: ops looked up in a table of operator/numpy functions; sigmoid via (1 + tanh(a/2))/2, so no large exponent; values as floats."""

import operator

import numpy as np

_R24C_OPS = {
    "add": operator.add, "sub": operator.sub, "mul": operator.mul, "div": operator.truediv,
    "exp": np.exp, "log": np.log, "tanh": np.tanh,
    "sigmoid": lambda a: 0.5 * (1.0 + np.tanh(0.5 * a)),
    "relu": lambda a: max(a, 0.0),
}


def graph_forward(graph, inputs):
    values = {name: float(v) for name, v in inputs.items()}
    for name, op, args in graph:
        values[name] = float(_R24C_OPS[op](*(values[a] for a in args)))
    return values
