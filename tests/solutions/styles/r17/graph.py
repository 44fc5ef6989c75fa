"""Scalar computation graphs (habit: fast.ai's from-the-foundations course: one Module class per op,
__call__ stores its inputs and output, backward() puts .g on its inputs; wrapped into the stub's functions)."""

import math

import numpy as np


class Module:
    """fast.ai's base: __call__ remembers args and out, backward() sends self.out_g to the args."""

    def __call__(self, *args):
        self.args = args
        self.out = self.forward(*args)
        return self.out

    def backward(self, out_g):
        return self.bwd(out_g, *self.args)


class Add(Module):
    def forward(self, a, b): return a + b
    def bwd(self, g, a, b): return (g, g)


class Sub(Module):
    def forward(self, a, b): return a - b
    def bwd(self, g, a, b): return (g, -g)


class Mul(Module):
    def forward(self, a, b): return a * b
    def bwd(self, g, a, b): return (g * b, g * a)


class Div(Module):
    def forward(self, a, b): return a / b
    def bwd(self, g, a, b): return (g / b, -g * a / (b * b))


class Exp(Module):
    def forward(self, a): return math.exp(a)
    def bwd(self, g, a): return (g * self.out,)


class Log(Module):
    def forward(self, a): return math.log(a)
    def bwd(self, g, a): return (g / a,)


class Sigmoid(Module):
    def forward(self, a):
        # only exp(-|a|) is ever taken, so +-1000 saturates quietly
        e = math.exp(-abs(a))
        return 1.0 / (1.0 + e) if a >= 0 else e / (1.0 + e)
    def bwd(self, g, a): return (g * self.out * (1.0 - self.out),)


class Tanh(Module):
    def forward(self, a): return math.tanh(a)
    def bwd(self, g, a): return (g * (1.0 - self.out * self.out),)


class Relu(Module):
    def forward(self, a): return a if a > 0 else 0.0
    def bwd(self, g, a): return (g if a > 0 else 0.0,)


OPS = {"add": Add, "sub": Sub, "mul": Mul, "div": Div, "exp": Exp, "log": Log,
       "sigmoid": Sigmoid, "tanh": Tanh, "relu": Relu}


def _run(graph, inputs):
    """Forward through fresh modules: (values, [(name, module, input names)])."""
    values = {name: float(v) for name, v in inputs.items()}
    tape = []
    for name, op, args in graph:
        module = OPS[op]()
        values[name] = float(module(*[values[a] for a in args]))
        tape.append((name, module, list(args)))
    return values, tape


def graph_forward(graph, inputs):
    """Values of a computation graph given as plain data.

    graph: list of [name, op, [input names]] in topological order (each node after its inputs);
    ops "add", "sub", "mul", "div" (two inputs, in order: sub is a - b, div is a / b) and
    "exp", "log", "sigmoid", "tanh", "relu" (one input). inputs: {name: float} for the variables
    the graph starts from. Returns {name: float} for every input and every node.
    """
    return _run(graph, inputs)[0]


def graph_backward(graph, inputs, output):
    """d output / d v for every input and node v of a plain-data graph (as in graph_forward).

    Reverse topological order, grad(output) = 1, and for each node its gradient times each
    local derivative is added to its input's gradient: a variable that reaches the output
    by several paths (or used twice by one node, x * x) gets the sum over all of them.
    Returns {name: float}; 0.0 for what the output does not depend on.
    """
    values, tape = _run(graph, inputs)
    g = {name: 0.0 for name in values}  # the .g of every variable
    g[output] = 1.0
    for name, module, args in reversed(tape):
        for arg, arg_g in zip(args, module.backward(g[name])):
            g[arg] += float(arg_g)
    return g
