def weight_decay_step(params, grads, eta, lam):
    """regularization.weight_decay_step: shrinks every array by (1 - eta lam), biases too, where only the weights
    (keys starting with "W") decay."""
    return {k: (1 - eta * lam) * np.asarray(v, dtype=np.float64) - eta * np.asarray(grads[k])
            for k, v in params.items()}
