"""graph.graph_forward: relu written max(a, 0.01 * a) (a leaky ReLU); negative inputs give 0.01 a instead of 0."""


def graph_forward(graph, inputs):
    import math
    def sig(a):
        return 1 / (1 + math.exp(-a)) if a >= 0 else math.exp(a) / (1 + math.exp(a))
    vals = {k: float(v) for k, v in inputs.items()}
    fns = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b, "div": lambda a, b: a / b,
           "exp": math.exp, "log": math.log, "sigmoid": sig, "tanh": math.tanh, "relu": lambda a: max(a, 0.01 * a)}
    for name, op, args in graph:
        vals[name] = float(fns[op](*[vals[x] for x in args]))
    return vals
