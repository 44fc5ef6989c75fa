"""graph.graph_backward: assigns grad(input) = grad(node) * local instead of adding, so of several paths only the last one visited counts."""

def _r21_po_local(op, vals, out):
    a = vals[0]
    b = vals[1] if len(vals) > 1 else None
    return {"add": [1.0, 1.0], "sub": [1.0, -1.0], "mul": [b, a], "div": [1.0 / b if b else 0.0, -a / b ** 2 if b else 0.0],
            "exp": [out], "log": [1.0 / a if a else 0.0], "sigmoid": [out * (1 - out)], "tanh": [1 - out * out],
            "relu": [1.0 if a > 0 else 0.0]}[op]


def graph_backward(graph, inputs, output):
    value = graph_forward(graph, inputs)
    grad = dict.fromkeys(value, 0.0)
    grad[output] = 1.0
    for name, op, args in reversed(graph):
        for a, d in zip(args, _r21_po_local(op, [value[x] for x in args], value[name])):
            grad[a] = grad[name] * d
    return grad
