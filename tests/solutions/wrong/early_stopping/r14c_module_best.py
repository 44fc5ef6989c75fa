"""early_stopping.early_stopping: best loss and best epoch kept at module level and never reset: a second curve is judged against the first's best"""
import math

_r14c_es_state = {"best": math.inf, "best_epoch": 0}


def early_stopping(val_losses, patience, min_delta=0.0):
    wait = 0
    for e, loss in enumerate(val_losses):
        if loss < _r14c_es_state["best"] - min_delta:
            _r14c_es_state["best"] = loss
            _r14c_es_state["best_epoch"] = e
            wait = 0
        else:
            wait += 1
            if wait >= patience:
                return e, _r14c_es_state["best_epoch"]
    return len(val_losses) - 1, _r14c_es_state["best_epoch"]
