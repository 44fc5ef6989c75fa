"""train.train_classifier: Right: nnfs layer, activation and loss classes (forward stores output, backward stores
dinputs/dweights), integer labels from the one-hots, a plain SGD optimizer writing new arrays so the best epoch's
snapshot stays intact.
"""

class _R18Dense:
    """nnfs Layer_Dense: forward stores inputs and output, backward stores dweights, dbiases, dinputs."""

    def __init__(self, weights):
        self.weights = weights
        self.biases = np.zeros(weights.shape[1])

    def forward(self, inputs):
        self.inputs = inputs
        self.output = inputs @ self.weights + self.biases

    def backward(self, dvalues):
        self.dweights = self.inputs.T @ dvalues
        self.dbiases = dvalues.sum(0)
        self.dinputs = dvalues @ self.weights.T


class _R18ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0, inputs)

    def backward(self, dvalues):
        self.dinputs = dvalues.copy()
        self.dinputs[self.inputs <= 0] = 0


class _R18SoftmaxCCE:
    """nnfs Activation_Softmax_Loss_CategoricalCrossentropy, with the loss from log-softmax (no clipping needed)."""

    def forward(self, inputs, y_true):
        shifted = inputs - inputs.max(1, keepdims=True)
        logp = shifted - np.log(np.exp(shifted).sum(1, keepdims=True))
        self.output = np.exp(logp)
        return float(-logp[range(len(inputs)), y_true].mean())

    def backward(self, y_true):
        samples = len(self.output)
        self.dinputs = self.output.copy()
        self.dinputs[range(samples), y_true] -= 1
        self.dinputs = self.dinputs / samples


def _r18_run(layers, relus, head, X, y):
    out = X
    for i, layer in enumerate(layers):
        layer.forward(out)
        out = layer.output
        if i < len(relus):
            relus[i].forward(out)
            out = relus[i].output
    return head.forward(out, y)


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    """Right: nnfs layer, activation and loss classes (forward stores output, backward stores dinputs/dweights), integer labels from the one-hots, a plain SGD optimizer writing new arrays so the best epoch's snapshot stays intact."""
    rng = np.random.default_rng(seed)
    widths = [X_train.shape[1], *hidden, Y_train.shape[1]]
    layers = [_R18Dense(np.sqrt(2 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l])))
              for l in range(1, len(widths))]
    relus = [_R18ReLU() for _ in hidden]
    head = _R18SoftmaxCCE()
    y_train, y_val = Y_train.argmax(1), Y_val.argmax(1)

    def snapshot():
        params = {}
        for l, layer in enumerate(layers, start=1):
            params[f"W{l}"], params[f"b{l}"] = layer.weights, layer.biases
        return params

    train_loss, val_loss = [], []
    best, best_epoch, best_params, bad = np.inf, 0, snapshot(), 0
    for epoch in range(epochs):
        perm = rng.permutation(len(X_train))
        for k in range(0, len(X_train), batch_size):
            ix = perm[k:k + batch_size]
            _r18_run(layers, relus, head, X_train[ix], y_train[ix])
            head.backward(y_train[ix])
            dvalues = head.dinputs
            for i in range(len(layers) - 1, -1, -1):
                layers[i].backward(dvalues)
                dvalues = layers[i].dinputs
                if i > 0:
                    relus[i - 1].backward(dvalues)
                    dvalues = relus[i - 1].dinputs
            for layer in layers:
                layer.weights = layer.weights - eta * layer.dweights
                layer.biases = layer.biases - eta * layer.dbiases
        train_loss.append(_r18_run(layers, relus, head, X_train, y_train))
        val_loss.append(_r18_run(layers, relus, head, X_val, y_val))
        if val_loss[-1] < best:
            best, best_epoch, best_params, bad = val_loss[-1], epoch, snapshot(), 0
        else:
            bad += 1
            if bad >= patience:
                break
    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": len(val_loss) - 1}
