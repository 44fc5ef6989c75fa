"""graph.graph_backward: the log local derivative taken as 1 / (the node's value) = 1 / log(a), instead of 1 / a."""

def graph_backward(graph, inputs, output):
    def local(op, value, a, b=None):
        return {"add": lambda: [1.0, 1.0], "sub": lambda: [1.0, -1.0], "mul": lambda: [b, a],
                "div": lambda: [1 / b, -a / b**2], "exp": lambda: [value], "log": lambda: [1 / value],
                "sigmoid": lambda: [value * (1 - value)], "tanh": lambda: [1 - value**2],
                "relu": lambda: [1.0 if a > 0 else 0.0]}[op]()

    values = graph_forward(graph, inputs)
    grads = {name: 0.0 for name in values}
    grads[output] = 1.0
    for name, op, args in reversed(graph):
        for arg, d in zip(args, local(op, values[name], *(values[a] for a in args))):
            grads[arg] += grads[name] * d
    return grads
