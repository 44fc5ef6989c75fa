"""xor.train_xor: Octave ex4 slip: the hidden delta uses sigmoidGradient(a2), the sigmoid's derivative evaluated at the
activation a2 = sigmoid(z2), instead of at z2 (a2 .* (1 - a2)).
"""

def _r18_sigmoid_gradient(z):
    g = _sigmoid(z)
    return g * (1 - g)


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    """Octave ex4 slip: the hidden delta uses sigmoidGradient(a2), the sigmoid's derivative evaluated at the activation a2 = sigmoid(z2), instead of at z2 (a2 .* (1 - a2))."""
    rng = np.random.default_rng(seed)
    X, Y = XOR_INPUTS, XOR_TARGETS
    for restart in range(max_restarts + 1):
        params = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
                  "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        for epoch in range(max_epochs + 1):
            a2, a3 = _forward(X, params)
            loss = _loss(a3)
            if loss < tol or epoch == max_epochs:
                break
            d3 = (a3 - Y) / 4
            d2 = (d3 @ params["W2"].T) * _r18_sigmoid_gradient(a2)
            grads = {"W1": X.T @ d2, "b1": d2.sum(0), "W2": a2.T @ d3, "b2": d3.sum(0)}
            params = {k: params[k] - eta * grads[k] for k in params}
        if loss < tol:
            break
    p = _forward(X, params)[1][:, 0]
    correct = int(np.sum((p > 0.5) == (Y[:, 0] > 0.5)))
    return {"epochs": epoch, "restarts": restart, "loss": loss, "predictions": p, "correct": correct, "params": params}
