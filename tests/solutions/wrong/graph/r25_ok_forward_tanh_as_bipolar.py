"""graph.graph_forward: right: tanh(a) as Zurada's bipolar sigmoid with steepness 2, 2 / (1 + e^(-2a)) - 1, written with a non-positive exponent for either sign of a"""
import math


def _r25_bipolar(a, lam):
    e = math.exp(-lam * abs(a))
    value = (1.0 - e) / (1.0 + e)
    return value if a >= 0 else -value


def graph_forward(graph, inputs):
    values = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        xs = [values[a] for a in args]
        if op == "tanh":
            values[name] = _r25_bipolar(xs[0], 2.0)
        elif op == "sigmoid":
            values[name] = 0.5 * (1.0 + _r25_bipolar(xs[0], 1.0))
        elif op == "add":
            values[name] = xs[0] + xs[1]
        elif op == "sub":
            values[name] = xs[0] - xs[1]
        elif op == "mul":
            values[name] = xs[0] * xs[1]
        elif op == "div":
            values[name] = xs[0] / xs[1]
        elif op == "exp":
            values[name] = math.exp(xs[0])
        elif op == "log":
            values[name] = math.log(xs[0])
        else:
            values[name] = xs[0] if xs[0] > 0 else 0.0
    return values
