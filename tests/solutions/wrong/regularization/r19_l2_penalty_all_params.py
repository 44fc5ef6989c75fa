"""regularization.l2_penalty: torch's weight_decay habit of decaying every parameter: biases are penalised too (only the "W" keys should be)."""

def l2_penalty(params, lam):
    return float(0.5 * lam * sum(np.sum(np.square(p)) for p in params.values()))
