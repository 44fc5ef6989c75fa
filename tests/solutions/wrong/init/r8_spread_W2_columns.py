"""init.hidden_unit_spread: compares W2's columns (output units) instead of its rows (hidden units); wrong when W2 rows differ but columns do not, or vice versa."""


def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:, :1]).max()))
