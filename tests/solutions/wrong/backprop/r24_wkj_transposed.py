"""backprop.mlp_backward: sum_k w_kj delta_k read with W (n_in, n_out) as w[k, j], i.e. delta_l W_l instead of delta_l W_l^T: breaks on non-square layers and is wrong on square ones."""


def mlp_backward(dout, caches):
    grads = {}
    upstream = np.asarray(dout, dtype=np.float64)
    for l in range(len(caches), 0, -1):
        c = caches[l - 1]
        delta = upstream * _derivative(c["Z"], c["activation"])
        grads["W%d" % l] = c["A_prev"].T @ delta
        grads["b%d" % l] = delta.sum(axis=0)
        if l > 1:
            upstream = delta @ c["W"]  # w_kj with k the output index, as in Bishop's figure
    return grads
