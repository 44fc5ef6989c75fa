def numerical_gradient(f, x, h=1e-5):
    """gradcheck.numerical_gradient: right: Caffe's GradientChecker loop over a flat view of a float64 copy (feat_id over count), saving and restoring each entry; x's shape comes back."""
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
