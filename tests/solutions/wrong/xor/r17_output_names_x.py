"""xor.hidden_logic: names the output unit with the x1/x2 names of BOOLEAN_FUNCTIONS ("x1 AND NOT x2") instead of h1/h2.

Habit: scikit-learn-style reuse of one lookup table for every layer.
"""


def hidden_logic(params):
    z1 = XOR_INPUTS @ params["W1"] + params["b1"]
    A1 = np.exp(-np.logaddexp(0.0, -z1))
    z_out = XOR_INPUTS @ params["W2"] + params["b2"]
    z_net = A1 @ params["W2"] + params["b2"]
    name = lambda z: BOOLEAN_FUNCTIONS[tuple(int(t > 0) for t in z)]
    return {"hidden": [name(z1[:, 0]), name(z1[:, 1])], "output": name(z_out[:, 0]), "network": name(z_net[:, 0])}
