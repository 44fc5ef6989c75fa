"""graph.graph_forward: Right: sigmoid(a) = exp(-log(1 + e^-a)) with np.logaddexp, exact to the last bits relative to
the value and finite for any a.
"""

def graph_forward(graph, inputs):
    """Right: sigmoid(a) = exp(-log(1 + e^-a)) with np.logaddexp, exact to the last bits relative to the value and finite for any a."""
    import math

    import numpy as np
    values = {k: float(v) for k, v in inputs.items()}
    ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
           "div": lambda a, b: a / b, "exp": math.exp, "log": math.log,
           "sigmoid": lambda a: float(np.exp(-np.logaddexp(0.0, -a))), "tanh": math.tanh,
           "relu": lambda a: max(a, 0.0)}
    for name, op, args in graph:
        values[name] = float(ops[op](*[values[n] for n in args]))
    return values
