"""init.hidden_unit_spread: measures only W1's columns, ignoring b1 and the rows of W2 that also distinguish hidden units."""


def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=np.float64)
    return float(np.max(np.abs(W1 - W1[:, :1]), initial=0.0))
