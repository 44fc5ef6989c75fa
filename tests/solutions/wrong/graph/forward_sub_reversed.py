"""graph.graph_forward: computes sub as b - a and div as b / a (the operands in the wrong order)."""

def graph_forward(graph, inputs):
    v = {k: float(x) for k, x in inputs.items()}
    for name, op, args in graph:
        x = [v[a] for a in args]
        if op == "add":
            r = x[0] + x[1]
        elif op == "sub":
            r = x[1] - x[0]
        elif op == "mul":
            r = x[0] * x[1]
        elif op == "div":
            r = x[1] / x[0]
        elif op == "exp":
            r = np.exp(x[0])
        elif op == "log":
            r = np.log(x[0])
        elif op == "sigmoid":
            r = 1 / (1 + np.exp(-x[0]))
        elif op == "tanh":
            r = np.tanh(x[0])
        else:
            r = max(x[0], 0.0)
        v[name] = float(r)
    return v
