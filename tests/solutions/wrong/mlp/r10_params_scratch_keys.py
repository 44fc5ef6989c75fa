"""mlp.mlp_forward: stores each Z and A in the caller's params dict as scratch keys"""

import numpy as np

def mlp_forward(X, params, activations):
    params["A0"] = np.asarray(X, dtype=np.float64)
    caches = []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        params[f"Z{l}"] = params[f"A{l - 1}"] @ W + b
        caches.append({"A_prev": params[f"A{l - 1}"], "W": W, "b": b, "Z": params[f"Z{l}"], "activation": name})
        params[f"A{l}"] = _activate(params[f"Z{l}"], name)
    return params[f"A{len(activations)}"], caches
