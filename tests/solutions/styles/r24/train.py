"""The capstone as a Caffe net and solver ported to Python (style r24).

The net is a stack of InnerProduct and ReLU layers ending in a
SoftmaxWithLoss layer; the solver reads a prototxt-like dict (base_lr,
lr_policy "fixed", momentum 0, weight_decay 0: plain SGD, as the exercise
asks) and "tests" after every epoch, keeping a snapshot of the best test.
"""

import numpy as np


class _Blob:
    def __init__(self, data=None):
        self.data = data
        self.diff = None


class _InnerProduct:
    def __init__(self, weight, bias):
        self.blobs = [_Blob(weight), _Blob(bias)]

    def Forward_cpu(self, bottom, top):
        top[0].data = bottom[0].data @ self.blobs[0].data + self.blobs[1].data

    def Backward_cpu(self, top, propagate_down, bottom):
        self.blobs[0].diff = bottom[0].data.T @ top[0].diff
        self.blobs[1].diff = top[0].diff.sum(axis=0)
        if propagate_down[0]:
            bottom[0].diff = top[0].diff @ self.blobs[0].data.T


class _ReLU:
    def Forward_cpu(self, bottom, top):
        top[0].data = np.maximum(bottom[0].data, 0.0)

    def Backward_cpu(self, top, propagate_down, bottom):
        if propagate_down[0]:
            bottom[0].diff = top[0].diff * (bottom[0].data > 0)


class _SoftmaxWithLoss:
    """Mean cross-entropy of softmax(logits) against one-hot labels; backward (prob - Y) / N."""

    def Forward_cpu(self, bottom, top):
        logits, labels = bottom[0].data, bottom[1].data
        shifted = logits - logits.max(axis=1, keepdims=True)
        log_prob = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        self.prob = np.exp(log_prob)
        top[0].data = float(-np.sum(labels * log_prob) / logits.shape[0])

    def Backward_cpu(self, top, propagate_down, bottom):
        bottom[0].diff = (self.prob - bottom[1].data) / bottom[0].data.shape[0]


class _Net:
    """InnerProduct (+ ReLU) layers from a params dict, then SoftmaxWithLoss."""

    def __init__(self, params):
        n_layers = len(params) // 2
        self.layers = []
        for l in range(1, n_layers + 1):
            self.layers.append(_InnerProduct(params[f"W{l}"], params[f"b{l}"]))
            if l < n_layers:
                self.layers.append(_ReLU())
        self.loss_layer = _SoftmaxWithLoss()

    def ForwardBackward(self, data, label, backward=True):
        tops = [_Blob(data)]
        for layer in self.layers:
            tops.append(_Blob())
            layer.Forward_cpu([tops[-2]], [tops[-1]])
        label_blob, loss = _Blob(label), _Blob()
        self.loss_layer.Forward_cpu([tops[-1], label_blob], [loss])
        if backward:
            self.loss_layer.Backward_cpu([loss], [True, False], [tops[-1], label_blob])
            for i in range(len(self.layers) - 1, -1, -1):
                self.layers[i].Backward_cpu([tops[i + 1]], [i > 0], [tops[i]])
        return loss.data

    def learnable_params(self):
        return [blob for layer in self.layers if isinstance(layer, _InnerProduct) for blob in layer.blobs]

    def snapshot(self):
        ips = [layer for layer in self.layers if isinstance(layer, _InnerProduct)]
        out = {}
        for l, layer in enumerate(ips, start=1):
            out[f"W{l}"] = layer.blobs[0].data.copy()
            out[f"b{l}"] = layer.blobs[1].data.copy()
        return out


def _msra_filler(widths, rng):
    """He-normal weights, layer 1 first, zero biases."""
    params = {}
    for l in range(1, len(widths)):
        params[f"W{l}"] = np.sqrt(2.0 / widths[l - 1]) * rng.standard_normal((widths[l - 1], widths[l]))
        params[f"b{l}"] = np.zeros(widths[l])
    return params


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    """Train with mini-batch SGD and early stopping; returns the best epoch's weights and the curves."""
    solver_param = {"base_lr": eta, "lr_policy": "fixed", "momentum": 0.0, "weight_decay": 0.0,
                    "max_epoch": epochs, "batch_size": batch_size, "patience": patience}
    rng = np.random.default_rng(seed)
    net = _Net(_msra_filler([X_train.shape[1], *hidden, Y_train.shape[1]], rng))
    n = X_train.shape[0]
    train_loss, val_loss = [], []
    best_loss, best_epoch, best_snapshot, wait = np.inf, 0, None, 0
    for epoch in range(solver_param["max_epoch"]):
        perm = rng.permutation(n)
        for start in range(0, n, solver_param["batch_size"]):
            idx = perm[start:start + solver_param["batch_size"]]
            net.ForwardBackward(X_train[idx], Y_train[idx])
            for blob in net.learnable_params():
                blob.data = blob.data - solver_param["base_lr"] * blob.diff
        # the test phase: whole sets, forward only
        train_loss.append(float(net.ForwardBackward(X_train, Y_train, backward=False)))
        val_loss.append(float(net.ForwardBackward(X_val, Y_val, backward=False)))
        if val_loss[-1] < best_loss:
            best_loss, best_epoch, best_snapshot, wait = val_loss[-1], epoch, net.snapshot(), 0
        else:
            wait += 1
            if wait >= solver_param["patience"]:
                break
    return {"params": best_snapshot, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": len(val_loss) - 1}
