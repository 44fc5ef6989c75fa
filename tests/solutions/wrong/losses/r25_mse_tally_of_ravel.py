def mse(Y_hat, Y):
    """losses.mse: divides the total by the tally of the ravel (N K entries) instead of the number of rows N,
    the mean over every entry."""
    d = np.ravel(np.subtract(Y_hat, Y, dtype=np.float64))
    with np.errstate(invalid="ignore"):
        return float(np.add.reduce(np.square(d)) / (2 * np.float64(d.size)))
