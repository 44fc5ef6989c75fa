"""backprop.mlp_backward: bias grads averaged over the batch (reduction='mean' habit) instead of summed: db is 1/N of the right one."""

def mlp_backward(dout, caches):
    derivs = {"identity": np.ones_like, "tanh": lambda z: 1.0 - np.tanh(z) ** 2, "relu": lambda z: (z > 0) * 1.0,
              "sigmoid": lambda z: np.exp(-np.abs(z)) / (1.0 + np.exp(-np.abs(z))) ** 2}
    grads, g = {}, dout
    for i in range(len(caches), 0, -1):
        c = caches[i - 1]
        delta = g * derivs[c["activation"]](c["Z"])
        grads[f"W{i}"] = c["A_prev"].T @ delta
        grads[f"b{i}"] = delta.mean(axis=0)
        g = delta @ c["W"].T
    return grads
