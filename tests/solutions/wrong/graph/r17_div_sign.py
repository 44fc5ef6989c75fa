"""graph.graph_backward: the divisor's local derivative is +a/b^2 (sign lost) instead of -a/b^2.

Habit: fast.ai-style per-op backward written from memory.
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
        elif op == "div": local = [1 / a[1], a[0] / a[1] ** 2]
        elif op == "exp": local = [out]
        elif op == "log": local = [1 / a[0]]
        elif op == "sigmoid": local = [out * (1 - out)]
        elif op == "tanh": local = [1 - out * out]
        else: local = [1.0 if a[0] > 0 else 0.0]
        for x, d in zip(args, local):
            g[x] += go * d
    return g
