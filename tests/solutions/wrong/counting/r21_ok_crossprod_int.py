"""counting.count_parameters: right: R's crossprod(head, tail) + sum(tail) with numpy, cast back to a plain int."""

import numpy as np


def count_parameters(widths):
    n = np.array(list(widths), dtype=np.int64)
    return int(n[:-1] @ n[1:] + n[1:].sum())
