"""The 2-2-1 XOR network as a Caffe net: ip1 -> sig1 -> ip2 -> sig2 -> loss (style r24).

Layers keep Caffe's naming (Forward_cpu / Backward_cpu over bottom and top
lists of blobs with .data and .diff); the solver is plain SGD with base_lr
eta, lr_policy "fixed", no momentum and no weight decay, as the exercise asks.
"""

import numpy as np

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])

# truth table on (0,0), (0,1), (1,0), (1,1) -> name, for every two-input boolean function
BOOLEAN_FUNCTIONS = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}


class _Blob:
    def __init__(self, data=None):
        self.data = None if data is None else np.array(data, dtype=np.float64)
        self.diff = None


class _InnerProduct:
    """top = bottom @ W + b; blobs[0] W (n_in, n_out), blobs[1] b (n_out,)."""

    def __init__(self, weight, bias):
        self.blobs = [_Blob(weight), _Blob(bias)]

    def Forward_cpu(self, bottom, top):
        top[0].data = bottom[0].data @ self.blobs[0].data + self.blobs[1].data

    def Backward_cpu(self, top, propagate_down, bottom):
        self.blobs[0].diff = bottom[0].data.T @ top[0].diff
        self.blobs[1].diff = top[0].diff.sum(axis=0)
        if propagate_down[0]:
            bottom[0].diff = top[0].diff @ self.blobs[0].data.T


class _Sigmoid:
    """Caffe's SigmoidLayer, 0.5 tanh(0.5 x) + 0.5: saturates without overflow."""

    def Forward_cpu(self, bottom, top):
        top[0].data = 0.5 * np.tanh(0.5 * bottom[0].data) + 0.5

    def Backward_cpu(self, top, propagate_down, bottom):
        if propagate_down[0]:
            bottom[0].diff = top[0].diff * top[0].data * (1.0 - top[0].data)


class _XorNet:
    """data -> ip1 -> sig1 -> ip2 -> sig2; blobs named as in a prototxt."""

    def __init__(self, params):
        self.layers = [("ip1", _InnerProduct(params["W1"], params["b1"]), "data", "ip1"),
                       ("sig1", _Sigmoid(), "ip1", "sig1"),
                       ("ip2", _InnerProduct(params["W2"], params["b2"]), "sig1", "ip2"),
                       ("sig2", _Sigmoid(), "ip2", "sig2")]
        self.blobs = {}

    def Forward(self, data):
        self.blobs = {"data": _Blob(data)}
        for _, layer, bottom, top in self.layers:
            self.blobs[top] = _Blob()
            layer.Forward_cpu([self.blobs[bottom]], [self.blobs[top]])
        return self.blobs["sig2"].data

    def Backward(self, ip2_diff):
        """Backpropagate d loss / d ip2, as SigmoidCrossEntropyLoss hands it down (sig2 is skipped)."""
        self.blobs["ip2"].diff = ip2_diff
        for name, layer, bottom, top in reversed(self.layers[:3]):
            layer.Backward_cpu([self.blobs[top]], [name != "ip1"], [self.blobs[bottom]])

    def params(self):
        ip1, ip2 = self.layers[0][1], self.layers[2][1]
        return {"W1": ip1.blobs[0].data, "b1": ip1.blobs[1].data,
                "W2": ip2.blobs[0].data, "b2": ip2.blobs[1].data}

    def param_layers(self):
        return [self.layers[0][1], self.layers[2][1]]


def _cross_entropy(p):
    p = np.clip(p, 1e-12, 1.0 - 1e-12)
    return float(-np.mean(XOR_TARGETS * np.log(p) + (1.0 - XOR_TARGETS) * np.log(1.0 - p)))


def _xavier_filler(rng):
    return {"W1": np.sqrt(2.0 / 4.0) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
            "W2": np.sqrt(2.0 / 3.0) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}


def _solve(net, base_lr, max_iter, tol):
    """SGD until the loss is below tol or max_iter steps were taken; returns (iter, loss)."""
    it = 0
    while True:
        p = net.Forward(XOR_INPUTS)
        loss = _cross_entropy(p)
        if loss < tol or it == max_iter:
            return it, loss
        net.Backward((p - XOR_TARGETS) / XOR_INPUTS.shape[0])
        for layer in net.param_layers():
            for blob in layer.blobs:
                blob.data = blob.data - base_lr * blob.diff
        it += 1


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    """Train the 2-2-1 sigmoid net on XOR from default_rng(seed), with restarts; returns the run's summary dict."""
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        net = _XorNet(_xavier_filler(rng))
        epochs, loss = _solve(net, eta, max_epochs, tol)
        if loss < tol or restarts == max_restarts:
            break
        restarts += 1
    p = net.Forward(XOR_INPUTS)[:, 0]
    correct = int(np.sum((p > 0.5) == (XOR_TARGETS[:, 0] > 0.5)))
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": p,
            "correct": correct, "params": net.params()}


def _truth_table(values):
    return tuple(int(v > 0.5) for v in values)


def hidden_logic(params):
    """{"hidden": [name, name], "output": name over (h1, h2), "network": name on XOR_INPUTS}."""
    net = _XorNet(params)
    p = net.Forward(XOR_INPUTS)[:, 0]
    hidden = net.blobs["sig1"].data
    # the output unit alone: ip2 and a sigmoid on the binary hidden patterns
    ip2_top, out_top = _Blob(), _Blob()
    net.layers[2][1].Forward_cpu([_Blob(XOR_INPUTS)], [ip2_top])
    _Sigmoid().Forward_cpu([ip2_top], [out_top])
    on_patterns = out_top.data
    return {"hidden": [BOOLEAN_FUNCTIONS[_truth_table(hidden[:, j])] for j in range(2)],
            "output": BOOLEAN_FUNCTIONS[_truth_table(on_patterns[:, 0])].replace("x", "h"),
            "network": BOOLEAN_FUNCTIONS[_truth_table(p)]}
