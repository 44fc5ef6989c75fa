"""graph.graph_forward: the stable sigmoid's negative branch returns 1/(1+e^a), i.e. sigmoid(-a)"""
import math


def _sig(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    return 1.0 / (1.0 + math.exp(a))


def graph_forward(graph, inputs):
    vals = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        x = [vals[a] for a in args]
        if op == "add":
            vals[name] = x[0] + x[1]
        elif op == "sub":
            vals[name] = x[0] - x[1]
        elif op == "mul":
            vals[name] = x[0] * x[1]
        elif op == "div":
            vals[name] = x[0] / x[1]
        elif op == "exp":
            vals[name] = math.exp(x[0])
        elif op == "log":
            vals[name] = math.log(x[0])
        elif op == "sigmoid":
            vals[name] = _sig(x[0])
        elif op == "tanh":
            vals[name] = math.tanh(x[0])
        elif op == "relu":
            vals[name] = max(x[0], 0.0)
    return vals
