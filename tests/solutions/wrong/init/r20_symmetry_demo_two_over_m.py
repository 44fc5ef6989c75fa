"""init.symmetry_demo: The gradient of the loss takes Geron's 2/m (Y_pred - Y) where the stub's 1/(2N) MSE gives (Y_pred - Y)/N: steps twice too long."""

def _r20_sig(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    m = len(X)
    params = {"W1": np.full((X.shape[1], n_hidden), float(value)), "b1": np.zeros(n_hidden),
              "W2": np.full((n_hidden, Y.shape[1]), float(value)), "b2": np.zeros(Y.shape[1])}
    spread = [hidden_unit_spread(params)]
    for _ in range(steps):
        H = _r20_sig(X @ params["W1"] + params["b1"])
        dY = 2 / m * (H @ params["W2"] + params["b2"] - Y)
        dH = dY @ params["W2"].T * H * (1 - H)
        g = {"W2": H.T @ dY, "b2": dY.sum(axis=0), "W1": X.T @ dH, "b1": dH.sum(axis=0)}
        params = {k: params[k] - eta * g[k] for k in params}
        spread.append(hidden_unit_spread(params))
    return {"spread": spread, "params": params}
