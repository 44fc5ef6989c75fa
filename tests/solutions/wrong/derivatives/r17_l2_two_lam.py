"""derivatives.l2_gradient: Gives 2*lam*w: differentiates lam*w**2, losing the 1/2 of (lam/2)*w**2.

Habit: Raschka writes the L2 term as (l2/2) * ||w||^2 in the cost and the student dropped the half.
"""


def l2_gradient():
    return "2*lam*w"
