"""losses.bce: P clipped to [1e-7, 1 - 1e-7] (Keras' epsilon) instead of the docstring's 1e-12; wrong wherever a predicted probability is within 1e-7 of the wrong label."""


def bce(P, Y):
    N = Y.shape[0]
    P = np.clip(P, 1e-7, 1 - 1e-7)
    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / N)
