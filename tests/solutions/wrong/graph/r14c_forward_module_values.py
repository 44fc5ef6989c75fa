"""graph.graph_forward: values kept in a module-level dict across calls: names of an earlier graph stay in the result"""
import math

_r14c_gf_values = {}


def _r14c_gf_sig(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


def graph_forward(graph, inputs):
    _r14c_gf_values.update({k: float(v) for k, v in inputs.items()})
    ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
           "div": lambda a, b: a / b, "exp": math.exp, "log": math.log, "sigmoid": _r14c_gf_sig,
           "tanh": math.tanh, "relu": lambda a: a if a > 0 else 0.0}
    for name, op, args in graph:
        _r14c_gf_values[name] = float(ops[op](*[_r14c_gf_values[a] for a in args]))
    return dict(_r14c_gf_values)
