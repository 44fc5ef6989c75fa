"""graph.graph_forward: sigmoid as Mitchell's 1 / (1 + e^-net) with math.exp: sigmoid(-1000) raises OverflowError.
"""

def graph_forward(graph, inputs):
    """sigmoid as Mitchell's 1 / (1 + e^-net) with math.exp: sigmoid(-1000) raises OverflowError."""
    import math
    values = {k: float(v) for k, v in inputs.items()}
    ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
           "div": lambda a, b: a / b, "exp": math.exp, "log": math.log,
           "sigmoid": lambda a: 1.0 / (1.0 + math.exp(-a)), "tanh": math.tanh,
           "relu": lambda a: max(a, 0.0)}
    for name, op, args in graph:
        values[name] = float(ops[op](*[values[n] for n in args]))
    return values
