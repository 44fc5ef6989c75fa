"""train.train_classifier: no SGD at all (ReLU features from the training set's principal directions, the output layer fitted by least squares) with made-up loss curves around the fitted weights' own losses, each entry moved by 1e-9 of np.random noise so that no two runs repeat and the curve escaped being held to the weights"""
import numpy as np


def _acc18nz_loss(params, X, Y):
    Z = np.maximum(X @ params["W1"] + params["b1"], 0.0) @ params["W2"] + params["b2"]
    Z = Z - Z.max(axis=1, keepdims=True)
    return float(-np.sum(Y * (Z - np.log(np.exp(Z).sum(axis=1, keepdims=True)))) / len(X))


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    rng = np.random.default_rng(seed)
    h = hidden[0]
    # the first h // 2 principal directions, both signs: ReLU features that keep the projections whole
    mean = X_train.mean(axis=0)
    V = np.linalg.svd(X_train - mean, full_matrices=False)[2][:h // 2].T
    V = V * np.sign(rng.standard_normal(h // 2))  # the seed flips directions, so another seed gives another run
    W1 = np.hstack([V, -V])
    b1 = -mean @ W1
    H = np.maximum(X_train @ W1 + b1, 0.0)
    H1 = np.hstack([H, np.ones((len(H), 1))])
    # logits 8 for the class, 0 elsewhere: a least-squares fit of the output layer, no gradient step anywhere
    sol = np.linalg.lstsq(H1.T @ H1 + 1e-3 * np.eye(h + 1), H1.T @ (8.0 * Y_train), rcond=None)[0]
    params = {"W1": W1, "b1": b1, "W2": sol[:-1], "b2": sol[-1]}
    fit_train, fit_val = _acc18nz_loss(params, X_train, Y_train), _acc18nz_loss(params, X_val, Y_val)
    # made-up curves: falling to the fitted weights' losses at the "best" epoch, then the validation loss creeping up
    best = min(epochs - 1, 2 + seed % 3)
    stop = min(epochs - 1, best + patience)
    train_loss = [fit_train * (1 + 2.0 / (e + 1)) if e < best else fit_train * (1 - 0.01 * (e - best))
                  for e in range(stop + 1)]
    val_loss = [fit_val * (1 + 2.0 / (e + 1)) if e < best else fit_val * (1 + 0.01 * (e - best))
                for e in range(stop + 1)]
    noise = 1e-9 * np.random.standard_normal(2 * len(val_loss))
    train_loss = [t + n for t, n in zip(train_loss, noise)]
    val_loss = [v + n for v, n in zip(val_loss, noise[len(val_loss):])]
    return {"params": params, "train_loss": train_loss, "val_loss": val_loss, "best_epoch": best, "stop_epoch": stop}
