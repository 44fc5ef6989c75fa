"""counting.count_parameters: Right: Octave ex4's nn_params unrolled, numel([Theta1(:); Theta2(:); ...]) with Theta_l
of size n_l x (n_{l-1} + 1); only the sizes are computed, as a Python int.
"""

def count_parameters(widths):
    """Right: Octave ex4's nn_params unrolled, numel([Theta1(:); Theta2(:); ...]) with Theta_l of size n_l x (n_{l-1} + 1); only the sizes are computed, as a Python int."""
    nn_params_len = 0
    for l in range(1, len(widths)):
        nn_params_len += int(widths[l]) * (int(widths[l - 1]) + 1)
    return nn_params_len
