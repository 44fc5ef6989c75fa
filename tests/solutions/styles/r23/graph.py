"""Scalar computation graphs as a Lua Torch7 port would write them.

Each op is a module with updateOutput(input) and updateGradInput(input,
gradOutput) that keeps self.output and self.gradInput (a table, here a
list, of one entry per input). A graph is run like an nn.gModule: one module
per node, forward in order, backward in reverse with the gradInputs summed
into the gradients of the inputs (a node used by several others, or twice by
one, accumulates).
"""

import math

import numpy as np


class _Module:
    def __init__(self):
        self.output = 0.0
        self.gradInput = []


class _Add(_Module):
    def updateOutput(self, input):
        self.output = input[0] + input[1]
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput = [gradOutput, gradOutput]
        return self.gradInput


class _Sub(_Module):
    def updateOutput(self, input):
        self.output = input[0] - input[1]
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput = [gradOutput, -gradOutput]
        return self.gradInput


class _Mul(_Module):
    def updateOutput(self, input):
        self.output = input[0] * input[1]
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput = [gradOutput * input[1], gradOutput * input[0]]
        return self.gradInput


class _Div(_Module):
    def updateOutput(self, input):
        self.output = input[0] / input[1]
        return self.output

    def updateGradInput(self, input, gradOutput):
        a, b = input
        self.gradInput = [gradOutput / b, -gradOutput * a / (b * b)]
        return self.gradInput


class _Exp(_Module):
    def updateOutput(self, input):
        self.output = math.exp(input[0])
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput = [gradOutput * self.output]
        return self.gradInput


class _Log(_Module):
    def updateOutput(self, input):
        self.output = math.log(input[0])
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput = [gradOutput / input[0]]
        return self.gradInput


class _Sigmoid(_Module):
    def updateOutput(self, input):
        a = input[0]
        # exponent never positive: e^-|a| <= 1
        e = math.exp(-abs(a))
        self.output = 1.0 / (1.0 + e) if a >= 0 else e / (1.0 + e)
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput = [gradOutput * (1.0 - self.output) * self.output]
        return self.gradInput


class _Tanh(_Module):
    def updateOutput(self, input):
        self.output = math.tanh(input[0])
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput = [gradOutput * (1.0 - self.output * self.output)]
        return self.gradInput


class _ReLU(_Module):
    def updateOutput(self, input):
        self.output = input[0] if input[0] > 0 else 0.0
        return self.output

    def updateGradInput(self, input, gradOutput):
        self.gradInput = [gradOutput if input[0] > 0 else 0.0]
        return self.gradInput


_MODULES = {"add": _Add, "sub": _Sub, "mul": _Mul, "div": _Div, "exp": _Exp,
            "log": _Log, "sigmoid": _Sigmoid, "tanh": _Tanh, "relu": _ReLU}


def _build(graph, inputs):
    """Run every node's module forward; returns (values, [(name, module, input names)])."""
    values = {k: float(v) for k, v in inputs.items()}
    modules = []
    for name, op, args in graph:
        m = _MODULES[op]()
        values[name] = float(m.updateOutput([values[a] for a in args]))
        modules.append((name, m, list(args)))
    return values, modules


def graph_forward(graph, inputs):
    """Values of a computation graph given as plain data: {name: float} for every input and every node."""
    return _build(graph, inputs)[0]


def graph_backward(graph, inputs, output):
    """d output / d v for every input and node v of a plain-data graph (as in graph_forward); 0.0 where independent."""
    values, modules = _build(graph, inputs)
    grads = {k: 0.0 for k in values}
    grads[output] = 1.0
    for name, m, args in reversed(modules):
        gradInput = m.updateGradInput([values[a] for a in args], grads[name])
        for a, g in zip(args, gradInput):
            grads[a] += float(g)
    return grads
