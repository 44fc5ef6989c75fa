"""gradcheck.gradient_check: reports the largest elementwise relative error |g - n| / max(|g| + |n|, 1e-8) instead of relative_error's norms.

Habit: production test code in the style of np.allclose, checking entry by entry.
"""


def gradient_check(f, params, grads, h=1e-5):
    out = {}
    for name in params:
        base = {k: np.array(v, dtype=np.float64, copy=True) for k, v in params.items()}
        num = np.zeros_like(base[name])
        flat = base[name].reshape(-1)
        for i in range(flat.size):
            saved = flat[i]
            flat[i] = saved + h
            fp = float(f({k: v.copy() for k, v in base.items()}))
            flat[i] = saved - h
            fm = float(f({k: v.copy() for k, v in base.items()}))
            flat[i] = saved
            num.reshape(-1)[i] = (fp - fm) / (2 * h)
        g = np.asarray(grads[name], dtype=np.float64)
        out[name] = float(np.max(np.abs(g - num) / np.maximum(np.abs(g) + np.abs(num), 1e-8)))
    return out
