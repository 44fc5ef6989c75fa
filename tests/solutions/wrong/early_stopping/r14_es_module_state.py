"""early_stopping.early_stopping: a Keras-style callback state kept at module level and never reset, so a second call starts from the first call's best loss and count"""

_r14ms_state = {"best": float("inf"), "best_epoch": 0, "wait": 0}


def early_stopping(val_losses, patience, min_delta=0.0):
    state = _r14ms_state
    for epoch, loss in enumerate(val_losses):
        if loss < state["best"] - min_delta:
            state["best"], state["best_epoch"], state["wait"] = loss, epoch, 0
        else:
            state["wait"] += 1
            if state["wait"] >= patience:
                return epoch, state["best_epoch"]
    return len(val_losses) - 1, state["best_epoch"]
