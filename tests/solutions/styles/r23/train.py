"""The capstone after the Theano MLP tutorial (mlp.py): HiddenLayer objects with self.W,
self.b, self.params, a LogisticRegression output layer with negative_log_likelihood, a
minibatch_index loop over n_train_batches per epoch and the tutorial's early-stopping
bookkeeping (best_validation_loss, best_iter, best_params). Unlike the tutorial the last,
shorter minibatch is kept, the weights are He normal draws from numpy's Generator, and
the gradients are written out by hand since there is no T.grad."""

import numpy as np


class _HiddenLayer:
    """ReLU layer: output = max(0, input W + b)."""

    def __init__(self, rng, n_in, n_out):
        self.W = np.sqrt(2.0 / n_in) * rng.standard_normal((n_in, n_out))
        self.b = np.zeros(n_out)
        self.params = [self.W, self.b]

    def forward(self, input):
        self.input = input
        self.lin_output = input @ self.W + self.b
        return np.maximum(self.lin_output, 0.0)

    def backward(self, g_output):
        g_lin = g_output * (self.lin_output > 0)
        self.gparams = [self.input.T @ g_lin, g_lin.sum(axis=0)]
        return g_lin @ self.W.T


class _LogisticRegression(_HiddenLayer):
    """Softmax output layer: p_y_given_x = softmax(input W + b)."""

    def forward(self, input):
        self.input = input
        logits = input @ self.W + self.b
        shifted = logits - logits.max(axis=1, keepdims=True)
        self.log_p_y_given_x = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        return self.log_p_y_given_x

    def negative_log_likelihood(self, y):
        """-mean(log(p_y_given_x)[arange(n), y]), y given one-hot."""
        return float(-np.mean(np.sum(self.log_p_y_given_x * y, axis=1)))

    def backward_nll(self, y):
        g_lin = (np.exp(self.log_p_y_given_x) - y) / y.shape[0]
        self.gparams = [self.input.T @ g_lin, g_lin.sum(axis=0)]
        return g_lin @ self.W.T


class _MLP:
    def __init__(self, rng, widths):
        self.hiddenLayers = [_HiddenLayer(rng, widths[i], widths[i + 1]) for i in range(len(widths) - 2)]
        self.logRegressionLayer = _LogisticRegression(rng, widths[-2], widths[-1])
        self.layers = self.hiddenLayers + [self.logRegressionLayer]

    def cost(self, x, y):
        for layer in self.layers:
            x = layer.forward(x)
        return self.logRegressionLayer.negative_log_likelihood(y)

    def train_model(self, x, y, learning_rate):
        cost = self.cost(x, y)
        g = self.logRegressionLayer.backward_nll(y)
        for layer in reversed(self.hiddenLayers):
            g = layer.backward(g)
        # updates = [(param, param - learning_rate * gparam)], in place on the layer's arrays
        for layer in self.layers:
            for param, gparam in zip(layer.params, layer.gparams):
                param -= learning_rate * gparam
        return cost

    def get_params(self):
        out = {}
        for l, layer in enumerate(self.layers, start=1):
            out["W%d" % l] = layer.W.copy()
            out["b%d" % l] = layer.b.copy()
        return out


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    """Train an MLP classifier with mini-batch SGD and early stopping; return the best epoch's weights.

    Returns {"params": the params of the best epoch, "train_loss": [float per epoch run],
    "val_loss": [float per epoch run], "best_epoch": int, "stop_epoch": int} (epochs from 0).
    """
    train_set_x = np.asarray(X_train, dtype=float)
    train_set_y = np.asarray(Y_train, dtype=float)
    valid_set_x = np.asarray(X_val, dtype=float)
    valid_set_y = np.asarray(Y_val, dtype=float)
    rng = np.random.default_rng(seed)
    classifier = _MLP(rng, [train_set_x.shape[1], *hidden, train_set_y.shape[1]])
    n = train_set_x.shape[0]
    n_train_batches = -(-n // batch_size)  # the last, shorter minibatch included

    best_validation_loss = np.inf
    best_iter = 0
    best_params = classifier.get_params()
    train_losses, valid_losses = [], []
    epoch = 0
    done_looping = False
    while epoch < epochs and not done_looping:
        perm = rng.permutation(n)
        for minibatch_index in range(n_train_batches):
            idx = perm[minibatch_index * batch_size:(minibatch_index + 1) * batch_size]
            classifier.train_model(train_set_x[idx], train_set_y[idx], eta)
        train_losses.append(classifier.cost(train_set_x, train_set_y))
        this_validation_loss = classifier.cost(valid_set_x, valid_set_y)
        valid_losses.append(this_validation_loss)
        if this_validation_loss < best_validation_loss:
            best_validation_loss = this_validation_loss
            best_iter = epoch
            best_params = classifier.get_params()
        elif epoch - best_iter >= patience:
            done_looping = True
        if not done_looping:
            epoch += 1
    stop_epoch = epoch if done_looping else epoch - 1
    return {"params": best_params, "train_loss": train_losses, "val_loss": valid_losses,
            "best_epoch": best_iter, "stop_epoch": stop_epoch}
