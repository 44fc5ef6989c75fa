"""early_stopping with a collections.deque of the recent non-improving epochs as the patience counter."""

from collections import deque


def _run(val_losses, patience, min_delta):
    best_loss, best_epoch = float("inf"), None
    waiting = deque(maxlen=max(int(patience), 1))
    last = len(val_losses) - 1
    for epoch, loss in enumerate(val_losses):
        if loss < best_loss - min_delta:
            best_loss, best_epoch = loss, epoch
            waiting.clear()
        else:
            waiting.append(epoch)
            if len(waiting) >= patience:
                return epoch, best_epoch
    return last, best_epoch


def early_stopping(val_losses, patience, min_delta=0.0):
    return _run(list(val_losses), patience, min_delta)


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = _run(list(val_losses), patience, min_delta)
    return stop, best, weights[best]
