"""Backpropagation through an MLP by the delta recursion, for any depth and activation.

With delta_l = dL/dZ_l (N, n_l) and caches from reference.mlp.mlp_forward:

    delta_L     = dout * g_L'(Z_L)                    (dout = dL/dA_L)
    dW_l        = A_{l-1}^T delta_l,   db_l = sum over the batch of delta_l
    delta_{l-1} = (delta_l W_l^T) * g_{l-1}'(Z_{l-1})

The batch-first transpose of the course's column form delta^(l) = (W^(l+1))^T delta^(l+1) * g'(z^(l)).
"""

from mlptutor.reference.activations import activation_backward
from mlptutor.reference.layers import dense_backward
from mlptutor.reference.losses import get_loss
from mlptutor.reference.mlp import mlp_forward


def mlp_backward(dout, caches):
    """Gradients of every parameter from dout = dL/d(out) (N, nL) and the caches of mlp_forward.

    Going from layer L down to 1, with delta_l = dL/dZ_l (N, n_l) and g_l the layer's activation:
    delta_L = dout * g_L'(Z_L); dW_l = A_prev^T delta_l; db_l = delta_l summed over the batch;
    delta_{l-1} = (delta_l W_l^T) * g_{l-1}'(Z_{l-1}).
    Returns {"W1": (n0, n1), "b1": (n1,), ..., "WL", "bL"}, each the shape of its parameter.
    No pre-activation is ever exactly at a kink (Z = 0 for relu), so either side's derivative there is right.
    """
    grads = {}
    dA = dout
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        delta = activation_backward(dA, cache)
        dA, grads[f"W{l}"], grads[f"b{l}"] = dense_backward(delta, (cache["A_prev"], cache["W"], cache["b"]))
    return {key: grads[key] for l in range(1, len(caches) + 1) for key in (f"W{l}", f"b{l}")}


def mlp_loss_and_grads(X, Y, params, activations, loss="mse"):
    """Loss value and parameter gradients of one forward + backward pass.

    X (N, n0), Y (N, nL) targets, loss a name from reference.losses.LOSSES
    (pair "cross_entropy_with_logits" / "bce_with_logits" with an identity last layer).
    Returns (L: float, grads dict as mlp_backward).
    """
    criterion = get_loss(loss)
    out, caches = mlp_forward(X, params, activations)
    return criterion.value(out, Y), mlp_backward(criterion.grad(out, Y), caches)
