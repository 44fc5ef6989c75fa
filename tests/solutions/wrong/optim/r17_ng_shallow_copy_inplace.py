"""optim.sgd_step: Copies the dict (params.copy(), shallow) and then updates its arrays in place with -=: the caller's arrays change.

Habit: deeplearning.ai's update_parameters, parameters["W" + str(l)] -= learning_rate * grads["dW" + str(l)], on a
dict.copy() the student took for a copy of the arrays too.
"""

import numpy as np


def sgd_step(params, grads, eta):
    parameters = params.copy()
    for key in parameters:
        parameters[key] -= eta * grads[key]
    return parameters
