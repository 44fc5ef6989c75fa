"""Exercise: forward and backward passes through scalar computation graphs (backprop by hand).

A graph is plain data: a list of [name, op, [input names]] in topological
order, plus the values of the variables it starts from. Local derivatives:
add (1, 1), sub (1, -1), mul (b, a), div (1/b, -a/b^2), exp e^a, log 1/a,
sigmoid s (1 - s) with s the node's value, tanh 1 - t^2, relu 1 if a > 0 else 0
(at a = 0 either side's value is right: it is never tested there).
sigmoid and tanh take inputs of any size (e.g. +-1000, where they saturate)
and give finite values without errors or RuntimeWarnings (math.exp(1000)
raises OverflowError, np.exp(1000) warns: compute so that no exponent is large).
Backward visits the nodes in reverse order and adds each node's gradient
times each local derivative to its input's gradient:

    grad(v) = sum over the nodes c that use v of grad(c) * dc/dv

so a variable that reaches the output by several paths gets their sum.
"""

import numpy as np


def graph_forward(graph, inputs):
    """Values of a computation graph given as plain data.

    graph: list of [name, op, [input names]] in topological order (each node after its inputs);
    ops "add", "sub", "mul", "div" (two inputs, in order: sub is a - b, div is a / b) and
    "exp", "log", "sigmoid", "tanh", "relu" (one input). inputs: {name: float} for the variables
    the graph starts from. Returns {name: float} for every input and every node.
    """
    raise NotImplementedError


def graph_backward(graph, inputs, output):
    """d output / d v for every input and node v of a plain-data graph (as in graph_forward).

    Reverse topological order, grad(output) = 1, and for each node its gradient times each
    local derivative is added to its input's gradient: a variable that reaches the output
    by several paths (or used twice by one node, x * x) gets the sum over all of them.
    Returns {name: float}; 0.0 for what the output does not depend on.
    """
    raise NotImplementedError
