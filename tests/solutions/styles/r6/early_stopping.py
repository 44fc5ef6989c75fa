"""A correct solution of exercises/early_stopping.py, style r6: a pure fold over the curve with a state tuple."""
from functools import reduce


def _scan(val_losses, patience, min_delta):
    """(stop, best_epoch, best, waited) after walking the curve; stop is None until patience runs out."""

    def visit(state, item):
        stop, best_epoch, best, waited = state
        epoch, loss = item
        if stop is not None:
            return state
        if best_epoch is None or loss < best - min_delta:
            return None, epoch, loss, 0
        waited += 1
        return (epoch if waited >= patience else None), best_epoch, best, waited

    return reduce(visit, enumerate(float(v) for v in val_losses), (None, None, None, 0))


def early_stopping(val_losses, patience, min_delta=0.0):
    stop, best_epoch, _, _ = _scan(val_losses, patience, min_delta)
    return (len(val_losses) - 1 if stop is None else stop), best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, weights[best]
