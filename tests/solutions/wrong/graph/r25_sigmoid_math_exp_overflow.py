"""graph.graph_forward: sigmoid as 1 / (1 + math.exp(-a)), which raises OverflowError for a = -1000 instead of saturating to 0"""
import math


def graph_forward(graph, inputs):
    values = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        xs = [values[a] for a in args]
        match op:
            case "add":
                values[name] = xs[0] + xs[1]
            case "sub":
                values[name] = xs[0] - xs[1]
            case "mul":
                values[name] = xs[0] * xs[1]
            case "div":
                values[name] = xs[0] / xs[1]
            case "exp":
                values[name] = math.exp(xs[0])
            case "log":
                values[name] = math.log(xs[0])
            case "sigmoid":
                values[name] = 1.0 / (1.0 + math.exp(-xs[0]))
            case "tanh":
                values[name] = math.tanh(xs[0])
            case "relu":
                values[name] = max(xs[0], 0.0)
    return values
