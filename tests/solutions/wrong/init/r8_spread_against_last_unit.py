"""init.hidden_unit_spread: every unit compared with the last unit instead of unit 0; wrong unless the largest distance from either lies between unit 0 and the last (units at 0, 0.6, 0, 0.3 give 0.3, not 0.6)."""


def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    return float(max(np.abs(W1 - W1[:, -1:]).max(), np.abs(b1 - b1[-1]).max(), np.abs(W2 - W2[-1:]).max()))
