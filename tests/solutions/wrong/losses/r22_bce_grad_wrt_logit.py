"""losses.bce_grad: returns (P - Y) / N, the gradient with respect to the logit a, not with respect to the probability P."""


def bce_grad(P, Y):
    P = np.asarray(P, dtype=np.float64)
    return (P - np.asarray(Y)) / P.shape[0]
