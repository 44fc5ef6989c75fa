"""graph.graph_backward: right, ReLU's indicator read from the node's value (relu(a) > 0 exactly when a > 0)"""


def graph_backward(graph, inputs, output):
    h = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in h}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        vals = [h[i] for i in args]
        local = [float(h[name] > 0)] if op == "relu" else _local(op, h[name], *vals)
        for i, d in zip(args, local):
            grads[i] += grads[name] * d
    return grads
