"""mlp.mlp_forward: written for exactly two layers (W1, W2); KeyError for depth 1, the third and later layers ignored for depth >= 3."""


def mlp_forward(X, params, activations):
    A0 = np.asarray(X, dtype=np.float64)
    Z1 = A0 @ params["W1"] + params["b1"]
    A1 = _activate(Z1, activations[0])
    Z2 = A1 @ params["W2"] + params["b2"]
    A2 = _activate(Z2, activations[1])
    caches = [{"A_prev": A0, "W": params["W1"], "b": params["b1"], "Z": Z1, "activation": activations[0]},
              {"A_prev": A1, "W": params["W2"], "b": params["b2"], "Z": Z2, "activation": activations[1]}]
    return A2, caches
