"""softmax.softmax_jacobian: diag(s) - outer(s, s) written for one vector; for a batch (N, K) np.diag and np.outer give a wrong (N*K)-sized or 1-D result."""


def softmax_jacobian(Z):
    s = softmax(Z)
    return np.diag(s) - np.outer(s, s)
