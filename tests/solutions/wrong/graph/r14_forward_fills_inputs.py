"""graph.graph_forward: values = inputs, then values[name] = ..., so the caller's inputs dict gets every node added to it"""
import math


def _r14ffi_sig(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


def graph_forward(graph, inputs):
    values = inputs
    f = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
         "div": lambda a, b: a / b, "exp": math.exp, "log": math.log, "sigmoid": _r14ffi_sig,
         "tanh": math.tanh, "relu": lambda a: max(a, 0.0)}
    for name, op, args in graph:
        values[name] = float(f[op](*(values[a] for a in args)))
    return values
