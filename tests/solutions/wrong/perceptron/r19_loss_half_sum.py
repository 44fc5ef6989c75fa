"""perceptron.neuron_loss: Mitchell's E = 1/2 sum_d (t_d - o_d)^2 for the linear model: summed over the examples, not
averaged.
"""

def neuron_loss(X, y, w, b, model):
    """Mitchell's E = 1/2 sum_d (t_d - o_d)^2 for the linear model: summed over the examples, not averaged."""
    v = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    t = np.asarray(y, dtype=float)
    if model == "linear":
        return float(0.5 * np.sum((t - v) ** 2))
    return float(np.mean(np.logaddexp(0.0, v) - t * v))
