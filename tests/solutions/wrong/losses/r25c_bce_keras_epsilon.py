"""losses.bce: clips P with Keras's epsilon 1e-7 instead of the documented 1e-12 (differs for confident wrong predictions)."""

def bce(P, Y):
    N = Y.shape[0]
    P = np.clip(P, 1e-7, 1 - 1e-7)
    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / N)
