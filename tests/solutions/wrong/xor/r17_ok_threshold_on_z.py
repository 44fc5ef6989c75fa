"""xor.hidden_logic: RIGHT: thresholds the pre-activations at 0 (sigmoid(z) > 0.5 exactly when z > 0), so no sigmoid is needed except for the real hidden values that feed the network's output (computed as exp(-logaddexp(0, -z)), stable)."""


def hidden_logic(params):
    z1 = XOR_INPUTS @ params["W1"] + params["b1"]
    A1 = np.exp(-np.logaddexp(0.0, -z1))
    z_out = XOR_INPUTS @ params["W2"] + params["b2"]
    z_net = A1 @ params["W2"] + params["b2"]
    name = lambda z: BOOLEAN_FUNCTIONS[tuple(int(t > 0) for t in z)]
    return {"hidden": [name(z1[:, 0]), name(z1[:, 1])],
            "output": name(z_out[:, 0]).replace("x1", "h1").replace("x2", "h2"), "network": name(z_net[:, 0])}
