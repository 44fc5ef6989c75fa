"""regularization.l2_penalty: the no_decay recipe (decay every p with p.ndim >= 2): weights chosen by their number of axes, not by their "W" key, so a 1-D weight vector is left out and a 2-D non-weight is penalised."""

def l2_penalty(params, lam):
    return float(0.5 * lam * sum(np.sum(np.square(p)) for p in params.values() if np.ndim(p) >= 2))
