"""init.hidden_unit_spread: the biases b1 are left out, so units that differ only in their bias score 0."""

def hidden_unit_spread(params):
    W1, W2 = params["W1"], params["W2"]
    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(W2 - W2[:1, :]).max()))
