"""init.hidden_unit_spread: b1 as a (1, n) np.matrix, where b1[0] is the whole row, so the bias differences are always 0 (units differing only in bias look identical)."""


def hidden_unit_spread(params):
    W1 = np.asmatrix(params["W1"])
    b1 = np.asmatrix(params["b1"])
    W2 = np.asmatrix(params["W2"])
    return float(max(np.abs(W1 - W1[:, 0]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[0, :]).max()))
