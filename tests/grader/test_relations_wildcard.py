"""The wildcard of a relation's path (values.ANY, "every entry of a list") cannot be forged by a dict key "*"."""

import copy
import pickle

import numpy as np

from mlptutor.grader.relations.base import leaf_of
from mlptutor.grader.relations.values import ANY, keyed_leaves, overlap


def test_a_star_key_of_a_dict_is_that_key_not_every_entry():
    [(key, path, leaf)] = keyed_leaves({"*": 2.0})  # a student's result {"*": ...}: it was read as result[*]
    assert key == ("*",) and ANY not in key and ANY not in path
    assert leaf_of({"*": 2.0}, path) == 2.0
    assert not overlap(("*", "a"), (0, "a"))


def test_a_lists_entries_are_still_every_entry_and_print_as_before():
    value = [{"a": 1.0}, {"a": 2.0}]
    assert {key for key, _, _ in keyed_leaves(value)} == {(ANY, "a")}
    assert overlap((ANY, "a"), (0, "a"))
    assert np.array_equal(leaf_of(value, (ANY, "a")), [1.0, 2.0])
    assert str(ANY) == "*" and sorted([("b",), (ANY,)]) == [(ANY,), ("b",)]
    assert pickle.loads(pickle.dumps((ANY,)))[0] is ANY and copy.deepcopy([ANY])[0] is ANY
