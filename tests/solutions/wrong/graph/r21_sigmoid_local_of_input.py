"""graph.graph_backward: the sigmoid node's stored derivative is a (1 - a) of its input a instead of s (1 - s) of its value s."""

def _r21_si_local(op, vals, out):
    a = vals[0]
    b = vals[1] if len(vals) > 1 else None
    if op == "sigmoid":
        return [a * (1 - a)]
    return {"add": [1.0, 1.0], "sub": [1.0, -1.0], "mul": [b, a], "div": [1.0 / b if b else 0.0, -a / b ** 2 if b else 0.0],
            "exp": [out], "log": [1.0 / a if a else 0.0], "tanh": [1 - out * out],
            "relu": [1.0 if a > 0 else 0.0]}[op]


def graph_backward(graph, inputs, output):
    value = graph_forward(graph, inputs)
    grad = dict.fromkeys(value, 0.0)
    grad[output] = 1.0
    for name, op, args in reversed(graph):
        for a, d in zip(args, _r21_si_local(op, [value[x] for x in args], value[name])):
            grad[a] += grad[name] * d
    return grad
