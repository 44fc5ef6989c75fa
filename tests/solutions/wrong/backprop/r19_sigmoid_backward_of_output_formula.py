"""backprop.mlp_backward: ported torch's sigmoid_backward(grad, output) = grad * y (1 - y) but fed Z for y: the sigmoid derivative used is Z (1 - Z)."""

def mlp_backward(dout, caches):
    derivs = {"identity": np.ones_like, "tanh": lambda z: 1.0 - np.tanh(z) ** 2, "relu": lambda z: (z > 0) * 1.0,
              "sigmoid": lambda z: z * (1.0 - z)}
    grads, g = {}, dout
    for i in range(len(caches), 0, -1):
        c = caches[i - 1]
        delta = g * derivs[c["activation"]](c["Z"])
        grads[f"W{i}"] = c["A_prev"].T @ delta
        grads[f"b{i}"] = delta.sum(axis=0)
        g = delta @ c["W"].T
    return grads
