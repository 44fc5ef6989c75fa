def softmax(Z):
    """softmax.softmax: np.maximum.reduce and np.add.reduce without axis reduce the FIRST axis (APL's first-axis
    reduction), so a batch is normalised down its columns instead of along each row."""
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - np.maximum.reduce(Z))
    return e / np.add.reduce(e)
