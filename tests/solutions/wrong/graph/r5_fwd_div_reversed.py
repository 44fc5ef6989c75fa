"""graph.graph_forward: div computes b / a (inputs taken in the wrong order)."""

def graph_forward(graph, inputs):
    import math
    vals = {k: float(v) for k, v in inputs.items()}
    for name, op, args in graph:
        a = vals[args[0]]
        b = vals[args[1]] if len(args) > 1 else None
        if op == "add":
            v = a + b
        elif op == "sub":
            v = a - b
        elif op == "mul":
            v = a * b
        elif op == "div":
            v = b / a
        elif op == "exp":
            v = math.exp(a)
        elif op == "log":
            v = math.log(a)
        elif op == "sigmoid":
            v = 1 / (1 + math.exp(-a)) if a >= 0 else math.exp(a) / (1 + math.exp(a))
        elif op == "tanh":
            v = math.tanh(a)
        else:
            v = max(a, 0.0)
        vals[name] = v
    return vals
