"""init.hidden_unit_spread: the |b1[j] - b1[0]| term left out; wrong when only the biases tell units apart."""


def hidden_unit_spread(params):
    W1, W2 = params["W1"], params["W2"]
    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(W2 - W2[:1]).max()))
