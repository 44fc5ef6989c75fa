"""Losses, r8 style: a small Loss class hierarchy (forward/backward) as in another course's autograd-free framework."""

import numpy as np

_EPS = 1e-12


class _Loss:
    """Sum over units, mean over the batch: subclasses give the per-entry value and derivative."""

    def __call__(self, pred, target):
        pred = np.asarray(pred, dtype=np.float64)
        target = np.asarray(target, dtype=np.float64)
        n = pred.shape[0]
        if n == 0:
            return float("nan")
        return float(np.sum(self.elementwise(pred, target)) / n)

    def backward(self, pred, target):
        pred = np.asarray(pred, dtype=np.float64)
        target = np.asarray(target, dtype=np.float64)
        n = max(pred.shape[0], 1)  # an empty batch: 0 rows either way
        return self.derivative(pred, target) / n


class _MSELoss(_Loss):
    def elementwise(self, pred, target):
        return 0.5 * np.square(pred - target)

    def derivative(self, pred, target):
        return pred - target


class _BCELoss(_Loss):
    def elementwise(self, pred, target):
        p = np.clip(pred, _EPS, 1.0 - _EPS)
        return -(target * np.log(p) + (1.0 - target) * np.log1p(-p))

    def derivative(self, pred, target):
        p = np.clip(pred, _EPS, 1.0 - _EPS)
        return (p - target) / (p * (1.0 - p))


class _CrossEntropyLoss(_Loss):
    @staticmethod
    def log_softmax(logits):
        shifted = logits - np.max(logits, axis=1, keepdims=True)
        return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))

    def elementwise(self, pred, target):
        return -target * self.log_softmax(pred)

    def derivative(self, pred, target):
        return np.exp(self.log_softmax(pred)) - target


def mse(Y_hat, Y):
    return _MSELoss()(Y_hat, Y)


def mse_grad(Y_hat, Y):
    return _MSELoss().backward(Y_hat, Y)


def bce(P, Y):
    return _BCELoss()(P, Y)


def bce_grad(P, Y):
    return _BCELoss().backward(P, Y)


def cross_entropy_with_logits(Z, Y):
    return _CrossEntropyLoss()(Z, Y)


def cross_entropy_with_logits_grad(Z, Y):
    return _CrossEntropyLoss().backward(Z, Y)
