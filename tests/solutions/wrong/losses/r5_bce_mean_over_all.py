"""losses.bce: bce averaged over every entry (N*K), not over the batch only."""

def bce(P, Y):
    P = np.clip(P, 1e-12, 1 - 1e-12)
    return float(-np.mean(Y * np.log(P) + (1 - Y) * np.log(1 - P)))
