"""Softmax as a Boltzmann distribution (r24 style: a physicist after Mehta et al.).

Class k has energy E_k = -z_k; p_k = exp(-beta E_k) / Z with the partition
function Z = sum_k exp(-beta E_k) and beta = 1. Energies are measured from the
ground state E_0 = min_k E_k, so every Boltzmann weight is <= 1 and Z >= 1:
nothing overflows. log p_k = -beta (E_k - F) with the free energy F = -log(Z) / beta.
"""

import numpy as np

BETA = 1.0


def _shifted_energies(Z):
    """Energies -z above the ground state of each row (last axis), all >= 0."""
    E = -np.asarray(Z, dtype=np.float64)
    return E - E.min(axis=-1, keepdims=True)


def _free_energy(dE):
    """F - E_0 = -log(sum_k exp(-beta dE_k)) / beta, per row, keepdims."""
    return -np.log(np.exp(-BETA * dE).sum(axis=-1, keepdims=True)) / BETA


def softmax(Z):
    dE = _shifted_energies(Z)
    w = np.exp(-BETA * dE)  # Boltzmann weights, the ground state's is 1
    return w / w.sum(axis=-1, keepdims=True)


def log_softmax(Z):
    dE = _shifted_energies(Z)
    return -BETA * (dE - _free_energy(dE))


def softmax_jacobian(Z):
    # fluctuation-dissipation: d<n_i>/dz_j = beta (<n_i n_j> - <n_i><n_j>) = beta (p_i delta_ij - p_i p_j)
    p = softmax(Z)
    eye = np.eye(p.shape[-1])
    return BETA * (p[..., :, None] * eye - p[..., :, None] * p[..., None, :])


def softmax_cross_entropy_grad(logits, Y):
    p = softmax(logits)
    N = p.shape[0]
    return (p - np.asarray(Y, dtype=np.float64)) / N
