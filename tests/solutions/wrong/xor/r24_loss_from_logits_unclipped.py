"""xor.train_xor: the loss from the output logits (TF/Caffe sigmoid cross-entropy) without the clip of p to [1e-12, 1 - 1e-12] that defines L: where p saturates (a large eta) the reported loss is far above the clipped one."""


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    def logit_loss(params):
        z = _sigmoid(XOR_INPUTS @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"]
        return float(np.mean(np.maximum(z, 0) - z * XOR_TARGETS + np.log1p(np.exp(-np.abs(z)))))

    rng = np.random.default_rng(seed)
    for restart in range(max_restarts + 1):
        params = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
                  "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        for epoch in range(max_epochs + 1):
            loss = logit_loss(params)
            if loss < tol or epoch == max_epochs:
                break
            grads = _gradients(params)
            params = {k: params[k] - eta * grads[k] for k in params}
        if loss < tol:
            break
    p = _forward(XOR_INPUTS, params)[1][:, 0]
    correct = int(np.sum((p > 0.5) == XOR_TARGETS[:, 0].astype(bool)))
    return {"epochs": epoch, "restarts": restart, "loss": loss, "predictions": p, "correct": correct, "params": params}
