"""losses.cross_entropy_with_logits_grad: subtracts 1 from every entry instead of from the true class only"""

import numpy as np

def cross_entropy_with_logits_grad(Z, Y):
    return (np.exp(_log_softmax(Z)) - 1) / Z.shape[0]
