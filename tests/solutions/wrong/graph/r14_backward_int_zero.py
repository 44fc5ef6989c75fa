"""graph.graph_backward: starts every gradient at the int 0 (dict.fromkeys(values, 0)), so what the output does not depend on comes back as 0, an int, not 0.0"""
import math


def _r14biz_sig(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


def graph_backward(graph, inputs, output):
    v = dict(inputs)
    f = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
         "div": lambda a, b: a / b, "exp": math.exp, "log": math.log, "sigmoid": _r14biz_sig,
         "tanh": math.tanh, "relu": lambda a: max(a, 0.0)}
    for name, op, args in graph:
        v[name] = float(f[op](*(v[a] for a in args)))
    grad = dict.fromkeys(v, 0)
    grad[output] = 1.0
    for name, op, args in reversed(graph):
        x = [v[a] for a in args]
        s = v[name]
        if op in ("add", "sub"):
            local = [1.0, 1.0 if op == "add" else -1.0]
        elif op == "mul":
            local = [x[1], x[0]]
        elif op == "div":
            local = [1.0 / x[1], -x[0] / x[1] ** 2]
        elif op == "exp":
            local = [s]
        elif op == "log":
            local = [1.0 / x[0]]
        elif op == "sigmoid":
            local = [s * (1 - s)]
        elif op == "tanh":
            local = [1 - s * s]
        else:
            local = [1.0 if x[0] > 0 else 0.0]
        for a, d in zip(args, local):
            grad[a] += grad[name] * d
    return grad
