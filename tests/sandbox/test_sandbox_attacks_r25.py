"""Attacks of the twenty-fifth round on the sandbox: what one module's code leaves for another module's calls."""

import os

import pytest

from mlptutor.grader.sandbox import Call
from tests.sandbox.conftest import run_one

PRINTING = """\
import numpy as np

np.set_printoptions(precision=1)  # its own calls show one decimal

def mine():
    return str(np.array([1.23456]))

def meddle():
    np.seterrcall(print)
    np.seterr(all='call')
    return 1
"""
SHOWING = """\
import numpy as np

def other():
    return [str(np.array([1.23456])), str(np.geterrcall()), float(np.log(np.zeros(1))[0])]
"""


def test_numpys_print_options_and_error_call_stay_with_the_module_that_set_them(bwrap):
    """np.set_printoptions(precision=1) in one module's import, and np.seterrcall(print) in one's call, reached
    another module's right function: str(array) answered '[1.2]' where it says '[1.23456]', and log(0)'s warning
    went to print (the output) instead of the harness. seterr's put-back set the modes only. numpy 2's context
    variables (the error handling whole, the print options) are put back as the very objects now, as a module's
    other settings: its own calls keep them."""
    result = bwrap.run({"a_printing": PRINTING, "b_showing": SHOWING},
                       [Call("meddle", "a_printing", "meddle"), Call("other", "b_showing", "other"),
                        Call("mine", "a_printing", "mine")])
    values = [result.outcomes[c].value for c in ("meddle", "other", "mine")]
    assert values == [1, ["[1.23456]", "None", float("-inf")], "[1.2]"], (values, result.output)
    assert result.output == "", result.output


STDLIB = """\
import bisect, heapq, json, re, string, textwrap

def meddle():
    heapq.heappush = lambda heap, item: heap.append(-1)
    bisect.bisect = lambda *args: 0
    json.dumps = lambda *args, **kwargs: 'x'
    re.match = lambda *args: None
    string.ascii_lowercase = 'x'
    textwrap.dedent = str.upper
    return 1
"""
USING = """\
import bisect, heapq, json, re, string, textwrap

def other():
    heap = []
    heapq.heappush(heap, 3)
    return [heap, bisect.bisect([1, 2, 3], 2), json.dumps([1]), bool(re.match('a+', 'aa')), string.ascii_lowercase[:3],
            textwrap.dedent('  a')]
"""


def test_the_stdlibs_names_a_call_replaces_are_put_back_after_it(bwrap):
    """heapq.heappush, bisect.bisect, re.match, string.ascii_lowercase, textwrap.dedent replaced by one module's
    call reached another module's right function, which answered [[-1], 0, '[1]', False, 'x', '  A']: only numpy's
    modules and 14 of the stdlib's (json's among them) were put back. Every module loaded when the job begins is
    now (taken once, in the zygote)."""
    result = bwrap.run({"a_meddling": STDLIB, "b_using": USING},
                       [Call("meddle", "a_meddling", "meddle"), Call("other", "b_using", "other")])
    values = [result.outcomes[c].value for c in ("meddle", "other")]
    assert values == [1, [[3], 2, "[1]", True, "abc", "a"]], values


HOARDING = ("import numpy as np\n\nKEPT = []\n\ndef hoard():\n    KEPT.append(np.empty(1_500_000_000 // 8))\n"
            "    return 1\n")
PRINTING_MUCH = ("def say():\n"
                 "    print('x' * 50_000)  # its end may be in the pipe, unread, when the next call begins\n"
                 "    return 1\n")
ALLOCATING = ("import numpy as np\n\ndef allocate():\n    print('start')\n"
              "    x = np.empty(700_000_000 // 8)  # 0.7 GB of a 2 GiB job\n    x[:10] = 1\n"
              "    return float(x[:10].sum())\n")


def test_a_call_run_again_for_memory_prints_once_and_the_call_before_it_whole(bwrap):
    """A call that ran out of the memory an earlier call held runs again in a fresh child (red24): what it printed
    in the first run stayed, so the output had 'start' twice. The output is cut where the call began (the child
    lets its output pipe empty before each call, so the 50,000 x's of the call before it stay whole)."""
    result = bwrap.run({"a_hoarding": HOARDING, "b_saying": PRINTING_MUCH, "c_allocating": ALLOCATING},
                       [Call("hoard", "a_hoarding", "hoard"), Call("say", "b_saying", "say"),
                        Call("allocate", "c_allocating", "allocate")])
    assert [result.outcomes[c].value for c in ("hoard", "say", "allocate")] == [1, 1, 10.0], result.outcomes
    assert result.output == "x" * 50_000 + "\nstart\n", (len(result.output), result.output[-40:])


UNCHECKED = """\
import ctypes

libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]

def allocate():
    block = libc.malloc(700_000_000)
    ctypes.memset(block, 1, 10)  # as C code that never checks malloc: NULL when the earlier calls hold the memory
    libc.free(block)
    return 1
"""


def test_a_call_whose_c_code_crashes_for_memory_earlier_calls_hold_runs_again(bwrap):
    """C code that fails to allocate crashes (malloc's NULL used: SIGSEGV) instead of raising MemoryError: after a
    call holding 1.5 GB, another module's function allocating 0.7 GB in C was 'crashed', where it returned 1 run
    first. A call crashing as C code does when an allocation fails runs again in a fresh child, once."""
    result = bwrap.run({"a_hoarding": HOARDING, "b_unchecked": UNCHECKED},
                       [Call("hoard", "a_hoarding", "hoard"), Call("allocate", "b_unchecked", "allocate")])
    assert [result.outcomes[c].value for c in ("hoard", "allocate")] == [1, 1], result.outcomes


TIMING = """\
import os, signal

def too_slow(signum, frame):
    raise TimeoutError('too slow')

def timed():  # a time limit of its own, left armed when it returns
    signal.signal(signal.SIGALRM, too_slow)
    signal.setitimer(signal.ITIMER_REAL, 0.01)
    os.environ['MODE'] = 'fast'
    return 1
"""
COUNTING = """\
import os

def count():
    total = 0
    for i in range(1_000_000):  # past the timer the call before it left
        total += 1
    return [total, os.environ.get('MODE')]
"""


def test_a_calls_signal_handlers_and_environment_do_not_reach_the_next_call(bwrap):
    """A call that set its own SIGALRM handler and left its timer armed (red23 made the timers harmless by
    ignoring their signals, but the handler replaced that): the handler raised TimeoutError in another module's
    right function run after it; and its os.environ['MODE'] was that function's. Both are put back after each
    stage (the handlers the job's code set, os.environ and the C library's copy)."""
    result = bwrap.run({"a_timing": TIMING, "b_counting": COUNTING},
                       [Call("timed", "a_timing", "timed"), Call("count", "b_counting", "count")])
    values = [result.outcomes[c].value for c in ("timed", "count")]
    assert values == [1, [1_000_000, None]], result.outcomes


BLOCKING = """\
import sys

class Refuse:
    def find_spec(self, name, path=None, target=None):
        raise ImportError(f'no {name} here')

def block():
    sys.meta_path.insert(0, Refuse())
    sys.path_hooks[:] = []
    sys.path_importer_cache.clear()
    sys.set_int_max_str_digits(640)
    return 1
"""
LATE_IMPORT = ("def other():\n    import colorsys  # first imported here\n"
               "    return [colorsys.rgb_to_hsv(1, 0, 0)[0], len(str(10 ** 1000))]\n")


def test_how_imports_find_modules_and_int_digits_are_put_back_after_a_call(bwrap):
    """A call inserting a refusing finder first on sys.meta_path, or emptying sys.path_hooks and the importer
    cache, made another module's right function fail its own `import colorsys` (ImportError, ModuleNotFoundError);
    sys.set_int_max_str_digits(640) made its str(10 ** 1000) raise ValueError. All are put back after each stage."""
    result = bwrap.run({"a_blocking": BLOCKING, "b_importing": LATE_IMPORT},
                       [Call("block", "a_blocking", "block"), Call("other", "b_importing", "other")])
    values = [result.outcomes[c].value for c in ("block", "other")]
    assert values == [1, [0.0, 1001]], result.outcomes


NICE = "import os\n\ndef lower():\n    os.nice(19)\n    return 1\n"
PRIORITY = "import os\n\ndef priority():\n    return os.getpriority(os.PRIO_PROCESS, 0)\n"


def test_a_call_cannot_lower_the_priority_of_the_calls_after_it(bwrap):
    """os.nice(19) in one call was the job's for good (no unprivileged process raises its priority again): another
    module's right function after it ran at 19, and a loaded machine starved it past the wall-time backstop. The
    system-call filter denies lowering it (setpriority, the scheduler's policy and parameters)."""
    result = bwrap.run({"a_nice": NICE, "b_priority": PRIORITY},
                       [Call("lower", "a_nice", "lower"), Call("priority", "b_priority", "priority")])
    lower, priority = result.outcomes["lower"], result.outcomes["priority"]
    assert lower.status == "error" and "PermissionError" in lower.error, lower
    assert priority.value == os.getpriority(os.PRIO_PROCESS, 0), priority  # the grader's, which the job inherits


REAPING = """\
import os, signal, time

def ended(signum, frame):
    raise RuntimeError('a child ended')

def spawn():
    signal.signal(signal.SIGCHLD, ended)
    if os.fork() == 0:
        time.sleep(100)
    return 1
"""


def test_a_calls_sigchld_handler_does_not_run_in_the_harness(bwrap):
    """A call that set a SIGCHLD handler and left a forked process running: the harness killing that process after
    the call (end_forks) ran the handler in its own frames, which raised, and the call was lost ("the grader's own
    code in it failed"). The handlers the stage set are put back before the kill."""
    if os.geteuid() != 0:
        pytest.skip("a job has a uid of its own only when the grader is root")
    outcome, _ = run_one(bwrap, REAPING, "spawn")
    assert outcome.status == "ok" and outcome.value == 1, outcome


FILLING = ("def checkpoints():\n    for epoch in range(6):  # 5.4 MB in a 4 MiB /tmp\n"
           "        open(f'w{epoch}.bin', 'wb').write(b'x' * 900_000)\n")
SAVING = ("import numpy as np\n\ndef save():\n    np.save('w.npy', np.ones(100_000))  # 0.8 MB\n"
          "    return float(np.load('w.npy').sum())\n")


def test_files_an_earlier_call_left_do_not_fill_the_disk_for_a_later_call(bwrap):
    """One call's checkpoints filled the job's 4 MiB /tmp: another module's right function saving its weights after
    it raised "No space left on device" (100000.0 run first). A call that finds the disk full while the job's files
    fill more than a quarter of it runs again in a fresh child, whose scratch dir is empty; the filler itself, run
    again, says what it raised."""
    result = bwrap.run({"a_filling": FILLING, "b_saving": SAVING},
                       [Call("fill", "a_filling", "checkpoints"), Call("save", "b_saving", "save")])
    fill, save = result.outcomes["fill"], result.outcomes["save"]
    assert fill.status == "error" and "No space left" in fill.error, fill
    assert save.value == 100_000.0, save


LOCKING = ("import io, os, sys\n\ndef lock():\n    os.chmod('.', 0o500)\n    sys.stdin = io.StringIO('42\\n')\n"
           "    return 1\n")
ASKING = SAVING + "\ndef ask():\n    try:\n        return input()\n    except EOFError:\n        return 'no input'\n"


def test_a_calls_scratch_dir_mode_and_stdin_do_not_reach_the_next_call(bwrap):
    """os.chmod('.', 0o500) in one call made another module's right function saving its weights raise
    PermissionError; a sys.stdin it replaced was what another's input() read. Both are put back after every stage."""
    result = bwrap.run({"a_locking": LOCKING, "b_asking": ASKING},
                       [Call("lock", "a_locking", "lock"), Call("save", "b_asking", "save"),
                        Call("ask", "b_asking", "ask")])
    values = [result.outcomes[c].value for c in ("lock", "save", "ask")]
    assert values == [1, 100_000.0, "no input"], result.outcomes
