"""graph.graph_forward: relu as max(0, a) gives the int 0 for a negative input, where the docstring promises floats (0 == 0.0, but an int)"""
import math


def _r14rmi_sig(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


def graph_forward(graph, inputs):
    values = dict(inputs)
    for name, op, args in graph:
        a = [values[x] for x in args]
        if op == "add":
            values[name] = a[0] + a[1]
        elif op == "sub":
            values[name] = a[0] - a[1]
        elif op == "mul":
            values[name] = a[0] * a[1]
        elif op == "div":
            values[name] = a[0] / a[1]
        elif op == "exp":
            values[name] = math.exp(a[0])
        elif op == "log":
            values[name] = math.log(a[0])
        elif op == "sigmoid":
            values[name] = _r14rmi_sig(a[0])
        elif op == "tanh":
            values[name] = math.tanh(a[0])
        else:
            values[name] = max(0, a[0])
    return values
