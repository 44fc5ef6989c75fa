def bce_grad(P, Y):
    """losses.bce_grad: leaves P unclipped (the clip taken for a guard of the logs only), so P = 0 or 1 divides
    by zero instead of using P clipped to [1e-12, 1 - 1e-12]."""
    P = np.asarray(P, dtype=np.float64)
    return (P - Y) / (P * (1 - P)) / P.shape[0]
