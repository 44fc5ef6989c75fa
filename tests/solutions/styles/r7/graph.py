"""A correct solution of exercises/graph.py, style r7: one op table of (forward, local derivatives) closures over math."""
import math


def _sigmoid(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


# op -> (value from inputs, local derivatives from (inputs, value))
_OPS = {
    "add": (lambda a, b: a + b, lambda ins, v: (1.0, 1.0)),
    "sub": (lambda a, b: a - b, lambda ins, v: (1.0, -1.0)),
    "mul": (lambda a, b: a * b, lambda ins, v: (ins[1], ins[0])),
    "div": (lambda a, b: a / b, lambda ins, v: (1.0 / ins[1], -ins[0] / ins[1] ** 2)),
    "exp": (math.exp, lambda ins, v: (v,)),
    "log": (math.log, lambda ins, v: (1.0 / ins[0],)),
    "sigmoid": (_sigmoid, lambda ins, v: (v * (1.0 - v),)),
    "tanh": (math.tanh, lambda ins, v: (1.0 - v * v,)),
    "relu": (lambda a: a if a > 0 else 0.0, lambda ins, v: (1.0 if ins[0] > 0 else 0.0,)),
}


def graph_forward(graph, inputs):
    values = {name: float(v) for name, v in inputs.items()}
    for name, op, args in graph:
        values[name] = float(_OPS[op][0](*(values[a] for a in args)))
    return values


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = dict.fromkeys(values, 0.0)
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        upstream = grads[name]
        if upstream == 0.0:
            continue   # nothing flows back from a node the output does not use
        ins = [values[a] for a in args]
        for arg, local in zip(args, _OPS[op][1](ins, values[name])):
            grads[arg] += upstream * local
    return grads
