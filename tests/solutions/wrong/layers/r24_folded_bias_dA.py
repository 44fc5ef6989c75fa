"""layers.dense_backward: with the bias folded in as w_0 (z_0 = 1), dA keeps the bias column: shape (N, n_in + 1) instead of (N, n_in)."""


def dense_backward(dZ, cache):
    A, W, b = cache
    W_tilde = np.vstack([b[None, :], W])  # row 0 is the bias weight w_k0
    A_tilde = np.hstack([np.ones((A.shape[0], 1)), A])
    dW_tilde = A_tilde.T @ dZ
    return dZ @ W_tilde.T, dW_tilde[1:], dW_tilde[0]
