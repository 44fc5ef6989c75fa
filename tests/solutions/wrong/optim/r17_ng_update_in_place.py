"""optim.sgd_step: Updates the caller's dict in place and returns it (Ng's update_parameters), instead of a new dict.

Habit: deeplearning.ai's parameters["W" + str(l+1)] = parameters["W" + str(l+1)] - learning_rate * grads[...]; return parameters.
"""

import numpy as np


def sgd_step(params, grads, eta):
    for key in params:
        params[key] = params[key] - eta * grads[key]
    return params
