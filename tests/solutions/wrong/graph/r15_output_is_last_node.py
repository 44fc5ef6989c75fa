"""graph.graph_backward: seeds grad = 1 at the graph's last node instead of at `output`: wrong when the output is an intermediate node"""
import math


def _r15ol_forward(graph, inputs):
    v = {k: float(x) for k, x in inputs.items()}
    f = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
         "div": lambda a, b: a / b, "exp": math.exp, "log": math.log, "tanh": math.tanh,
         "sigmoid": lambda a: 0.5 * (1 + math.tanh(a / 2)), "relu": lambda a: max(a, 0.0)}
    for name, op, args in graph:
        v[name] = f[op](*[v[x] for x in args])
    return v


def graph_backward(graph, inputs, output):
    v = _r15ol_forward(graph, inputs)
    grad = dict.fromkeys(v, 0.0)
    grad[graph[-1][0]] = 1.0
    for name, op, args in reversed(graph):
        a = [v[x] for x in args]
        s = v[name]
        local = {
            "add": lambda: [1.0, 1.0], "sub": lambda: [1.0, -1.0], "mul": lambda: [a[1], a[0]],
            "div": lambda: [1 / a[1], -a[0] / a[1] ** 2], "exp": lambda: [s], "log": lambda: [1 / a[0]],
            "sigmoid": lambda: [s * (1 - s)], "tanh": lambda: [1 - s * s],
            "relu": lambda: [1.0 if a[0] > 0 else 0.0],
        }[op]()
        for x, d in zip(args, local):
            grad[x] += grad[name] * d
    return grad
