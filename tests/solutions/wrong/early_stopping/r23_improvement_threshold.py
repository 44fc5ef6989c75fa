"""early_stopping.early_stopping: Theano's relative improvement_threshold: an epoch improves only when loss < best * (1 - min_delta), not loss < best - min_delta."""


def early_stopping(val_losses, patience, min_delta=0.0):
    improvement_threshold = 1.0 - min_delta
    best_validation_loss = np.inf
    best_iter = 0
    for epoch, this_validation_loss in enumerate(val_losses):
        if this_validation_loss < best_validation_loss * improvement_threshold:
            best_validation_loss = this_validation_loss
            best_iter = epoch
        elif epoch - best_iter >= patience:
            return epoch, best_iter
    return len(val_losses) - 1, best_iter
