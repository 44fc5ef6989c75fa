"""Exercise: XOR with a 2-2-1 sigmoid network, the problem no single perceptron can solve.

Make Your Own Neural Network (Rashid) style: the network keeps link matrices
wih (hidden x inputs) and who (outputs x hidden), the patterns travel as columns,
errors go back with who.T @ output_errors, and the activation is a lambda. The
book's scipy.special.expit is not available: expit(z) = (1 + tanh(z / 2)) / 2
never overflows. The params handed back follow the exercise's batch-first layout
(W1 = wih.T, W2 = who.T).
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

activation_function = lambda x: 0.5 * (1.0 + np.tanh(0.5 * x))


class _NeuralNetwork:
    """2-2-1 network with Rashid's link matrices and column-vector patterns."""

    def __init__(self, rng):
        W1 = np.sqrt(2.0 / 4.0) * rng.standard_normal((2, 2))
        W2 = np.sqrt(2.0 / 3.0) * rng.standard_normal((2, 1))
        self.wih = W1.T
        self.who = W2.T
        self.bh = np.zeros((2, 1))
        self.bo = np.zeros((1, 1))

    def query(self, inputs_list):
        inputs = np.array(inputs_list, ndmin=2).T
        hidden_outputs = activation_function(self.wih @ inputs + self.bh)
        final_outputs = activation_function(self.who @ hidden_outputs + self.bo)
        return inputs, hidden_outputs, final_outputs

    def loss(self):
        p = np.clip(self.query(XOR_INPUTS)[2], 1e-12, 1 - 1e-12)
        targets = np.array(XOR_TARGETS, ndmin=2).T
        return float(-np.mean(targets * np.log(p) + (1 - targets) * np.log(1 - p)))

    def train(self, eta):
        inputs, hidden_outputs, final_outputs = self.query(XOR_INPUTS)
        targets = np.array(XOR_TARGETS, ndmin=2).T
        n = inputs.shape[1]
        # sigmoid + cross-entropy: dL/dz_out = (p - y) / N
        output_errors = (final_outputs - targets) / n
        hidden_errors = (self.who.T @ output_errors) * hidden_outputs * (1.0 - hidden_outputs)
        self.who = self.who - eta * (output_errors @ hidden_outputs.T)
        self.bo = self.bo - eta * output_errors.sum(axis=1, keepdims=True)
        self.wih = self.wih - eta * (hidden_errors @ inputs.T)
        self.bh = self.bh - eta * hidden_errors.sum(axis=1, keepdims=True)

    def params(self):
        return {"W1": self.wih.T.copy(), "b1": self.bh.ravel().copy(),
                "W2": self.who.T.copy(), "b2": self.bo.ravel().copy()}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    """Train the 2-2-1 sigmoid network on XOR from numpy.random.default_rng(seed).

    Returns {"epochs", "restarts", "loss", "predictions" (4,), "correct", "params"}.
    """
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        n = _NeuralNetwork(rng)
        epochs = 0
        loss = n.loss()
        while loss >= tol and epochs < max_epochs:
            n.train(eta)
            epochs += 1
            loss = n.loss()
        if loss < tol or restarts >= max_restarts:
            break
        restarts += 1
    predictions = n.query(XOR_INPUTS)[2].ravel().astype(np.float64)
    correct = int(np.sum((predictions > 0.5) == (XOR_TARGETS.ravel() == 1)))
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": predictions,
            "correct": correct, "params": n.params()}


def _name(outputs):
    """Truth table of four outputs thresholded at 0.5 -> its name."""
    table = tuple(int(v > 0.5) for v in np.ravel(outputs))
    return BOOLEAN_FUNCTIONS[table]


def hidden_logic(params):
    """Name the boolean function each unit of a 2-2-1 sigmoid network computes.

    Returns {"hidden": [name of h1, name of h2], "output": name of the output as a
    function of (h1, h2), "network": name of the whole network on XOR_INPUTS}.
    """
    wih = np.asarray(params["W1"], dtype=np.float64).T
    who = np.asarray(params["W2"], dtype=np.float64).T
    bh = np.array(params["b1"], ndmin=2, dtype=np.float64).T
    bo = np.array(params["b2"], ndmin=2, dtype=np.float64).T
    inputs = np.array(XOR_INPUTS, ndmin=2).T
    hidden_outputs = activation_function(wih @ inputs + bh)
    hidden = [_name(hidden_outputs[j]) for j in range(2)]
    output = _name(activation_function(who @ inputs + bo))
    output = output.replace("x1", "h1").replace("x2", "h2")
    network = _name(activation_function(who @ hidden_outputs + bo))
    return {"hidden": hidden, "output": output, "network": network}
