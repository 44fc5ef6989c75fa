"""mlp.mlp_forward: RIGHT: Raschka's sigmoid 1 / (1 + exp(-clip(z, -250, 250))) is finite and warning-free and differs from the exact one below 1e-108.

Habit: Raschka's NeuralNetMLP (z_h, a_h, z_out, a_out), generalised to a loop over layers.
"""

import numpy as np


def mlp_forward(X, params, activations):
    g = {"identity": lambda z: z, "tanh": np.tanh, "relu": lambda z: np.maximum(0, z),
         "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-np.clip(z, -250, 250)))}
    a = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        w, b = params["W%d" % l], params["b%d" % l]
        z = np.dot(a, w) + b
        caches.append({"A_prev": a, "W": w, "b": b, "Z": z, "activation": name})
        a = g[name](z)
    return a, caches
