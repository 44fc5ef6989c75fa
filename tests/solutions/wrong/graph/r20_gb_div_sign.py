"""graph.graph_backward: the divisor's local derivative of a / b taken as +a / b^2 (the minus sign lost)"""


def graph_backward(graph, inputs, output):
    h = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in h}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        vals = [h[i] for i in args]
        local = [1 / vals[1], vals[0] / vals[1] ** 2] if op == "div" else _local(op, h[name], *vals)
        for i, d in zip(args, local):
            grads[i] += grads[name] * d
    return grads
