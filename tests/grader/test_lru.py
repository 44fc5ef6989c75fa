"""The per-process memo of the symbolic check (grader/checks/lru.py): one mechanism for verdicts and relations."""

import threading

from mlptutor.grader import diskcache
from mlptutor.grader.checks import formula_relations, symbolic
from mlptutor.grader.checks.lru import LRU


def test_the_least_recently_used_is_dropped_first():
    cache = LRU(size=2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # "a" used: "b" is now the least recently used
    cache.put("c", 3)
    assert (cache.get("a"), cache.get("b"), cache.get("c"), len(cache)) == (1, None, 3, 2)


def test_a_result_kept_as_none_is_told_from_one_not_kept():
    cache = LRU()
    cache.put("no relation", None)
    assert "no relation" in cache and "never asked" not in cache
    assert cache.get("no relation") is None


def test_a_new_process_finds_on_disk_only_what_its_kind_accepts(tmp_path):
    store = diskcache.store("test-lru")
    try:
        diskcache.enable(folder=tmp_path)
        kept = LRU(disk=store, valid=lambda result: type(result) is str)
        kept.put("line", "SymPy shows ...")
        kept.put("none", None)  # put by a kind that allows None; this one does not
        store.put("bare", "put without the (result,) wrapper")
        again = kept.fresh()
        assert len(again) == 0
        assert (again.get("line"), "none" in again, "bare" in again) == ("SymPy shows ...", False, False)
        assert len(again) == 1  # what the disk gave is held in memory now
        diskcache.enable(folder=None)
        assert again.get("line") == "SymPy shows ..." and kept.fresh().get("line") is None
    finally:
        diskcache.enable(folder=None)


def test_threads_sharing_one_keep_it_within_its_size():
    cache = LRU(size=50)

    def fill(offset):
        for i in range(500):
            cache.put((offset, i), i)
            cache.get((offset, i // 2))
    threads = [threading.Thread(target=fill, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(cache) == 50


def test_the_symbolic_memos_are_this_one():
    assert type(symbolic.VERDICTS) is LRU and type(formula_relations.RELATED) is LRU
    assert symbolic.VERDICTS.valid(symbolic.FormulaVerdict("wrong", "m")) and not symbolic.VERDICTS.valid(None)
    assert formula_relations.RELATED.valid(None) and not formula_relations.RELATED.valid(3)
