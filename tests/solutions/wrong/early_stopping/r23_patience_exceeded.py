"""early_stopping.early_stopping: stops only when more than `patience` epochs have passed without improvement (Theano's `patience <= iter` after the count moved on), one epoch late."""


def early_stopping(val_losses, patience, min_delta=0.0):
    best_validation_loss = np.inf
    best_iter = 0
    for epoch, this_validation_loss in enumerate(val_losses):
        if this_validation_loss < best_validation_loss - min_delta:
            best_validation_loss = this_validation_loss
            best_iter = epoch
        elif epoch - best_iter > patience:
            return epoch, best_iter
    return len(val_losses) - 1, best_iter
