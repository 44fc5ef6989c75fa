"""init.hidden_unit_spread: W2's differences from row 0 reduced by their mean where W1's and b1's take the largest: a unit that differs from unit 0 in one outgoing weight looks closer than it is."""


def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).mean()))
