"""train.train_classifier: a call counter kept on the function is added to the seed ("a new run each time"): the same seed does not reproduce"""
_r14c_tc_right = train_classifier


def train_classifier(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5):
    train_classifier.calls = getattr(train_classifier, "calls", -1) + 1
    return _r14c_tc_right(X_train, Y_train, X_val, Y_val, hidden, seed + train_classifier.calls,
                          epochs, batch_size, eta, patience)
