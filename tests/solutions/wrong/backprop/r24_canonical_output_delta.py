"""backprop.mlp_backward: delta_L = dout without g_L'(Z_L) (Bishop's delta_k = y_k - t_k holds only for a canonical-link output): wrong for a non-identity output layer."""


def mlp_backward(dout, caches):
    grads = {}
    delta = np.asarray(dout, dtype=np.float64)  # output units: delta_k = dE/da_k taken as given
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        grads["W%d" % l] = c["A_prev"].T @ delta
        grads["b%d" % l] = delta.sum(axis=0)
        if l > 1:
            delta = (delta @ c["W"].T) * _derivative(caches[l - 2]["Z"], caches[l - 2]["activation"])
    return grads
