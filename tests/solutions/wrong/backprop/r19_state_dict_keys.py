"""backprop.mlp_backward: grads returned keyed like a torch state_dict ('fc1.weight', 'fc1.bias') instead of "W1", "b1"; the values are right."""

def mlp_backward(dout, caches):
    derivs = {"identity": np.ones_like, "tanh": lambda z: 1.0 - np.tanh(z) ** 2, "relu": lambda z: (z > 0) * 1.0,
              "sigmoid": lambda z: np.exp(-np.abs(z)) / (1.0 + np.exp(-np.abs(z))) ** 2}
    grads, g = {}, dout
    for i in range(len(caches), 0, -1):
        c = caches[i - 1]
        delta = g * derivs[c["activation"]](c["Z"])
        grads[f"fc{i}.weight"] = c["A_prev"].T @ delta
        grads[f"fc{i}.bias"] = delta.sum(axis=0)
        g = delta @ c["W"].T
    return grads
