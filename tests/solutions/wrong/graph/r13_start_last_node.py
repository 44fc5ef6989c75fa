"""graph.graph_backward: seeds gradient 1 at the last node instead of at `output` (right only when the output is the last node)"""


def graph_backward(graph, inputs, output):
    vals = graph_forward(graph, inputs)
    grads = dict.fromkeys(vals, 0.0)
    grads[graph[-1][0]] = 1.0
    for name, op, ins in reversed(graph):
        g = grads[name]
        x = [vals[i] for i in ins]
        v = vals[name]
        if op == "add":
            d = [1.0, 1.0]
        elif op == "sub":
            d = [1.0, -1.0]
        elif op == "mul":
            d = [x[1], x[0]]
        elif op == "div":
            d = [1 / x[1], -x[0] / x[1] ** 2]
        elif op == "exp":
            d = [v]
        elif op == "log":
            d = [1 / x[0]]
        elif op == "sigmoid":
            d = [v * (1 - v)]
        elif op == "tanh":
            d = [1 - v ** 2]
        else:
            d = [1.0 if x[0] > 0 else 0.0]
        for i, di in zip(ins, d):
            grads[i] += g * di
    return grads
