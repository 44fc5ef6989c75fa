"""graph.graph_forward: values = inputs, then every node written into it: the caller's inputs dict comes back holding all the nodes"""
import math


def _gfm_sigmoid(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


def graph_forward(graph, inputs):
    values = inputs
    ops = {
        "add": lambda a, b: a + b, "sub": lambda a, b: a - b,
        "mul": lambda a, b: a * b, "div": lambda a, b: a / b,
        "exp": math.exp, "log": math.log, "sigmoid": _gfm_sigmoid,
        "tanh": math.tanh, "relu": lambda a: a if a > 0 else 0.0,
    }
    for name, op, ins in graph:
        values[name] = float(ops[op](*[values[i] for i in ins]))
    return values
