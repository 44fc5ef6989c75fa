"""graph.graph_backward: right: Aggarwal's dynamic programming written top-down, grad(v) = sum over the nodes c using v (once per use) of dc/dv * grad(c), memoised; nodes off every path to the output get 0."""

def _r21_rp_local(op, vals, out):
    a = vals[0]
    b = vals[1] if len(vals) > 1 else None
    if op == "div":
        return [1.0 / b, -a / b ** 2]
    return {"add": [1.0, 1.0], "sub": [1.0, -1.0], "mul": [b, a], "exp": [out], "log": [1.0 / a if a else 0.0],
            "sigmoid": [out * (1 - out)], "tanh": [1 - out * out], "relu": [1.0 if a > 0 else 0.0]}[op]


def graph_backward(graph, inputs, output):
    value = graph_forward(graph, inputs)
    uses = {v: [] for v in value}
    for name, op, args in graph:
        for a, d in zip(args, _r21_rp_local(op, [value[x] for x in args], value[name])):
            uses[a].append((name, d))
    memo = {output: 1.0}

    def grad(v):
        if v not in memo:
            memo[v] = sum((d * grad(c) for c, d in uses[v]), 0.0)
        return memo[v]

    return {v: float(grad(v)) for v in value}
