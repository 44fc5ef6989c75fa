"""layers.dense_backward: dW and db accumulated on the module while the shapes stay the same (reset only on a new shape)"""
import numpy as np

_r14c_db_state = {}


def dense_backward(dZ, cache):
    A, W, b = cache
    dA = dZ @ W.T
    dW = A.T @ dZ
    db = dZ.sum(axis=0)
    if _r14c_db_state.get("shape") == W.shape:
        _r14c_db_state["dW"] = _r14c_db_state["dW"] + dW
        _r14c_db_state["db"] = _r14c_db_state["db"] + db
    else:
        _r14c_db_state.update(shape=W.shape, dW=dW, db=db)
    return dA, _r14c_db_state["dW"], _r14c_db_state["db"]
