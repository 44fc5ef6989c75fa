"""early_stopping.early_stopping_restore: restores into one module-level dict (update) and returns it: stale keys of an earlier call stay"""

_r14c_esr_right = early_stopping_restore
_r14c_esr_best = {}


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best, w = _r14c_esr_right(val_losses, weights, patience, min_delta)
    _r14c_esr_best.update(w)
    return stop, best, _r14c_esr_best
