"""A job's code that seeds nothing still draws the same numbers on every run: the same submission, the same grade."""

import hashlib
import os
import tempfile
from pathlib import Path

from mlptutor.grader.sandbox import levels
from tests.sandbox.conftest import open_sandbox, run_one

UNSEEDED = """\
import os, random, secrets, uuid
import numpy as np

def draws():
    return [np.random.default_rng().random(3).tolist(), np.random.Generator(np.random.PCG64()).random(),
            str(np.random.SeedSequence().entropy), np.random.RandomState().rand(), os.urandom(8).hex(),
            secrets.token_hex(8), random.SystemRandom().random(), random.Random().random(), str(uuid.uuid4())]

def reseeded():
    random.seed()
    return random.random()
"""


def test_unseeded_draws_are_the_same_on_every_run(sandbox):
    runs = [run_one(sandbox, UNSEEDED, "draws")[0] for _ in range(2)]
    assert [o.status for o in runs] == ["ok", "ok"], runs
    assert runs[0].value == runs[1].value
    first = runs[0].value
    assert len(set(first[0])) == 3 and first[4] != "00" * 8 and first[4] != first[5]  # a stream, not a constant
    reseeded = [run_one(sandbox, UNSEEDED, "reseeded")[0].value for _ in range(2)]
    assert reseeded[0] == reseeded[1]


OS_ENTROPY = """\
import ctypes, os

def f():
    libc = ctypes.CDLL(None, use_errno=True)
    buffer = ctypes.create_string_buffer(8)
    returned = libc.syscall(318 if os.uname().machine == "x86_64" else 278, buffer, 8, 0)  # getrandom
    with open("/dev/urandom", "rb") as a, open("/dev/random", "rb") as b, \\
            open("/proc/sys/kernel/random/uuid") as c, open("/proc/sys/kernel/random/boot_id") as d:
        return [returned, ctypes.get_errno(), buffer.raw.hex(), a.read(8).hex(), b.read(8).hex(), c.read(), d.read()]
"""


def test_the_oss_entropy_read_as_a_file_or_a_system_call_is_the_same_on_every_run():
    """A job reading the kernel's entropy itself (/dev/urandom, getrandom through ctypes, a fresh uuid from /proc) drew
    other bytes on every run, so a submission seeding its draws from them was graded differently on a regrade (red16):
    bubblewrap binds fixed bytes over the files, and getrandom fails with ENOSYS (libc then reads /dev/urandom)."""
    runs = []
    for _ in range(2):  # two sandboxes: two zygotes, nothing shared but the grader's process
        with open_sandbox("bwrap") as sb:
            runs.append(run_one(sb, OS_ENTROPY)[0])
    assert [o.status for o in runs] == ["ok", "ok"], runs
    assert runs[0].value == runs[1].value
    returned, errno, _, urandom, random, uuid, boot = runs[0].value
    assert (returned, errno) == (-1, 38)  # ENOSYS
    assert urandom == random != "00" * 8 and uuid == boot and len(uuid.strip()) == 36



def test_the_fixed_entropy_files_are_one_folder_that_no_killed_process_leaves(tmp_path, monkeypatch):
    """Each process wrote the fixed bytes into a folder of its own, removed at exit: every kill -9 (the suite's
    kill tests, a killed `grade`) left one, 251 in /tmp. Every process now binds one folder named for the bytes;
    a folder of that name not as made (here: other bytes) is not used, nor changed."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    levels.fixed_files.cache_clear()
    try:
        first = levels.fixed_files()
        levels.fixed_files.cache_clear()  # as a later process finds it
        assert levels.fixed_files() == first and len(os.listdir(tmp_path)) == 1
        planted = first["/dev/urandom"]
        os.chmod(planted, 0o644)
        Path(planted).write_bytes(b"0" * levels.URANDOM_BYTES)
        levels.fixed_files.cache_clear()
        private = levels.fixed_files()["/dev/urandom"]
        assert private != planted and Path(planted).read_bytes() == b"0" * levels.URANDOM_BYTES
        assert hashlib.shake_256(b"mlptutor /dev/urandom").digest(levels.URANDOM_BYTES) == Path(private).read_bytes()
    finally:
        levels.fixed_files.cache_clear()


CLOCKED = """\
import datetime, pickle, time, uuid
import numpy as np

def f():
    np.random.seed(int(time.time()))  # the common unseeded habit: a new seed every second
    start, laps = time.time(), 0
    while time.time() - start < 0.5:  # "train for half a second"
        laps += 1
    return [np.random.rand(), time.time_ns(), str(datetime.datetime.now()), str(datetime.date.today()),
            time.strftime("%S"), time.ctime(), str(uuid.uuid1()), laps, int(time.time()) % 2 == 0,
            repr(datetime.date.today()), isinstance(datetime.datetime.now(), datetime.date),
            isinstance(np.datetime64("2020-01-01T10:00").astype(object), datetime.datetime),
            [str(pickle.loads(pickle.dumps(moment))) for moment in (np.datetime64("2020-01-01T10:00").astype(object),
                                                                    datetime.datetime.min, datetime.date.max)]]
"""


def test_a_job_reading_the_clock_reads_the_same_times_on_every_run():
    """A submission seeding from the clock (np.random.seed(int(time.time()))), or right on even seconds only, got
    another grade on every run (red21): in a job, the clock of the day is a count of its readings from a fixed
    date, in time and datetime alike."""
    runs = []
    for _ in range(2):  # two sandboxes, started apart in time
        with open_sandbox("bwrap") as sb:
            runs.append([run_one(sb, CLOCKED)[0] for _ in range(2)])  # and two jobs of one zygote
    outcomes = [o for run in runs for o in run]
    assert [o.status for o in outcomes] == ["ok"] * 4, outcomes
    assert all(o.value == outcomes[0].value for o in outcomes)
    now = outcomes[0].value
    assert now[2].startswith("2026-01-01 00:00:00.") and now[3] == "2026-01-01" and now[7] == 499  # readings 2 to 500
    assert now[9:12] == ["datetime.date(2026, 1, 1)", True, True]  # the stand-in classes pass for datetime's own
    # and pickle takes datetime's own (pickle refused them: "not the same object as datetime.datetime", red22)
    assert now[12] == ["2020-01-01 10:00:00", "0001-01-01 00:00:00", "9999-12-31"]


PID = """\
import os, signal

def f():
    caught = []
    signal.signal(signal.SIGUSR1, lambda *_: caught.append(1))
    os.kill(os.getpid(), signal.SIGUSR1)  # still the job itself
    os.killpg(os.getpgrp(), signal.SIGUSR1)  # and its own group
    child = os.fork()
    if child == 0:
        os._exit(0 if os.getpid() != 3 else 1)  # a process the job forks has its own pid
    return [os.getpid(), caught, os.waitpid(child, 0)[1],
            [os.getppid(), os.getpgid(0), os.getpgid(os.getpid()), os.getsid(0), os.getpgrp()]]
"""


def test_a_jobs_pid_is_the_same_whichever_job_it_is(bwrap):
    """A job's pid counted the jobs its zygote forked before it, other students' in `grade`: a softmax right on
    even pids only scored 17.5 of 17.5 in `grade` and 4.5 in `check --student` (red21); its group and session ids
    (the job's own pid, setsid) still did (red22), and its parent's was the zygote's host pid at rlimits."""
    runs = [run_one(bwrap, PID)[0] for _ in range(3)]
    assert [o.value for o in runs] == [[3, [1, 1], 0, [2, 3, 3, 3, 3]]] * 3, runs


IDS = """\
import os

def f():
    return [os.getuid(), os.geteuid(), os.getgid(), os.getegid(), list(os.getresuid()), list(os.getresgid()),
            os.stat('.').st_uid, os.lstat('.').st_gid, os.stat('/proc/self').st_uid]
"""


def test_a_jobs_uid_is_the_same_whichever_sandbox_runs_it(bwrap):
    """A job's uid was its sandbox's lease, the first free one of the machine: `grade`'s two workers (or a `check`
    beside another sandbox) had 3100000 and 3100001, so a submission seeding from os.getuid() got another grade
    from each worker (red22); as the owner os.stat gives of the job's own files (red25)."""
    with open_sandbox("bwrap") as other:  # open beside `bwrap`: another lease
        runs = [run_one(sb, IDS)[0].value for sb in (bwrap, other)]
        assert other._resources.lease.uid != bwrap._resources.lease.uid or other._resources.lease.uid is None
    assert runs[0] == runs[1], runs
    if os.geteuid() == 0:
        assert runs[0] == [3_100_000] * 4 + [[3_100_000] * 3] * 2 + [3_100_000] * 3
