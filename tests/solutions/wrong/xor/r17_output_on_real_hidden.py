"""xor.hidden_logic: the output unit is read on the real hidden values of XOR_INPUTS instead of the four binary patterns (h1, h2).

Habit: scikit-learn's _forward_pass reused as is: the output's truth table is the network's.
"""


def hidden_logic(params):
    e1 = XOR_INPUTS @ params["W1"] + params["b1"]
    A1 = np.exp(-np.logaddexp(0.0, -e1))
    p = np.exp(-np.logaddexp(0.0, -(A1 @ params["W2"] + params["b2"])))[:, 0]
    hidden = [BOOLEAN_FUNCTIONS[tuple(int(v > 0.5) for v in A1[:, j])] for j in range(2)]
    net = BOOLEAN_FUNCTIONS[tuple(int(v > 0.5) for v in p)]
    return {"hidden": hidden, "output": net.replace("x1", "h1").replace("x2", "h2"), "network": net}
