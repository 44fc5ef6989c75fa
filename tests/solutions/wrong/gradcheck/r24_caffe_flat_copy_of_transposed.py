"""gradcheck.numerical_gradient: Caffe's GradientChecker loop over data.reshape(-1) of np.array(x), which keeps a transposed x's Fortran order: reshape then returns a copy, the steps never reach what f sees, and a transposed x gets a zero gradient."""


def numerical_gradient(f, x, h=1e-5):
    data = np.array(x, dtype=np.float64)
    flat = data.reshape(-1)
    diff = np.empty(flat.size)
    for feat_id in range(flat.size):
        saved = flat[feat_id]
        flat[feat_id] = saved + h
        positive = float(f(data))
        flat[feat_id] = saved - h
        negative = float(f(data))
        flat[feat_id] = saved
        diff[feat_id] = (positive - negative) / (2 * h)
    return diff.reshape(data.shape)
