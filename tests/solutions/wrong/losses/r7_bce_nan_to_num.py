"""losses.bce: takes the logs unclipped and repairs them with np.nan_to_num, so a certain wrong prediction (P = 0 with Y = 1) costs about 1.8e308 / N instead of the clipped -log(1e-12) = 27.6 (and log(0) warns)."""

def bce(P, Y):
    P = np.asarray(P, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    terms = np.nan_to_num(Y * np.log(P)) + np.nan_to_num((1.0 - Y) * np.log(1.0 - P))
    return float(-np.sum(terms) / P.shape[0])
