"""MLP forward with column vectors inside (r24 style: a physicist after Mehta et al.).

Inside, each example is a column |a> and a layer acts as |z> = W^T |a> + |b>
on the whole sample at once (columns = examples); the caches are handed back
batch-first, as the docstring lays them out. The sigmoid is the Fermi function
of the energy E = -z in its overflow-free half-angle form.
"""

import numpy as np


def _fermi_of_field(z):
    # 1 / (exp(-z) + 1) = (1 + tanh(z / 2)) / 2: no exponential to overflow
    return 0.5 * (1.0 + np.tanh(0.5 * z))


_G = {
    "identity": lambda z: z,
    "sigmoid": _fermi_of_field,
    "tanh": np.tanh,
    "relu": lambda z: np.maximum(z, 0.0),
}


def mlp_forward(X, params, activations):
    ket = np.asarray(X, dtype=np.float64).T  # (n0, N): one column per example
    caches = []
    for l, name in enumerate(activations, start=1):
        W = params["W%d" % l]
        b = params["b%d" % l]
        field = W.T @ ket + np.asarray(b, dtype=np.float64)[:, None]
        caches.append({"A_prev": ket.T, "W": W, "b": b, "Z": field.T, "activation": name})
        ket = _G[name](field)
    return ket.T, caches
