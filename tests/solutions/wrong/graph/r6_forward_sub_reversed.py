"""graph.graph_forward: "sub" computes b - a instead of a - b."""

def graph_forward(graph, inputs):
    vals = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        v = [vals[a] for a in args]
        if op == "add":
            r = v[0] + v[1]
        elif op == "sub":
            r = v[1] - v[0]
        elif op == "mul":
            r = v[0] * v[1]
        elif op == "div":
            r = v[0] / v[1]
        elif op == "exp":
            r = math.exp(v[0])
        elif op == "log":
            r = math.log(v[0])
        elif op == "sigmoid":
            r = 1.0 / (1.0 + math.exp(-v[0])) if v[0] >= 0 else math.exp(v[0]) / (1.0 + math.exp(v[0]))
        elif op == "tanh":
            r = math.tanh(v[0])
        else:
            r = max(v[0], 0.0)
        vals[name] = r
    return vals
