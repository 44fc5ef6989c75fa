"""counting.count_parameters: RIGHT: lru_cache on a helper that takes the widths as a tuple of ints (pure, hashable, copied)"""
import functools


@functools.lru_cache(maxsize=128)
def _r14c_count_cached(widths):
    return sum((a + 1) * b for a, b in zip(widths, widths[1:]))


def count_parameters(widths):
    return _r14c_count_cached(tuple(int(w) for w in widths))
