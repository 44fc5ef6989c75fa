"""Scalar computation graphs as a Caffe net of one-blob layers (style r24).

Every node is a layer: Forward_cpu reads its bottom blobs' .data and writes
its top's .data; Backward_cpu reads the top's .diff and ACCUMULATES into
each bottom's .diff (Caffe layers overwrite, so shared bottoms go through a
Split layer; here the accumulation plays the Split layer's part).
"""

import numpy as np


class _Blob:
    """A scalar blob: .data the value, .diff d output / d this value."""

    def __init__(self, data=0.0):
        self.data = float(data)
        self.diff = 0.0


def _sigmoid(a):
    # 0.5 tanh(a / 2) + 0.5 as Caffe's SigmoidLayer: tanh saturates, nothing overflows
    return 0.5 * np.tanh(0.5 * a) + 0.5


_FORWARD = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "exp": np.exp,
    "log": np.log,
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda a: max(a, 0.0),
}


def _bottom_diffs(op, top, bottoms):
    """The local derivatives d top / d bottom_k, one per bottom blob."""
    a = bottoms[0].data
    b = bottoms[1].data if len(bottoms) > 1 else None
    y = top.data
    return {
        "add": lambda: (1.0, 1.0),
        "sub": lambda: (1.0, -1.0),
        "mul": lambda: (b, a),
        "div": lambda: (1.0 / b, -a / (b * b)),
        "exp": lambda: (y,),
        "log": lambda: (1.0 / a,),
        "sigmoid": lambda: (y * (1.0 - y),),
        "tanh": lambda: (1.0 - y * y,),
        "relu": lambda: (1.0 if a > 0 else 0.0,),
    }[op]()


def _net_forward(graph, inputs):
    blobs = {name: _Blob(value) for name, value in inputs.items()}
    for name, op, bottom_names in graph:
        top = _Blob(float(_FORWARD[op](*[blobs[n].data for n in bottom_names])))
        blobs[name] = top
    return blobs


def graph_forward(graph, inputs):
    """Values {name: float} of every input and node of a plain-data graph."""
    return {name: blob.data for name, blob in _net_forward(graph, inputs).items()}


def graph_backward(graph, inputs, output):
    """d output / d v {name: float} for every input and node, summed over every path."""
    blobs = _net_forward(graph, inputs)
    blobs[output].diff = 1.0
    for name, op, bottom_names in reversed(graph):
        bottoms = [blobs[n] for n in bottom_names]
        for blob, local in zip(bottoms, _bottom_diffs(op, blobs[name], bottoms)):
            blob.diff += blobs[name].diff * local
    return {name: float(blob.diff) for name, blob in blobs.items()}
