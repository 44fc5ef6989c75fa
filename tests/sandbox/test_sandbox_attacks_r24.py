"""Attacks of the twenty-fourth round on the sandbox: what a job leaves running between its calls."""

import os

import pytest

from mlptutor.grader.sandbox import Call
from tests.sandbox.conftest import run_one

# what both meddlers set: 0 when read() runs alone, as its code says
READING = """
def read():
    STATE[0] = 0
    for _ in range(300):  # until a meddler set it (before) or 0.3 s
        if STATE[0]:
            break
        time.sleep(0.001)
    return STATE[0]
"""
THREADING = """\
import threading, time

STATE = [0]

def start():
    def meddle():  # left running after start() returns: sets what a later call reads
        while True:
            STATE[0] = 1
            time.sleep(0.001)
    threading.Thread(target=meddle, daemon=True).start()
    return 1
""" + READING


def test_a_thread_cannot_outlive_its_call_and_change_a_later_one(bwrap):
    """A thread a call started ran on after it returned, between and during later calls: what a later call read
    or returned (a global, a shared array, numpy's state) and so its verdict followed the scheduler (read() gave 1,
    its own code says 0). Jobs start no threads (seccomp: clone with CLONE_THREAD gets EPERM): the call that starts
    one gets an error saying so, the later calls run alone."""
    result = bwrap.run({"m": THREADING}, [Call("start", "m", "start"), Call("read", "m", "read")])
    start, read = result.outcomes["start"], result.outcomes["read"]
    assert start.status == "error" and "one thread" in start.error, start
    assert read.value == 0, read


FORKING = """\
import mmap, os, time

STATE = mmap.mmap(-1, 1)  # shared with the processes forked below

def start():
    if os.fork() == 0:  # left running after start() returns: sets what a later call reads
        while True:
            STATE[0] = 1
            time.sleep(0.001)
    return 1
""" + READING


def test_a_forked_process_cannot_outlive_its_call_and_change_a_later_one(bwrap):
    """A process a call forked ran on after it returned, and wrote into memory it shared with the job's child
    (an anonymous shared mmap): what a later call read followed the scheduler (read() gave 1, its code says 0).
    With a uid of its own the child kills the job's other processes after every stage (kill(-1))."""
    if os.geteuid() != 0:
        pytest.skip("a job has a uid of its own only when the grader is root")
    result = bwrap.run({"m": FORKING}, [Call("start", "m", "start"), Call("read", "m", "read")])
    assert [result.outcomes[c].value for c in ("start", "read")] == [1, 0], result.outcomes


ORPHANING = """\
import ctypes, mmap, os, time

STATE = mmap.mmap(-1, 1)  # shared with the process forked below

def start():
    ctypes.CDLL(None).prctl(36, 0, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER off: orphans would go to the zygote (EPERM)
    if os.fork() == 0:
        if os.fork() == 0:  # left running, its parent gone: an orphan, no child of the job's child's by birth
            while True:
                STATE[0] = 1
                time.sleep(0.001)
        os._exit(0)
    os.wait()
    return 1
""" + READING


def test_an_orphan_a_call_left_cannot_outlive_it(bwrap):
    """A process forked by a process the call forked and reaped (an orphan) is killed after the call too: a stage
    that leaves the job's child no child process skips kill(-1) (end_forks), so the child adopts the job's orphans
    (a subreaper) and the filter keeps any process from being made out of its sight (clone with CLONE_PARENT, and
    prctl taking the child's adoption off, which this call tries first)."""
    if os.geteuid() != 0:
        pytest.skip("a job has a uid of its own only when the grader is root")
    result = bwrap.run({"m": ORPHANING}, [Call("start", "m", "start"), Call("read", "m", "read")])
    assert [result.outcomes[c].value for c in ("start", "read")] == [1, 0], result.outcomes


SPAWNING = """\
import os, time

def spawn():
    for _ in range(20):
        if os.fork() == 0:
            time.sleep(100)
    return 1

def children():  # its own, dead or alive
    with open('/proc/thread-self/children') as f:
        return len(f.read().split())
"""


def test_the_processes_a_call_forked_are_reaped_after_it(bwrap):
    """Killed after the call, the 20 processes it forked were reaped without waiting (WNOHANG right after the
    SIGKILL): most stayed the child's zombies, pids and process slots taken (RLIMIT_NPROC) for the later calls."""
    if os.geteuid() != 0:
        pytest.skip("a job has a uid of its own only when the grader is root")
    result = bwrap.run({"m": SPAWNING}, [Call("spawn", "m", "spawn"), Call("children", "m", "children")])
    assert [result.outcomes[c].value for c in ("spawn", "children")] == [1, 0], result.outcomes


INTERNALS = """\
import numpy as np
import numpy._core._methods, numpy._core.fromnumeric

def patch():  # numpy's own helpers, which np.mean, ndarray.mean, np.sum and np.max look up when called
    np._core._methods._mean = lambda *a, **k: -1.0
    np._core.fromnumeric._wrapreduction = lambda *a, **k: -2.0
    return 1
"""
SUMMING = "import numpy as np\n\ndef other():\n    x = np.ones(3)\n    return [float(np.mean(x)), float(x.mean()), float(np.sum(x))]\n"


def test_numpys_inner_modules_patched_by_a_call_are_put_back_after_it(bwrap):
    """A call replacing a helper in one of numpy's inner modules (numpy._core._methods._mean,
    numpy._core.fromnumeric._wrapreduction) changed np.mean, ndarray.mean and np.sum for every later call of the
    job: red23's put-back covered numpy, numpy.random and numpy.linalg only, so another module's right function
    answered [-1, -1, -2] after it. Every numpy module loaded when the job begins is put back now."""
    result = bwrap.run({"a_patching": INTERNALS, "b_summing": SUMMING},
                       [Call("patch", "a_patching", "patch"), Call("other", "b_summing", "other")])
    assert [result.outcomes[c].value for c in ("patch", "other")] == [1, [1.0, 1.0, 3.0]], result.outcomes


MOVING = "import os\n\ndef move():\n    os.chdir('/')\n    return 1\n\ndef mask():\n    os.umask(0o777)\n    return 1\n"
SAVING = ("import numpy as np\n\ndef save():\n    np.save('w.npy', np.ones(2))  # keeping its weights in a file\n"
          "    return float(np.load('w.npy').sum())\n")


def test_a_calls_working_dir_and_umask_do_not_reach_the_next_call(bwrap):
    """os.chdir('/') or os.umask(0o777) in one call made another module's right function that saves and loads a
    file raise PermissionError (graded alone: 2.0): the job's working dir and umask are put back after every
    stage."""
    for first in ("move", "mask"):
        result = bwrap.run({"a_moving": MOVING, "b_saving": SAVING},
                           [Call("first", "a_moving", first), Call("save", "b_saving", "save")])
        assert [result.outcomes[c].value for c in ("first", "save")] == [1, 2.0], (first, result.outcomes)


IDS = """\
import os, threading

def ids():
    child = os.fork()
    if child == 0:
        os._exit(0)
    os.waitpid(child, 0)
    return threading.get_native_id(), os.readlink('/proc/self'), open('/proc/self/stat').read().split()[0], child
"""


def test_the_ids_proc_shows_are_the_same_in_every_job_of_a_zygote(bwrap):
    """/proc/self, /proc/self/stat, threading.get_native_id() and the pid os.fork returns followed the job's place in
    its zygote's life ((3, '3', '3', 4), then 5, 7: the pid namespace counts on), so a submission seeding from them
    got another grade on a regrade or with another --workers. The zygote (holding CAP_CHECKPOINT_RESTORE for it)
    sets its pid namespace's ns_last_pid to 2 before each fork: every job's child is pid 3."""
    if os.geteuid() != 0:
        pytest.skip("the zygote holds the capability only when the grader is root")
    seen = {bwrap.run({"m": IDS}, [Call("c", "m", "ids")]).outcomes["c"].value for _ in range(3)}
    assert seen == {(3, "3", "3", 4)}, seen


LOWERING = ("import resource\n\ndef lower():\n    read = resource.getrlimit(resource.RLIMIT_FSIZE)[0] > 0\n    try:\n"
            "        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))\n    except (OSError, ValueError) as exc:\n"
            "        return read, type(exc).__name__\n    return read, 'lowered'\n")


def test_a_call_cannot_lower_the_jobs_limits_for_the_calls_after_it(bwrap):
    """resource.setrlimit(RLIMIT_FSIZE, (0, 0)) in one call (or RLIMIT_AS, NOFILE, CPU, NPROC: a limit only goes
    down, for the rest of the job) made another module's right function that saves its weights fail with EFBIG
    (2.0 graded alone). Jobs cannot set limits (seccomp: setrlimit, and prlimit64 with a new limit, get EPERM);
    reading them works."""
    result = bwrap.run({"a_lowering": LOWERING, "b_saving": SAVING},
                       [Call("lower", "a_lowering", "lower"), Call("save", "b_saving", "save")])
    assert [result.outcomes[c].value for c in ("lower", "save")] == [(True, "ValueError"), 2.0], result.outcomes


SILENCING = "import warnings\n\ndef silence():\n    warnings.showwarning = lambda *args, **kwargs: None\n    return 1\n"
OVERFLOWING = "import numpy as np\n\ndef overflow():\n    return float(np.exp(np.float64(1000.0)))\n"


def test_a_call_replacing_showwarning_does_not_hide_another_modules_warnings(bwrap):
    """warnings.showwarning replaced in one call hid every later call's RuntimeWarnings from the harness, another
    module's too: its overflow in exp went unrecorded and the edge and hygiene checks that judge warnings passed
    it. The warnings module's names are put back after a call, kept per module as numpy's (ModuleSettings)."""
    result = bwrap.run({"a_silencing": SILENCING, "b_overflowing": OVERFLOWING},
                       [Call("silence", "a_silencing", "silence"), Call("overflow", "b_overflowing", "overflow")])
    assert result.outcomes["silence"].value == 1, result.outcomes
    assert any("overflow" in w for w in result.outcomes["overflow"].warnings), result.outcomes


UNPLUGGING = """\
import os

def unblock():
    os.set_blocking(1, False)
    return 1

def close():
    os.close(1)
    os.close(2)
    return 1

def replace():
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    return 1
"""
TALKING = "def talk():\n    print('talked')\n    print('x' * 300_000)\n    return 2\n"


@pytest.mark.parametrize("first", ["unblock", "close", "replace"])
def test_a_call_unplugging_the_output_leaves_the_later_calls_their_print(bwrap, first):
    """fd 1 made non-blocking by one call made another module's right function that printed 300 KB raise
    BlockingIOError (the pipe full), closed made it raise OSError, replaced by /dev/null lost its output: the
    job's output pipe is put back on fds 1 and 2, blocking, after every stage (from a copy the filter keeps)."""
    result = bwrap.run({"a_unplugging": UNPLUGGING, "b_talking": TALKING},
                       [Call("first", "a_unplugging", first), Call("talk", "b_talking", "talk")])
    assert [result.outcomes[c].value for c in ("first", "talk")] == [1, 2], result.outcomes
    assert "talked" in result.output, result.output[-200:]


COLLECTING = """\
import gc, time

def slow_down():
    gc.callbacks.append(lambda phase, info: time.sleep(0.2))  # at every collection, of any later call
    return 1
"""
BUILDING = "def build():\n    return len([[i] for i in range(100_000)])\n"


def test_a_calls_collector_settings_do_not_reach_the_next_call(bwrap):
    """A gc callback sleeping 0.2 s left by one call made another module's right function that builds 100,000 small
    lists time out (0.02 s graded alone; as thresholds of 1 or gc.disable() slow it down or grow its memory). The collector's callbacks, thresholds and
    enabling are put back after every stage."""
    result = bwrap.run({"a_collecting": COLLECTING, "b_building": BUILDING},
                       [Call("slow", "a_collecting", "slow_down"), Call("build", "b_building", "build")])
    assert [result.outcomes[c].value for c in ("slow", "build")] == [1, 100_000], result.outcomes


HOARDING = "import numpy as np\n\nKEPT = []\n\ndef hoard():\n    KEPT.append(np.empty(1_500_000_000 // 8))\n    return 1\n"
ALLOCATING = ("import numpy as np\n\ndef allocate():\n    x = np.empty(700_000_000 // 8)  # 0.7 GB of a 2 GiB job\n"
              "    x[:10] = 1\n    return float(x[:10].sum())\n")


def test_memory_an_earlier_call_holds_does_not_fail_a_later_call_of_another_module(bwrap):
    """One call kept 1.5 GB in a global: another module's right function allocating 0.7 GB after it raised
    MemoryError (10.0 when it ran first), so its verdict hung on the order of the calls. A call that runs out of
    memory while earlier calls of its child hold more than a quarter of the limit runs again in a fresh child (as
    the hoarder's third call: each call is judged on the memory it takes itself)."""
    result = bwrap.run({"a_hoarding": HOARDING, "b_allocating": ALLOCATING},
                       [Call("hoard", "a_hoarding", "hoard"), Call("allocate", "b_allocating", "allocate"),
                        Call("again", "a_hoarding", "hoard"), Call("twice", "a_hoarding", "hoard")])
    assert [result.outcomes[c].value for c in ("hoard", "allocate", "again", "twice")] == [1, 10.0, 1, 1], \
        result.outcomes


def test_memory_a_modules_import_holds_does_not_fail_another_modules_calls(bwrap):
    """A module whose import kept 1.5 GB: another module's right function allocating 0.7 GB raised MemoryError as
    the job's first call, not run again, and returned 10.0 as its second, run again in a fresh child (which did not
    import the hoarder), so the verdict hung on the order of the calls. What the imports hold counts as held: each
    call runs again in a fresh child, as the 10.0 it returns graded alone."""
    hoarding = "import numpy as np\n\nKEPT = np.empty(1_500_000_000 // 8)\n\ndef f():\n    return 1\n"
    result = bwrap.run({"a_hoarding": hoarding, "b_allocating": ALLOCATING},
                       [Call("first", "b_allocating", "allocate"), Call("second", "b_allocating", "allocate"),
                        Call("f", "a_hoarding", "f")])
    assert [result.outcomes[c].value for c in ("first", "second", "f")] == [10.0, 10.0, 1], result.outcomes


def test_a_call_exiting_with_the_restart_status_itself_is_run_again_once(bwrap):
    """os._exit(72) of the student's own is the status the child exits with to have a call run again: each call is
    run again at most once, then blamed as any exit."""
    outcome, result = run_one(bwrap, "import os\ndef f():\n    print('ran', flush=True)\n    os._exit(72)\n")
    assert outcome.status == "crashed" and "exited with code 72" in outcome.error, outcome
    assert result.output.count("ran") == 1, result.output  # run again, once: the first run's output cut (red25)


POISONING = """\
import math, sys, types

fake = types.ModuleType("numpy")
fake.exp = lambda x: 0.0
sys.modules["numpy"] = fake  # at import: the modules imported after it got this numpy
math.exp = lambda x: 0.0

def f():
    return 1
"""
IMPORTING = "import math\nimport numpy as np\n\ndef g():\n    return [float(np.exp(0.0)), math.exp(0.0)]\n"


def test_a_modules_import_poisoning_sys_modules_or_math_does_not_reach_the_modules_after_it(bwrap):
    """A module whose import put a fake numpy in sys.modules and replaced math.exp gave both to the modules
    imported after it (in name order): their right functions answered [0.0, 0.0] ([1.0, 1.0] alone). The modules
    loaded when the job begins are put back in sys.modules after every stage, and math's (and the numerical
    stdlib's) names are each module's, as numpy's."""
    result = bwrap.run({"a_poisoning": POISONING, "b_importing": IMPORTING},
                       [Call("f", "a_poisoning", "f"), Call("g", "b_importing", "g")])
    assert [result.outcomes[c].value for c in ("f", "g")] == [1, [1.0, 1.0]], result.outcomes


SIDESTEPPING = """\
import gc, os, time

def chdir():  # the harness's put-back called os.chdir, which now does nothing
    move = os.chdir
    os.chdir = lambda path: None
    move('/')
    return 1

def umask():
    mask = os.umask
    os.umask = lambda mask: 0o022
    mask(0o777)
    return 1

def callbacks():  # the collector keeps calling the list it holds, whatever gc.callbacks names now
    gc.callbacks.append(lambda phase, info: time.sleep(0.2))
    gc.callbacks = []
    return 1

def debug():  # every collection's statistics in the output, every collected object kept in gc.garbage
    gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_SAVEALL)
    return 1
"""
BUILDING_AND_SAVING = BUILDING + SAVING.replace("import numpy as np\n", "import numpy as np\n\nimport gc\n") + """
def collected():
    a = []
    a.append(a)
    del a
    gc.collect()
    return len(gc.garbage)
"""


@pytest.mark.parametrize("first", ["chdir", "umask", "callbacks", "debug"])
def test_the_put_backs_after_a_call_do_not_use_what_the_call_replaced(bwrap, first):
    """The put-backs after every stage called os.chdir, os.umask and gc.callbacks through the modules' names,
    which a call can replace: os.chdir replaced after moving to '/' (or os.umask after setting 0o777) made another
    module's right function that saves and loads a file raise PermissionError, gc.callbacks = [] after adding a
    0.2 s sleeper made another's 100,000-list build time out; gc.set_debug(DEBUG_SAVEALL) kept every collected
    object (gc.garbage grew, memory unbounded) and wrote gc's statistics into the output. The harness calls the
    functions and the very list it kept when it was loaded, and puts the collector's debug flags back."""
    calls = [Call("first", "a_sidestepping", first)] + [Call(n, "b_working", n) for n in ("save", "build", "collected")]
    result = bwrap.run({"a_sidestepping": SIDESTEPPING, "b_working": BUILDING_AND_SAVING}, calls)
    assert [result.outcomes[c.id].value for c in calls] == [1, 2.0, 100_000, 0], result.outcomes
    assert "gc:" not in result.output, result.output[-300:]


SYS_SIDESTEPPING = """\
import sys

def recursion():
    limit = sys.setrecursionlimit
    sys.setrecursionlimit = lambda limit: None
    limit(60)
    return 1

def trace():  # a tracer raising at every call of another module's function
    def tracer(frame, event, arg):
        if event == 'call' and 'b_deep' in frame.f_code.co_filename:
            raise ValueError('traced')
        return None
    settrace = sys.settrace
    sys.settrace = lambda tracer: None
    settrace(tracer)
    return 1
"""
DEEP = "def deep(n=150):\n    return 0 if n == 0 else 1 + deep(n - 1)\n"


@pytest.mark.parametrize("first", ["recursion", "trace"])
def test_the_put_backs_use_sys_as_the_job_began(bwrap, first):
    """As os and gc: sys.setrecursionlimit replaced after setting 60 left the limit there (another module's right
    recursion 150 deep raised RecursionError), sys.settrace replaced after setting a tracer left it tracing."""
    result = bwrap.run({"a_sidestepping": SYS_SIDESTEPPING, "b_deep": DEEP},
                       [Call("first", "a_sidestepping", first), Call("deep", "b_deep", "deep")])
    assert [result.outcomes[c].value for c in ("first", "deep")] == [1, 150], result.outcomes


PATCHING = ("import os, sys\n\ndef patch():\n    sys.setrecursionlimit = lambda n: None\n"
            "    os.chdir = lambda path: None\n    return 1\n")
DEEPER = ("import os, sys\n\ndef down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\n\n"
          "def deeper():\n    sys.setrecursionlimit(10000)\n    return [down(3000), os.chdir.__name__]\n")


def test_the_names_a_call_replaces_in_sys_os_and_gc_are_put_back_after_it(bwrap):
    """sys.setrecursionlimit and os.chdir replaced by one call stayed replaced: another module's right deeper()
    (sys.setrecursionlimit(10000), then 3000 deep) raised RecursionError, 3000 when it ran first."""
    result = bwrap.run({"a_patching": PATCHING, "b_deeper": DEEPER},
                       [Call("patch", "a_patching", "patch"), Call("deeper", "b_deeper", "deeper")])
    assert [result.outcomes[c].value for c in ("patch", "deeper")] == [1, [3000, "chdir"]], result.outcomes


WANDERING = ("import os\n\nos.makedirs('w')\nos.chdir('w')  # its files in a folder of their own\n"
             "with open('x.txt', 'w') as f:\n    f.write('kept')\n\ndef read():\n    with open('x.txt') as f:\n"
             "        return f.read()\n")


def test_a_module_moving_within_its_scratch_dir_stays_there(bwrap):
    """A module doing os.makedirs('w'); os.chdir('w') at import, its calls reading x.txt there, raised
    FileNotFoundError once the working dir was put back after every stage: only a working dir outside the job's
    scratch dir is put back."""
    outcome, result = run_one(bwrap, WANDERING, "read")
    assert outcome.value == "kept", (outcome, result.module_errors)


DESCENDING = "import os\n\ndef descend():\n    os.makedirs('sub')\n    os.chdir('sub')\n    return 1\n"
CACHING = ("with open('cache.txt', 'w') as f:\n    f.write('kept')\n\ndef read():\n    with open('cache.txt') as f:\n"
           "        return f.read()\n")


def test_a_calls_move_within_the_scratch_dir_does_not_reach_another_modules_call(bwrap):
    """A call doing os.makedirs('sub'); os.chdir('sub') left the process there: another module's right read() of
    the file its import wrote raised FileNotFoundError ('kept' when called first). Each module's calls run in the
    dir its import left."""
    result = bwrap.run({"a_descending": DESCENDING, "b_caching": CACHING},
                       [Call("descend", "a_descending", "descend"), Call("read", "b_caching", "read")])
    assert [result.outcomes[c].value for c in ("descend", "read")] == [1, "kept"], result.outcomes


STALLING = "import sys, time\n\ndef stall():\n    sys.stdout.flush = lambda: time.sleep(30)\n    return 1\n"


def test_a_stream_that_hangs_when_flushed_does_not_lose_the_outcomes(bwrap):
    """sys.stdout.flush replaced by a 30 s sleep hung the job's last stage, where the harness flushes the streams,
    before its batched outcomes went out: every call of the job, another module's right function too, "crashed ...
    timed out before this call". The outcomes go out before the streams are flushed."""
    result = bwrap.run({"a_stalling": STALLING, "b_good": "def good():\n    return 2\n"},
                       [Call("stall", "a_stalling", "stall"), Call("good", "b_good", "good")])
    assert [result.outcomes[c].value for c in ("stall", "good")] == [1, 2], result.outcomes


MASKING = "import numpy as np\n\ndef mask():\n    np.ma.log = lambda x: -1\n    return 1\n"
MASKED = "import numpy as np\n\ndef masked():\n    return float(np.ma.log(np.ma.array([1.0])).sum())\n"


def test_numpys_submodules_loaded_on_first_use_are_put_back_too(bwrap):
    """np.ma (as np.polynomial, np.fft...) loads on first use: a call replacing np.ma.log in the first job that
    loaded it was not put back (only numpy's modules loaded when the job began were), and another module's right
    np.ma.log(...).sum() raised AttributeError. numpy's public submodules are loaded in the zygote."""
    result = bwrap.run({"a_masking": MASKING, "b_masked": MASKED},
                       [Call("mask", "a_masking", "mask"), Call("masked", "b_masked", "masked")])
    assert [result.outcomes[c].value for c in ("mask", "masked")] == [1, 0.0], result.outcomes


STACKING = ("import resource\n\nresource.setrlimit(resource.RLIMIT_STACK, resource.getrlimit(resource.RLIMIT_STACK))"
            "\n\ndef f():\n    return 1\n")


def test_setting_a_limit_says_why_it_is_refused(bwrap):
    """resource.setrlimit is refused (a call lowering RLIMIT_FSIZE broke later calls), and Python's message for the
    EPERM, "not allowed to raise maximum limit", misled a module setting its stack limit to what it was: the error
    says graded code cannot set resource limits."""
    outcome, result = run_one(bwrap, STACKING)
    assert outcome.status == "module_error" and "cannot set resource limits" in outcome.error, outcome
