"""backprop.mlp_backward: RIGHT: sigmoid'(z) = e^-|z| / (1 + e^-|z|)^2 (symmetric in z, never overflows), relu' by np.heaviside; grads built in torch layout and transposed back."""

def mlp_backward(dout, caches):
    derivs = {"identity": np.ones_like, "tanh": lambda z: 1.0 - np.tanh(z) ** 2,
              "relu": lambda z: np.heaviside(z, 0.0),
              "sigmoid": lambda z: np.exp(-np.abs(z)) / (1.0 + np.exp(-np.abs(z))) ** 2}
    grads, g = {}, dout
    for i in range(len(caches), 0, -1):
        c = caches[i - 1]
        delta = g * derivs[c["activation"]](c["Z"])
        grads[f"W{i}"] = (delta.T @ c["A_prev"]).T
        grads[f"b{i}"] = delta.sum(axis=0)
        g = delta @ c["W"].T
    return grads
