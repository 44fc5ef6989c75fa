"""graph.graph_backward: Right: micrograd's Value objects, a topological sort by DFS over the children sets, then each
node's closure in reverse; x*x still gets 2x because its closure adds to the same child twice.
"""

class _R18Value:
    """A micrograd Value: data, grad, the children it was made from and a closure that pushes grad to them."""

    def __init__(self, data, children=()):
        self.data = float(data)
        self.grad = 0.0
        self._prev = set(children)
        self._backward = lambda: None


def _r18_node(op, xs):
    a = xs[0]
    if op in ("add", "sub", "mul", "div"):
        b = xs[1]
        data = {"add": lambda: a.data + b.data, "sub": lambda: a.data - b.data,
                "mul": lambda: a.data * b.data, "div": lambda: a.data / b.data}[op]()
        out = _R18Value(data, (a, b))

        def _backward():
            da, db = {"add": lambda: (1.0, 1.0), "sub": lambda: (1.0, -1.0), "mul": lambda: (b.data, a.data),
                      "div": lambda: (1.0 / b.data, -a.data / b.data ** 2)}[op]()
            a.grad += da * out.grad
            b.grad += db * out.grad
    else:
        x = a.data
        if op == "exp":
            data = math.exp(x)
        elif op == "log":
            data = math.log(x)
        elif op == "sigmoid":
            data = 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))
        elif op == "tanh":
            data = math.tanh(x)
        else:
            data = x if x > 0 else 0.0
        out = _R18Value(data, (a,))

        def _backward():
            t = out.data
            local = {"exp": lambda: t, "log": lambda: 1.0 / x, "sigmoid": lambda: t * (1 - t),
                     "tanh": lambda: 1 - t * t, "relu": lambda: 1.0 if x > 0 else 0.0}[op]()
            a.grad += local * out.grad
    out._backward = _backward
    return out


def graph_backward(graph, inputs, output):
    """Right: micrograd's Value objects, a topological sort by DFS over the children sets, then each node's closure in reverse; x*x still gets 2x because its closure adds to the same child twice."""
    nodes = {name: _R18Value(v) for name, v in inputs.items()}
    for name, op, args in graph:
        nodes[name] = _r18_node(op, [nodes[a] for a in args])
    topo, visited = [], set()

    def build_topo(v):
        if v not in visited:
            visited.add(v)
            for child in v._prev:
                build_topo(child)
            topo.append(v)

    build_topo(nodes[output])
    nodes[output].grad = 1.0
    for v in reversed(topo):
        v._backward()
    return {name: v.grad for name, v in nodes.items()}
