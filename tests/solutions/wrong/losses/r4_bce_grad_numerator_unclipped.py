"""losses.bce_grad: P clipped only in the denominator, so at P = 0 with Y = 0 (or P = 1 with Y = 1) the gradient is 0 instead of the clipped 1/N-sized value."""

def bce_grad(P, Y):
    P = np.asarray(P, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    Pc = np.clip(P, 1e-12, 1.0 - 1e-12)
    return (P - Y) / (Pc * (1.0 - Pc)) / P.shape[0]
