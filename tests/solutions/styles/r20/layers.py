"""The dense layer in Hagan, Demuth & Beale's 'Neural Network Design' notation: net input n = W p + b with
column vectors p, and the sensitivity s = dF/dn. The stub is batch-first with W (n_in, n_out), so the
book's weight matrix is W.T and the batch's inputs are the columns of P = A.T."""

import numpy as np


def dense_forward(A, W, b):
    P = A.T                                 # (R, Q): one input vector p per column
    Wh = W.T                                # Hagan's W is (S, R)
    n = Wh @ P + b.reshape(-1, 1)           # n = W p + b for every column
    return n.T, (A, W, b)


def dense_backward(dZ, cache):
    A, W, b = cache
    s = dZ.T                                # sensitivities, one column per example (S, Q)
    Wh = W.T
    dP = Wh.T @ s                           # (R, Q): sensitivities handed to the previous layer
    dWh = s @ A                             # sum_q s_q p_q^T, (S, R)
    db = s.sum(axis=1)                      # sum_q s_q
    return dP.T, dWh.T, db
