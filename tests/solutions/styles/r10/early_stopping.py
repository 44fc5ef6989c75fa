"""early_stopping as a coroutine: a monitor fed one validation loss at a time with send()."""


def _monitor(patience, min_delta):
    """Receives (epoch, loss); yields (stopped, best_epoch) after each."""
    best, best_epoch, wait = float("inf"), 0, 0
    stopped = False
    while True:
        epoch, loss = yield stopped, best_epoch
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
        stopped = wait >= patience


def early_stopping(val_losses, patience, min_delta=0.0):
    monitor = _monitor(patience, min_delta)
    next(monitor)
    best_epoch = 0
    for epoch, loss in enumerate(val_losses):
        stopped, best_epoch = monitor.send((epoch, loss))
        if stopped:
            return epoch, best_epoch
    return len(val_losses) - 1, best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[best_epoch]
