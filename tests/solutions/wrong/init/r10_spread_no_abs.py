"""init.hidden_unit_spread: the max of signed differences, no absolute value"""

def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    return float(max((W1 - W1[:, :1]).max(), (b1 - b1[0]).max(), (W2 - W2[:1]).max()))
