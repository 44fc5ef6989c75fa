"""losses.bce_grad: leaves P unclipped in (P - Y) / (P (1 - P)) / N, so P = 0 or 1 gives inf/NaN where the clipped loss has a finite gradient."""

def bce_grad(P, Y):
    P = np.asarray(P, dtype=np.float64)
    return (P - np.asarray(Y, dtype=np.float64)) / (P * (1 - P)) / P.shape[0]
