"""graph.graph_backward: collects local derivatives in a dict keyed by input name, so x*x (one input used twice) keeps one path and gets x instead of 2x"""
import math


def _r14ld_sig(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


def _r14ld_forward(graph, inputs):
    v = dict(inputs)
    f = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
         "div": lambda a, b: a / b, "exp": math.exp, "log": math.log, "sigmoid": _r14ld_sig,
         "tanh": math.tanh, "relu": lambda a: max(a, 0.0)}
    for name, op, args in graph:
        v[name] = float(f[op](*(v[a] for a in args)))
    return v


def graph_backward(graph, inputs, output):
    v = _r14ld_forward(graph, inputs)
    grad = {k: 0.0 for k in v}
    grad[output] = 1.0
    for name, op, args in reversed(graph):
        x = [v[a] for a in args]
        if op == "add":
            local = {args[0]: 1.0, args[1]: 1.0}
        elif op == "sub":
            local = {args[0]: 1.0, args[1]: -1.0}
        elif op == "mul":
            local = {args[0]: x[1], args[1]: x[0]}
        elif op == "div":
            local = {args[0]: 1.0 / x[1], args[1]: -x[0] / x[1] ** 2}
        elif op == "exp":
            local = {args[0]: v[name]}
        elif op == "log":
            local = {args[0]: 1.0 / x[0]}
        elif op == "sigmoid":
            local = {args[0]: v[name] * (1 - v[name])}
        elif op == "tanh":
            local = {args[0]: 1 - v[name] ** 2}
        else:
            local = {args[0]: 1.0 if x[0] > 0 else 0.0}
        for a, d in local.items():
            grad[a] += grad[name] * d
    return grad
