import pytest

from mlptutor.reference.early_stopping import EarlyStopping, early_stopping, early_stopping_restore

CURVE = [1.0, 0.8, 0.7, 0.75, 0.72, 0.71, 0.9]


def test_stops_after_patience_epochs_without_improvement():
    assert early_stopping(CURVE, patience=3) == (5, 2)
    assert early_stopping(CURVE, patience=1) == (3, 2)


def test_runs_to_the_end_when_loss_keeps_improving():
    assert early_stopping([3.0, 2.0, 1.0, 0.5], patience=2) == (3, 3)


def test_min_delta_ignores_tiny_improvements():
    curve = [1.0, 0.95, 0.949, 0.948, 0.5]
    assert early_stopping(curve, patience=2, min_delta=0.0) == (4, 4)
    # 0.95 improves by 0.05 > 0.01; 0.949 and 0.948 improve by less than 0.01
    assert early_stopping(curve, patience=2, min_delta=0.01) == (3, 1)


def test_equal_loss_is_not_an_improvement():
    assert early_stopping([1.0, 1.0, 1.0], patience=2) == (2, 0)


def test_restore_returns_the_best_epochs_weights():
    weights = [{"W1": float(e)} for e in range(len(CURVE))]
    stop, best, params = early_stopping_restore(CURVE, weights, patience=3)
    assert (stop, best) == (5, 2)
    assert params == {"W1": 2.0}


def test_empty_curve_is_one_clear_error():
    with pytest.raises(ValueError, match="empty"):
        early_stopping([], patience=2)


def test_restore_needs_one_snapshot_per_epoch():
    with pytest.raises(ValueError, match="one per epoch"):
        early_stopping_restore(CURVE, [{}], patience=3)


def test_class_reports_stop_and_best_as_it_goes():
    stopper = EarlyStopping(patience=2)
    decisions = [stopper.update(loss, {"epoch": e}) for e, loss in enumerate([0.5, 0.4, 0.6, 0.7])]
    assert decisions == [False, False, False, True]
    assert (stopper.stop_epoch, stopper.best_epoch, stopper.best_params) == (3, 1, {"epoch": 1})


@pytest.mark.parametrize("kwargs", [{"patience": 0}, {"patience": 2, "min_delta": -1}])
def test_bad_settings_are_rejected(kwargs):
    with pytest.raises(ValueError):
        EarlyStopping(**kwargs)
