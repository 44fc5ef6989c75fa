"""init.symmetry_demo: trains on torch's F.mse_loss (mean over all N*k entries, no 1/2): every gradient is 2/k times the one of L = 1/(2N) sum (Y_hat - Y)^2."""

def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    N, d = X.shape
    k = Y.shape[1]
    P = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
         "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}

    def spread_of(p):
        return float(max(np.abs(p["W1"] - p["W1"][:, :1]).max(), np.abs(p["b1"] - p["b1"][0]).max(),
                         np.abs(p["W2"] - p["W2"][:1]).max()))

    spread = [spread_of(P)]
    for _ in range(steps):
        H = 0.5 * (1.0 + np.tanh(0.5 * (X @ P["W1"] + P["b1"])))
        out = H @ P["W2"] + P["b2"]
        d_out = 2.0 * (out - Y) / (N * k)
        d_h = (d_out @ P["W2"].T) * H * (1.0 - H)
        G = {"W2": H.T @ d_out, "b2": d_out.sum(0), "W1": X.T @ d_h, "b1": d_h.sum(0)}
        P = {key: v - eta * G[key] for key, v in P.items()}
        spread.append(spread_of(P))
    return {"spread": spread, "params": P}
