"""losses.bce_grad: right; 6.036's per-term form (-Y / P + (1 - Y) / (1 - P)) / N on the clipped P is (P - Y) / (P (1 - P)) / N."""

def bce_grad(P, Y):
    G = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    T = np.asarray(Y, dtype=np.float64)
    return (-T / G + (1 - T) / (1 - G)) / G.shape[0]
