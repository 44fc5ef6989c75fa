"""init.symmetry_demo: gradient of the error summed over n (Bishop's E(w) = 1/2 sum_n), not the mean loss 1/(2N) sum: steps N times too large."""


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    d, k = X.shape[1], Y.shape[1]
    params = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
              "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}
    spread = [hidden_unit_spread(params)]
    for _ in range(steps):
        z = 0.5 * (1.0 + np.tanh(0.5 * (X @ params["W1"] + params["b1"])))
        delta_k = z @ params["W2"] + params["b2"] - Y  # y_nk - t_nk, summed over n below
        delta_j = z * (1.0 - z) * (delta_k @ params["W2"].T)
        g = {"W2": z.T @ delta_k, "b2": delta_k.sum(axis=0), "W1": X.T @ delta_j, "b1": delta_j.sum(axis=0)}
        params = {key: params[key] - eta * g[key] for key in params}
        spread.append(hidden_unit_spread(params))
    return {"spread": spread, "params": params}
