"""losses.bce_grad: (P - Y) / N, the gradient with respect to the logit, not with respect to P."""

def bce_grad(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    return (P - np.asarray(Y, dtype=np.float64)) / P.shape[0]
