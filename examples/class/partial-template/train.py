"""Exercise (capstone): train your own MLP classifier on real data.

Put together what you wrote in the other exercises (He initialisation, the
forward pass, softmax + cross-entropy, the backward pass, mini-batches with
one shuffle per epoch, an SGD step, early stopping that restores the best
weights) into one training function. This file must work on its own: copy
your pieces in as helpers (names starting with _).

The grader runs it on the 8x8 handwritten digits (64 pixels scaled to
[0, 1], 10 classes, a seeded 60/20/20 split) and judges what your training
does, not its exact numbers: the training loss must fall, the returned
weights must classify at least 90% of the validation set, early stopping must
follow its rule on your own validation curve and restore the best epoch, and
the same seed must reproduce the run exactly (another seed must not). Your
curves must be the losses of your weights: the same run with epochs=1 gives
the weights of your first epoch, whose losses are checked.
Budget: each training call must finish within the sandbox's per-call limit
of 2 s; the reference needs about 0.1 s of CPU (8 epochs of 1078
examples), so work on whole batches, never example by example.
"""

import numpy as np


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
    raise NotImplementedError
