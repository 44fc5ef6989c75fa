"""init.hidden_unit_spread: compares W2's columns (output units) with column 0 instead of its rows (hidden unit j's outgoing weights W2[j, :]) with row 0."""

def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=np.float64)
    b1 = np.asarray(params["b1"], dtype=np.float64)
    W2 = np.asarray(params["W2"], dtype=np.float64)
    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:, :1]).max()))
