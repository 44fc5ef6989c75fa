"""graph.graph_backward: the sigmoid node's local derivative uses its input a (a (1 - a)) instead of its value s (s (1 - s)).

Habit: fast.ai's relu_grad reads the module's input, carried over to sigmoid.
"""


def graph_backward(graph, inputs, output):
    vals = graph_forward(graph, inputs)  # the forward pass is not what this file gets wrong
    g = {k: 0.0 for k in vals}
    g[output] = 1.0
    for name, op, args in reversed(graph):
        a, out, go = [vals[x] for x in args], vals[name], g[name]
        if op == "add": local = [1.0, 1.0]
        elif op == "sub": local = [1.0, -1.0]
        elif op == "mul": local = [a[1], a[0]]
        elif op == "div": local = [1 / a[1], -a[0] / a[1] ** 2]
        elif op == "exp": local = [out]
        elif op == "log": local = [1 / a[0]]
        elif op == "sigmoid": local = [a[0] * (1 - a[0])]
        elif op == "tanh": local = [1 - out * out]
        else: local = [1.0 if a[0] > 0 else 0.0]
        for x, d in zip(args, local):
            g[x] += go * d
    return g
