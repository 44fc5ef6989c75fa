"""The capstone: an MLP classifier trained by mini-batch SGD with early stopping, from the course's pieces.

    He-initialised weights (init), ReLU hidden layers and a linear output (mlp_forward),
    softmax + cross-entropy from the logits (losses), the delta recursion (backprop),
    one shuffle per epoch into mini-batches (optim), a plain SGD step, and early
    stopping on the validation loss that restores the best epoch's weights.

Every random number comes from one numpy.random.default_rng(seed), in a fixed
order (the weights layer by layer, then one permutation per epoch), so a seed
reproduces the run exactly.
"""

import numpy as np

from mlptutor.reference.backprop import mlp_loss_and_grads
from mlptutor.reference.early_stopping import EarlyStopping
from mlptutor.reference.init import init_params
from mlptutor.reference.losses import cross_entropy_with_logits
from mlptutor.reference.mlp import mlp_forward
from mlptutor.reference.optim import minibatch_indices, sgd_step

LOSS = "cross_entropy_with_logits"


def classifier_activations(params):
    """["relu", ..., "relu", "identity"]: ReLU hidden layers and a linear output (the logits)."""
    layers = len(params) // 2
    return ["relu"] * (layers - 1) + ["identity"]


def classifier_loss(params, X, Y):
    """Mean cross-entropy of softmax(logits) against one-hot Y (N, K), the logits from mlp_forward."""
    logits, _ = mlp_forward(X, params, classifier_activations(params))
    return cross_entropy_with_logits(logits, Y)


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    """Train an MLP classifier with mini-batch SGD and early stopping; return the best epoch's weights.

    X_train (N, d), Y_train (N, K) one-hot; X_val (M, d), Y_val (M, K); hidden: list of hidden widths.
    Network: widths [d, *hidden, K], ReLU hidden layers, linear output (logits); the loss is the
    mean cross-entropy of softmax(logits): params {"W1": (d, h1), "b1": (h1,), ..., "WL", "bL"}.
    rng = np.random.default_rng(seed); W_l = sqrt(2 / n_{l-1}) * rng.standard_normal((n_{l-1}, n_l)),
    layer 1 first (He), b_l = 0. Each epoch: perm = rng.permutation(N), batches perm[0:B], perm[B:2B], ...
    (the last may be shorter), one step params <- params - eta * grads per batch. After each epoch
    record the mean loss on the whole training set and on the validation set. Compute the loss and its
    gradient stably (each row's largest logit subtracted): logits in the thousands, and rows of very
    different scales, must give finite values and no warnings. ReLU'(0) is yours to choose: no graded
    run meets a hidden pre-activation exactly 0. Early stopping: an
    epoch improves when its validation loss is below the best so far; stop after `patience` epochs
    in a row without improvement (or after `epochs` epochs).
    Returns {"params": the params of the best epoch, "train_loss": [float per epoch run],
    "val_loss": [float per epoch run], "best_epoch": int, "stop_epoch": int} (epochs from 0).
    """
    rng = np.random.default_rng(seed)
    params = init_params([np.shape(X_train)[1], *hidden, np.shape(Y_train)[1]], rng, "he")
    activations = classifier_activations(params)
    stopper = EarlyStopping(patience)
    train_loss, val_loss = [], []
    for _ in range(epochs):
        for idx in minibatch_indices(len(X_train), batch_size, rng):
            _, grads = mlp_loss_and_grads(X_train[idx], Y_train[idx], params, activations, LOSS)
            params = sgd_step(params, grads, eta)
        train_loss.append(classifier_loss(params, X_train, Y_train))
        val_loss.append(classifier_loss(params, X_val, Y_val))
        if stopper.update(val_loss[-1], params):
            break
    return {"params": stopper.best_params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": stopper.best_epoch, "stop_epoch": len(val_loss) - 1}
