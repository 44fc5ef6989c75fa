"""layers.dense_backward: db scattered with np.add.at at np.indices(dZ.shape)[0], each entry's ROW index (where the
column's, [1], was meant): db[n] gathers example n's units, and an IndexError once N > n_out."""


def dense_backward(dZ, cache):
    A, W, _ = cache
    db = np.zeros(W.shape[1])
    np.add.at(db, np.indices(dZ.shape)[0].ravel(), np.ravel(dZ))
    return dZ @ W.T, A.T @ dZ, db
