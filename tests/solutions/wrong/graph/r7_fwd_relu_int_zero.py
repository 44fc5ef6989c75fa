"""graph.graph_forward: relu written max(a, 0) returns the int 0 for a negative input, and an int input value stays int: the values are not all floats."""

def graph_forward(graph, inputs):
    import math
    values = dict(inputs)
    for name, op, args in graph:
        a = [values[x] for x in args]
        if op == "add":
            values[name] = a[0] + a[1]
        elif op == "sub":
            values[name] = a[0] - a[1]
        elif op == "mul":
            values[name] = a[0] * a[1]
        elif op == "div":
            values[name] = a[0] / a[1]
        elif op == "exp":
            values[name] = math.exp(a[0])
        elif op == "log":
            values[name] = math.log(a[0])
        elif op == "sigmoid":
            values[name] = 0.5 * (1 + math.tanh(a[0] / 2))
        elif op == "tanh":
            values[name] = math.tanh(a[0])
        else:
            values[name] = max(a[0], 0)
    return values
