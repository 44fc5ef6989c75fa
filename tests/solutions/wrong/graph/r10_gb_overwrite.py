"""graph.graph_backward: a node's gradient overwrites its input's (=) instead of adding to it: paths are not summed"""


def graph_backward(graph, inputs, output):
    values = graph_forward(graph, inputs)
    grads = dict.fromkeys(values, 0.0)
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        a = [values[v] for v in args]
        if op == "add":
            local = [1.0, 1.0]
        elif op == "sub":
            local = [1.0, -1.0]
        elif op == "mul":
            local = [a[1], a[0]]
        elif op == "div":
            local = [1 / a[1], -a[0] / a[1] ** 2]
        elif op == "exp":
            local = [values[name]]
        elif op == "log":
            local = [1 / a[0]]
        elif op == "sigmoid":
            local = [values[name] * (1 - values[name])]
        elif op == "tanh":
            local = [1 - values[name] ** 2]
        else:
            local = [float(a[0] > 0)]
        for v, d in zip(args, local):
            grads[v] = grads[name] * d
    return grads
