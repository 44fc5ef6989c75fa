"""init.hidden_unit_spread: the spread ignores the outgoing weights W2."""

def hidden_unit_spread(params):
    W1, b1 = params["W1"], params["b1"]
    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max()))
