"""init.hidden_unit_spread: every unit compared with the last unit instead of unit 0; wrong when unit 0 is not the one farthest from the others' common value (e.g. random weights)."""


def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    return float(max(np.abs(W1 - W1[:, -1:]).max(), np.abs(b1 - b1[-1]).max(), np.abs(W2 - W2[-1:]).max()))
