"""A tiny scalar computation graph with reverse-mode differentiation (backprop by hand).

Every Node holds a float value and, for each input it was made from, the
local derivative d(node)/d(input) evaluated in the forward pass. backward(out)
visits the nodes in reverse topological order and accumulates

    grad(v) = sum over the children c of v of grad(c) * dc/dv

so a variable that reaches the output by several paths (x * x, or x used in
two branches) gets the sum of the contributions of all its paths: the
multivariate chain rule. After backward, node.grad = d(out)/d(node).
"""

import math

from mlptutor.reference.activations import sigmoid as _sigmoid


class Node:
    """A scalar value in a graph. parents: tuple of (input Node, local derivative d self / d input)."""

    __slots__ = ("value", "parents", "op", "name", "grad")

    def __init__(self, value, parents=(), op="input", name=""):
        self.value = float(value)
        self.parents = tuple(parents)
        self.op = op
        self.name = name
        self.grad = 0.0

    def __repr__(self):
        label = self.name or self.op
        return f"Node({label}={self.value:g}, grad={self.grad:g})"

    def __add__(self, other):
        other = as_node(other)
        return Node(self.value + other.value, ((self, 1.0), (other, 1.0)), "+")

    def __radd__(self, other):
        return as_node(other) + self

    def __sub__(self, other):
        other = as_node(other)
        return Node(self.value - other.value, ((self, 1.0), (other, -1.0)), "-")

    def __rsub__(self, other):
        return as_node(other) - self

    def __neg__(self):
        return Node(-self.value, ((self, -1.0),), "neg")

    def __mul__(self, other):
        other = as_node(other)
        return Node(self.value * other.value, ((self, other.value), (other, self.value)), "*")

    def __rmul__(self, other):
        return as_node(other) * self

    def __truediv__(self, other):
        other = as_node(other)
        a, b = self.value, other.value
        return Node(a / b, ((self, 1.0 / b), (other, -a / (b * b))), "/")

    def __rtruediv__(self, other):
        return as_node(other) / self

    def __pow__(self, exponent):
        """self ** exponent; a Node exponent needs a positive base (d/dp a^p = a^p log a)."""
        p = as_node(exponent)
        a, value = self.value, self.value**p.value
        parents = [(self, p.value * a ** (p.value - 1.0))]
        if p.op != "const":
            parents.append((p, value * math.log(a)))
        return Node(value, parents, "**")

    def __rpow__(self, base):
        return as_node(base) ** self


def as_node(x):
    """x itself if it is a Node, else a constant Node (whose grad is computed but never needed)."""
    return x if isinstance(x, Node) else Node(x, op="const")


def exp(x):
    """e^x; local derivative e^x."""
    x = as_node(x)
    value = math.exp(x.value)
    return Node(value, ((x, value),), "exp")


def log(x):
    """Natural log; local derivative 1/x."""
    x = as_node(x)
    return Node(math.log(x.value), ((x, 1.0 / x.value),), "log")


def sigmoid(x):
    """1 / (1 + e^-x); local derivative s (1 - s)."""
    x = as_node(x)
    s = float(_sigmoid(x.value))
    return Node(s, ((x, s * (1.0 - s)),), "sigmoid")


def tanh(x):
    """tanh x; local derivative 1 - tanh^2 x."""
    x = as_node(x)
    t = math.tanh(x.value)
    return Node(t, ((x, 1.0 - t * t),), "tanh")


def relu(x):
    """max(0, x); local derivative 1 if x > 0 else 0."""
    x = as_node(x)
    return Node(max(0.0, x.value), ((x, 1.0 if x.value > 0 else 0.0),), "relu")


def topological_order(out):
    """Every node out depends on, each after all of its inputs, ending with out."""
    order, seen = [], set()
    stack = [(out, False)]
    while stack:  # iterative depth-first search: deep graphs must not hit the recursion limit
        node, inputs_done = stack.pop()
        if inputs_done:
            order.append(node)
        elif id(node) not in seen:
            seen.add(id(node))
            stack.append((node, True))
            stack.extend((parent, False) for parent, _ in node.parents)
    return order


def backward(out):
    """Set node.grad = d out / d node for every node out depends on, summing over all paths.

    Returns the nodes in topological order (inputs first, out last), e.g. to print the steps.
    """
    order = topological_order(out)
    for node in order:
        node.grad = 0.0
    out.grad = 1.0
    for node in reversed(order):
        for parent, local in node.parents:
            parent.grad += node.grad * local
    return order


def chain_example(x=2.0, w1=0.5, w2=1.5, y=3.0):
    """The course's two-weight chain after backward: h = w1 x, y_hat = w2 h, L = (y_hat - y)^2 / 2.

    Returns the named nodes {"x", "w1", "w2", "y", "h", "y_hat", "L"}; with the defaults
    y_hat = 1.5, dL/dw2 = (y_hat - y) h = -1.5 and dL/dw1 = (y_hat - y) w2 x = -4.5.
    """
    nodes = {name: Node(value, name=name) for name, value in (("x", x), ("w1", w1), ("w2", w2), ("y", y))}
    nodes["h"] = nodes["w1"] * nodes["x"]
    nodes["y_hat"] = nodes["w2"] * nodes["h"]
    nodes["L"] = 0.5 * (nodes["y_hat"] - nodes["y"]) ** 2
    return _named_after_backward(nodes, "L")


def multi_path_example(x=2.0, y=3.0):
    """x and y each reach f by two paths: a = x y, b = x + y, f = a b, after backward.

    Returns {"x", "y", "a", "b", "f"}; df/dx = b y + a = 2xy + y^2 (21 at the defaults),
    df/dy = b x + a = x^2 + 2xy (16 at the defaults).
    """
    nodes = {"x": Node(x, name="x"), "y": Node(y, name="y")}
    nodes["a"] = nodes["x"] * nodes["y"]
    nodes["b"] = nodes["x"] + nodes["y"]
    nodes["f"] = nodes["a"] * nodes["b"]
    return _named_after_backward(nodes, "f")


def _named_after_backward(nodes, output):
    for name, node in nodes.items():
        node.name = name
    backward(nodes[output])
    return nodes


# --- graphs as plain data (what crosses into a grader's sandbox) -------------------------------

# op -> (number of inputs, how to apply it to Nodes)
GRAPH_OPS = {
    "add": (2, lambda a, b: a + b), "sub": (2, lambda a, b: a - b), "mul": (2, lambda a, b: a * b),
    "div": (2, lambda a, b: a / b), "exp": (1, exp), "log": (1, log), "sigmoid": (1, sigmoid),
    "tanh": (1, tanh), "relu": (1, relu),
}


def _graph_nodes(graph, inputs):
    """Nodes of a plain-data graph by name, built with the Node operators above."""
    nodes = {name: Node(value, name=name) for name, value in inputs.items()}
    for name, op, args in graph:
        if op not in GRAPH_OPS or len(args) != GRAPH_OPS[op][0]:
            raise ValueError(f"node {name!r}: op {op!r} with {len(args)} inputs; ops: "
                             + ", ".join(f"{o} ({n})" for o, (n, _) in GRAPH_OPS.items()))
        missing = [a for a in args if a not in nodes]
        if missing or name in nodes:
            raise ValueError(f"node {name!r}: every node needs a new name and inputs defined before it (missing {missing})")
        nodes[name] = GRAPH_OPS[op][1](*(nodes[a] for a in args))
        nodes[name].name = name
    return nodes


def graph_forward(graph, inputs):
    """Values of a computation graph given as plain data.

    graph: list of [name, op, [input names]] in topological order (each node after its inputs);
    ops "add", "sub", "mul", "div" (two inputs, in order: sub is a - b, div is a / b) and
    "exp", "log", "sigmoid", "tanh", "relu" (one input). inputs: {name: float} for the variables
    the graph starts from. Returns {name: float} for every input and every node.
    """
    return {name: node.value for name, node in _graph_nodes(graph, inputs).items()}


def graph_backward(graph, inputs, output):
    """d output / d v for every input and node v of a plain-data graph (as in graph_forward).

    Reverse topological order, grad(output) = 1, and for each node its gradient times each
    local derivative is added to its input's gradient: a variable that reaches the output
    by several paths (or used twice by one node, x * x) gets the sum over all of them.
    Returns {name: float}; 0.0 for what the output does not depend on.
    """
    nodes = _graph_nodes(graph, inputs)
    backward(nodes[output])
    return {name: node.grad for name, node in nodes.items()}
