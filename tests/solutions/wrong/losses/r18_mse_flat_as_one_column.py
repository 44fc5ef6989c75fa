"""losses.mse: reads a flat (N,) Y_hat as ONE 6.036 column (N outputs of one example), so its loss is sum / 2 instead of the mean over N examples."""

def mse(Y_hat, Y):
    G = np.asarray(Y_hat, dtype=np.float64)
    T = np.asarray(Y, dtype=np.float64)
    G, T = (G.reshape(-1, 1), T.reshape(-1, 1)) if G.ndim == 1 else (G.T, T.T)
    n = G.shape[1]
    return float(np.sum((G - T) ** 2) / (2 * n)) if G.shape[0] else float("nan")
