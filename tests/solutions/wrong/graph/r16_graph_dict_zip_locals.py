"""graph.graph_backward: each node's local derivatives kept as dict(zip(inputs, derivs)), so a node using one variable twice (x * x) keeps only one of its two terms"""
import math


def graph_backward(graph, inputs, output):
    vals = graph_forward(graph, inputs)
    grads = {k: 0.0 for k in vals}
    grads[output] = 1.0
    for name, op, ins in reversed(graph):
        a = [vals[i] for i in ins]
        s = vals[name]
        derivs = {
            "add": lambda: [1.0, 1.0], "sub": lambda: [1.0, -1.0],
            "mul": lambda: [a[1], a[0]], "div": lambda: [1.0 / a[1], -a[0] / a[1] ** 2],
            "exp": lambda: [s], "log": lambda: [1.0 / a[0]],
            "sigmoid": lambda: [s * (1.0 - s)], "tanh": lambda: [1.0 - s * s],
            "relu": lambda: [1.0 if a[0] > 0 else 0.0],
        }[op]()
        for i, d in dict(zip(ins, derivs)).items():
            grads[i] += grads[name] * d
    return grads
