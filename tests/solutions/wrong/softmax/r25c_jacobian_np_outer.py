"""softmax.softmax_jacobian: np.diag(s) - np.outer(s, s): right for one z (K,), but np.diag/np.outer flatten a batch (N, K)."""

def softmax_jacobian(Z):
    s = softmax(Z)
    return np.diag(s) - np.outer(s, s)
