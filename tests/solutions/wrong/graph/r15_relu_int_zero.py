"""graph.graph_forward: relu written max(0, a), which returns the int 0 (not 0.0) for a negative input: {name: float} promised"""
import math


def graph_forward(graph, inputs):
    ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
           "div": lambda a, b: a / b, "exp": math.exp, "log": math.log, "tanh": math.tanh,
           "sigmoid": lambda a: 0.5 * (1.0 + math.tanh(0.5 * a)), "relu": lambda a: max(0, a)}
    values = dict(inputs)
    for name, op, args in graph:
        values[name] = ops[op](*(values[a] for a in args))
    return values
