"""losses.bce_grad: bce_grad written with Hagan's error e = t - a: (Y - P) / (P (1 - P)) / N, the sign flipped."""

def bce_grad(P, Y):
    P = np.clip(np.asarray(P, dtype=float), 1e-12, 1 - 1e-12)
    return (Y - P) / (P * (1 - P)) / len(P)
