"""graph.graph_forward: fills one module-level dict, so a call returns the values of every earlier graph's names too (and the very same dict each time)"""
import math

_R14FMD_VALUES = {}


def _r14fmd_sig(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


def graph_forward(graph, inputs):
    values = _R14FMD_VALUES
    values.update((k, float(v)) for k, v in inputs.items())
    f = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
         "div": lambda a, b: a / b, "exp": math.exp, "log": math.log, "sigmoid": _r14fmd_sig,
         "tanh": math.tanh, "relu": lambda a: max(a, 0.0)}
    for name, op, args in graph:
        values[name] = float(f[op](*(values[a] for a in args)))
    return values
