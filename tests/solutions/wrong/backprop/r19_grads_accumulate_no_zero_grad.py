"""backprop.mlp_backward: autograd's .grad accumulation without optimizer.zero_grad(): each call ADDS its gradients to module-level buffers, so every call after the first returns the sum over all calls so far."""

_R19_GRAD_BUFFERS = {}


def mlp_backward(dout, caches):
    derivs = {"identity": np.ones_like, "tanh": lambda z: 1.0 - np.tanh(z) ** 2, "relu": lambda z: (z > 0) * 1.0,
              "sigmoid": lambda z: np.exp(-np.abs(z)) / (1.0 + np.exp(-np.abs(z))) ** 2}
    g = dout
    for i in range(len(caches), 0, -1):
        c = caches[i - 1]
        delta = g * derivs[c["activation"]](c["Z"])
        for key, grad in ((f"W{i}", c["A_prev"].T @ delta), (f"b{i}", delta.sum(axis=0))):
            old = _R19_GRAD_BUFFERS.get(key)
            _R19_GRAD_BUFFERS[key] = grad if old is None or old.shape != grad.shape else old + grad
        g = delta @ c["W"].T
    return {k: _R19_GRAD_BUFFERS[k].copy() for i in range(1, len(caches) + 1) for k in (f"W{i}", f"b{i}")}
