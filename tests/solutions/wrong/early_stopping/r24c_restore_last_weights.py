"""early_stopping.early_stopping_restore: Keras' default restore_best_weights=False: returns the weights of the stop epoch, not of the best one."""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait, stop = float("inf"), 0, 0, len(val_losses) - 1
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait == patience:
                stop = epoch
                break
    return stop, best_epoch, weights[stop]
