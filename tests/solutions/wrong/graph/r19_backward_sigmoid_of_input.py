"""graph.graph_backward: sigmoid's local derivative written as Mitchell's o(1 - o) with o the node's INPUT a instead of
its output s = sigmoid(a).
"""

def graph_backward(graph, inputs, output):
    """sigmoid's local derivative written as Mitchell's o(1 - o) with o the node's INPUT a instead of its output s = sigmoid(a)."""
    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        a = [values[n] for n in args]
        s = values[name]
        local = {"add": [1.0, 1.0], "sub": [1.0, -1.0]}.get(op)
        if op == "mul":
            local = [a[1], a[0]]
        elif op == "div":
            local = [1.0 / a[1], -a[0] / a[1] ** 2]
        elif op == "exp":
            local = [s]
        elif op == "log":
            local = [1.0 / a[0]]
        elif op == "sigmoid":
            local = [a[0] * (1.0 - a[0])]
        elif op == "tanh":
            local = [1.0 - s * s]
        elif op == "relu":
            local = [1.0 if a[0] > 0 else 0.0]
        for n, d in zip(args, local):
            grads[n] += grads[name] * d
    return grads
