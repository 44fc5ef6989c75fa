"""early_stopping.early_stopping: when patience never runs out returns len(val_losses), one past the last epoch"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, e, 0
        else:
            wait += 1
            if wait >= patience:
                return e, best_epoch
    return len(val_losses), best_epoch
