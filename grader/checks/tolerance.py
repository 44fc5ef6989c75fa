"""The one tolerance policy: when a float64 value counts as the reference's value.

Every check that compares numbers with the reference (value, hygiene on large
inputs, behaviour predicates, gradients against the reference's analytic
gradient) uses these bounds (validate.close / validate.mismatch, or `within` /
`allclose` here), so one correct solution is never judged by two standards.

An entry g of a result is right when, with e the reference's entry and S the
largest |e| of that array (the reference's scale),

    |g - e| <= RTOL * |e| + SCALE_RTOL * S + ATOL

Why these numbers:
- RTOL = 1e-8. Correct float64 code differs from the reference by rounding
  only: other summation orders, einsum for matmul, log-sum-exp written
  another way, a division instead of a multiplication by the inverse. On the
  graded inputs that is below 1e-12 relative; a correct solution seen off
  by a relative 5e-10 (which a scenario's rtol 1e-12 failed) is 20 times
  inside the bound. A float32
  intermediate is off by up to 6e-8 relative, uniformly spread: on arrays of
  several entries some lie above 1e-8 (a float32 *result* fails the dtype
  rule of validate.py outright).
- SCALE_RTOL * S: entries far below the array's scale (a softmax
  probability of 1e-300 next to 1) carry the absolute rounding error of the
  large ones; they are judged at the scale of the array, 1e-10 of it.
- ATOL = 1e-12: an all-zero expectation (a zero gradient) still allows the
  rounding of a computation that cancels to 0.

No check compares with finite differences (a gradient is judged against the
reference's analytic gradient), so no looser bound is needed.
"""

from __future__ import annotations

import numpy as np

RTOL = 1e-8
SCALE_RTOL = 1e-10
ATOL = 1e-12


def atol_for(expected: np.ndarray | float, atol: float = ATOL) -> float:
    """The absolute part of the bound for one array (or number) of the reference: its scale's share plus `atol`."""
    if type(expected) is np.ndarray:
        scale = float(np.abs(expected).max()) if expected.size else 0.0
    else:
        scale = abs(float(expected))
    return atol + SCALE_RTOL * scale if np.isfinite(scale) else atol


def within(got, expected, rtol: float = RTOL, atol: float = ATOL) -> np.ndarray | bool:
    """Entry by entry: got is expected under the policy (NaN and inf are never within)."""
    got, expected = np.asarray(got, dtype=np.float64), np.asarray(expected, dtype=np.float64)
    return np.abs(got - expected) <= rtol * np.abs(expected) + atol_for(expected, atol)


def allclose(got, expected, rtol: float = RTOL, atol: float = ATOL) -> bool:
    """Every entry within the policy's bound (shapes must broadcast)."""
    return bool(np.all(within(got, expected, rtol, atol)))
