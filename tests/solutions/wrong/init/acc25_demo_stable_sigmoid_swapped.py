"""init.symmetry_demo: a stable sigmoid with its two branches swapped (exp(z) / (1 + exp(z)) for z >= 0): the hidden layer is sigmoid(-z), its derivative still H (1 - H)."""


def _stable_sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, e / (1 + e), 1 / (1 + e))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    d, k = X.shape[1], Y.shape[1]
    params = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
              "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}
    spread = [hidden_unit_spread(params)]
    for _ in range(steps):
        H = _stable_sigmoid(X @ params["W1"] + params["b1"])
        out = H @ params["W2"] + params["b2"]
        d_out = (out - Y) / len(X)
        d_hidden = d_out @ params["W2"].T * H * (1 - H)
        grads = {"W1": X.T @ d_hidden, "b1": d_hidden.sum(axis=0), "W2": H.T @ d_out, "b2": d_out.sum(axis=0)}
        params = {key: params[key] - eta * grads[key] for key in params}
        spread.append(hidden_unit_spread(params))
    return {"spread": spread, "params": params}
