"""backprop.mlp_backward: Right: a generator yields delta_l top-down; np.heaviside(z, 0) is relu'; errstate hides the harmless exp overflow."""


def _r23c_dgen(z, name):
    match name:
        case "sigmoid":
            with np.errstate(over="ignore"):
                s = 1 / (1 + np.exp(-z))
            return s * (1 - s)
        case "tanh":
            return 1 - np.tanh(z) ** 2
        case "relu":
            return np.heaviside(z, 0.0)
        case _:
            return np.ones_like(z)


def _r23c_layers_down(dout, caches):
    dA = dout
    for l, c in zip(range(len(caches), 0, -1), reversed(caches)):
        delta = dA * _r23c_dgen(c["Z"], c["activation"])
        yield l, c, delta
        dA = delta @ c["W"].T


def mlp_backward(dout, caches):
    grads = {}
    for l, c, delta in _r23c_layers_down(dout, caches):
        grads[f"W{l}"] = c["A_prev"].T @ delta
        grads[f"b{l}"] = delta.sum(axis=0)
    return grads
