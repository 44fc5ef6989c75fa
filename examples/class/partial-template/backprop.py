"""Exercise: backpropagation through an MLP by the delta recursion.

The caches are the ones mlp_forward returns: one dict per layer with keys
"A_prev", "W", "b", "Z" and "activation". This file must work on its own:
write the activation derivatives you need (at least identity, sigmoid, tanh
and relu) as helpers in this file. The caches may come from inputs of any size
(mlp_forward takes e.g. 1000, giving pre-activations of +-1000 and more): the
derivatives must then saturate (sigmoid's to 0) without overflow, NaN or
RuntimeWarnings.
"""

import numpy as np


def mlp_backward(dout, caches):
    """Gradients of every parameter from dout = dL/d(out) (N, nL) and the caches of mlp_forward.

    Going from layer L down to 1, with delta_l = dL/dZ_l (N, n_l) and g_l the layer's activation:
    delta_L = dout * g_L'(Z_L); dW_l = A_prev^T delta_l; db_l = delta_l summed over the batch;
    delta_{l-1} = (delta_l W_l^T) * g_{l-1}'(Z_{l-1}).
    Returns {"W1": (n0, n1), "b1": (n1,), ..., "WL", "bL"}, each the shape of its parameter.
    No pre-activation is ever exactly at a kink (Z = 0 for relu), so either side's derivative there is right.
    """
    raise NotImplementedError
