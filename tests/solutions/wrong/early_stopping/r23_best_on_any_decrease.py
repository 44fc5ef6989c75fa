"""early_stopping.early_stopping: the Theano tutorial's two rules: best_epoch moves on any decrease of the loss, while only a decrease by more than min_delta resets the patience count."""


def early_stopping(val_losses, patience, min_delta=0.0):
    best_validation_loss = np.inf
    best_iter = 0
    last_significant = 0
    for epoch, this_validation_loss in enumerate(val_losses):
        if this_validation_loss < best_validation_loss - min_delta:
            last_significant = epoch
        if this_validation_loss < best_validation_loss:
            best_validation_loss = this_validation_loss
            best_iter = epoch
        if epoch - last_significant >= patience:
            return epoch, best_iter
    return len(val_losses) - 1, best_iter
