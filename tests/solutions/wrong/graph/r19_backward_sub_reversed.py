"""graph.graph_backward: sub's local derivatives taken as (-1, 1), Haykin's e = d - y read with the first input as y:
the sign of both branches of every sub flipped.
"""

def graph_backward(graph, inputs, output):
    """sub's local derivatives taken as (-1, 1), Haykin's e = d - y read with the node's first input as y: the sign of both branches of every sub flipped."""
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        a = [values[n] for n in args]
        s = values[name]
        if op in ("add", "sub"):
            local = [1.0, 1.0] if op == "add" else [-1.0, 1.0]
        elif op == "mul":
            local = [a[1], a[0]]
        elif op == "div":
            local = [1.0 / a[1], -a[0] / a[1] ** 2]
        elif op == "log":
            local = [1.0 / a[0]]
        elif op == "sigmoid":
            local = [s * (1.0 - s)]
        elif op == "tanh":
            local = [1.0 - s * s]
        elif op == "relu":
            local = [1.0 if a[0] > 0 else 0.0]
        else:
            local = [s]
        for n, d in zip(args, local):
            grads[n] += grads[name] * d
    return grads
