"""early_stopping.early_stopping_restore: RIGHT: returns weights[best_epoch] itself (the docstring's object), not a copy, and changes nothing."""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, count, epoch = float("inf"), 0, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, count = loss, epoch, 0
        else:
            count += 1
        if count >= patience:
            break
    return epoch, best_epoch, weights[best_epoch]
