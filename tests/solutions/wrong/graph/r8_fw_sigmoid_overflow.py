"""graph.graph_forward: sigmoid as 1 / (1 + math.exp(-a)), which raises OverflowError for a = -1000 (the docstring's saturated input)."""


def graph_forward(graph, inputs):
    import math
    vals = {k: float(v) for k, v in inputs.items()}
    fns = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b, "div": lambda a, b: a / b,
           "exp": math.exp, "log": math.log, "sigmoid": lambda a: 1 / (1 + math.exp(-a)), "tanh": math.tanh,
           "relu": lambda a: max(a, 0.0)}
    for name, op, args in graph:
        vals[name] = float(fns[op](*[vals[x] for x in args]))
    return vals
