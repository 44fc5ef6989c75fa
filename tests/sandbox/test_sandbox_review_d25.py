"""Review D of the twenty-fifth round's sandbox changes: what the put-backs after every stage missed or overdid."""

import os

from mlptutor.grader.sandbox import Call
from tests.sandbox.test_sandbox_attacks_r25 import HOARDING, UNCHECKED

SETTING = """\
import os, signal, sys

def too_slow(signum, frame):
    raise TimeoutError('too slow')

os.environ.setdefault('MODE', 'train')
sys.set_int_max_str_digits(0)
signal.signal(signal.SIGALRM, too_slow)

def mine():
    return [os.environ.get('MODE'), sys.get_int_max_str_digits(), signal.getsignal(signal.SIGALRM) is too_slow]
"""
IMPORTING = """\
import os, signal, sys

import b_setting

def other():
    return [os.environ.get('MODE'), sys.get_int_max_str_digits(), signal.getsignal(signal.SIGALRM) == signal.SIG_IGN]
"""


def test_what_a_module_sets_at_import_is_its_calls_own(bwrap):
    """os.environ, sys.set_int_max_str_digits and signal handlers are put back after every stage (red25), import
    stages too: a module setting them at its top saw None, 4300 and SIG_IGN in its own calls. They are its calls'
    now, as its numpy settings, whichever module's import ran it (here a_importer's), and no other module's."""
    result = bwrap.run({"a_importer": IMPORTING, "b_setting": SETTING},
                       [Call("other", "a_importer", "other"), Call("mine", "b_setting", "mine"),
                        Call("again", "a_importer", "other")])
    values = [result.outcomes[c].value for c in ("other", "mine", "again")]
    job = [None, 4300, True]
    assert values == [job, ["train", 0, True], job], (result.outcomes, result.module_errors)


FILTERING = """\
import ctypes, os

libc = ctypes.CDLL(None, use_errno=True)
SECCOMP = {'x86_64': 317, 'aarch64': 277}[os.uname().machine]

def attempt(function, *args):
    ctypes.set_errno(0)
    return [function(*args), ctypes.get_errno()]

def prctls():
    name = ctypes.create_string_buffer(16)
    return [attempt(libc.prctl, 22, 2, None, 0, 0),  # PR_SET_SECCOMP, a filter for every later call
            attempt(libc.syscall, SECCOMP, 1, 0, None),  # seccomp(SECCOMP_SET_MODE_FILTER)
            attempt(libc.prctl, 1, 9, 0, 0, 0),  # PR_SET_PDEATHSIG
            attempt(libc.prctl, 29, 1, 0, 0, 0),  # PR_SET_TIMERSLACK
            attempt(libc.prctl, 41, 1, 0, 0, 0),  # PR_SET_THP_DISABLE
            attempt(libc.prctl, 16, name, 0, 0, 0),  # PR_GET_NAME
            attempt(libc.prctl, 15, b'job', 0, 0, 0)]  # PR_SET_NAME
"""


def test_a_call_cannot_stack_a_filter_or_change_the_process_for_later_calls(bwrap):
    """Only prctl(PR_SET_CHILD_SUBREAPER) was denied: prctl(PR_SET_SECCOMP) or the seccomp system call let one call
    stack a filter over every later call (one denying mkdir made another module's os.makedirs raise
    PermissionError), and PR_SET_PDEATHSIG, TIMERSLACK, THP_DISABLE persisted. Both are denied, prctl but for
    reading a setting and naming the thread."""
    result = bwrap.run({"m": FILTERING}, [Call("c", "m", "prctls")])
    denied = [-1, 1]
    assert result.outcomes["c"].value == [denied] * 5 + [[0, 0], [0, 0]], result.outcomes


SAYING = "def say():\n    print('said')\n    return 1\n"


def test_calls_a_crash_left_unreported_print_once_after_it_runs_again(bwrap):
    """A call crashing as C code does when an allocation fails runs again in a fresh child, and so do the earlier
    calls whose reports the crash lost: their output was there twice ('said' of the call before it). The output
    is cut where the first stage no report covers began."""
    result = bwrap.run({"a_hoarding": HOARDING, "b_saying": SAYING, "c_unchecked": UNCHECKED},
                       [Call("hoard", "a_hoarding", "hoard"), Call("say", "b_saying", "say"),
                        Call("allocate", "c_unchecked", "allocate")])
    assert [result.outcomes[c].value for c in ("hoard", "say", "allocate")] == [1, 1, 1], result.outcomes
    assert result.output.count("said") == 1, result.output


COPYING = """\
import os, shutil

def copy():
    with open('a.txt', 'w') as f:
        f.write('x')
    shutil.copystat('a.txt', 'b.txt' if os.path.exists('b.txt') else open('b.txt', 'w').name, follow_symlinks=False)
    return [name for name in ('supports_follow_symlinks', 'supports_fd', 'supports_dir_fd')
            for function in (os.stat, os.lstat, os.fstat) if function in getattr(os, name)]
"""


def test_the_faked_stat_functions_keep_what_os_says_they_support(bwrap):
    """os.stat, lstat and fstat, which report the job's uid as JOB_UID (red25), dropped out of
    os.supports_follow_symlinks, supports_fd and supports_dir_fd: shutil.copystat(..., follow_symlinks=False)
    raised AttributeError in a job."""
    import posix
    result = bwrap.run({"m": COPYING}, [Call("c", "m", "copy")])
    host = [name for name in ("supports_follow_symlinks", "supports_fd", "supports_dir_fd")
            for function in (posix.stat, posix.lstat, posix.fstat) if function in getattr(os, name)]
    assert result.outcomes["c"].value == host, result.outcomes


BYPASSING = """\
import _signal, os, signal, time

def late(signum, frame):
    raise TimeoutError('late')

def meddle():
    _signal.signal(signal.SIGALRM, late)
    signal.setitimer(signal.ITIMER_REAL, 0.01)
    os.putenv('TZ', 'JST-9')
    time.tzset()
    return time.localtime(0).tm_hour
"""
COUNTING = """\
import time

def count():
    total = 0
    for i in range(1_000_000):  # past the timer the call before it left
        total += 1
    return [total, time.localtime(0).tm_hour]
"""


def test_handlers_set_through_signal_and_the_environment_through_putenv_are_put_back(bwrap):
    """`_signal.signal` (the C module signal.signal wraps) set a handler no put-back saw, and os.putenv with
    time.tzset changed the C library's environment alone (the put-back compared os.environ): another module's
    right function after it raised TimeoutError, and read the time in the other zone."""
    result = bwrap.run({"a_bypassing": BYPASSING, "b_counting": COUNTING},
                       [Call("before", "b_counting", "count"), Call("meddle", "a_bypassing", "meddle"),
                        Call("after", "b_counting", "count")])
    before, meddle, after = (result.outcomes[c] for c in ("before", "meddle", "after"))
    assert meddle.value == 9, meddle
    assert after.value == before.value, (before, after)


CLOSING = "import sys\n\ndef close():\n    sys.stdin.close()\n    sys.stdout.reconfigure(line_buffering=False)\n" \
          "    return 1\n"
ASKING = """\
import os

def ask():
    print('printed')
    os.write(1, b'written\\n')
    try:
        return input()
    except EOFError:
        return 'no input'
"""


def test_a_closed_stdin_and_an_unbuffered_stdout_are_not_the_next_calls(bwrap):
    """A sys.stdin one call closed was put back closed (another module's input() raised ValueError, not
    EOFError), and sys.stdout reconfigured with line_buffering=False was kept: another's printed line came out
    after what it wrote to fd 1 next."""
    result = bwrap.run({"a_closing": CLOSING, "b_asking": ASKING},
                       [Call("close", "a_closing", "close"), Call("ask", "b_asking", "ask")])
    assert [result.outcomes[c].value for c in ("close", "ask")] == [1, "no input"], result.outcomes
    assert result.output == "printed\nwritten\n", result.output


def test_the_numpy_promised_keeps_its_settings_where_the_child_puts_them_back():
    """The child puts numpy's error handling whole and print options back through numpy 2's context variables
    (child.ModuleSettings); numpy 1.x keeps them elsewhere (_format_options, geterrobj), where np.seterrcall and
    np.set_printoptions of one module reached another's calls. The grader and the student's checker (which runs
    the same sandbox: grader/release/vendor.py) require numpy 2 (its NEP 50 promotion also changes values the
    checks compare), and this numpy has both variables."""
    import importlib
    import tomllib

    import numpy

    from mlptutor.grader.release import bundle
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(root, "pyproject.toml"), "rb") as f:
        grader = tomllib.load(f)["project"]["dependencies"]
    student = tomllib.loads(bundle.PYPROJECT.format(version="0"))["project"]["dependencies"]
    assert "numpy>=2" in grader and "numpy>=2" in student, (grader, student)
    assert numpy._core._multiarray_umath._extobj_contextvar is not None
    assert importlib.import_module("numpy._core.printoptions").format_options is not None
