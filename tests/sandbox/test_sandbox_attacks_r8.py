"""Attacks of the eighth round on the sandbox: what a job leaves in the private /tmp, what it costs the host
there, and results the honest encoder makes that the decoder must take."""

import os
import socket

import numpy as np

from mlptutor.grader.sandbox import Call, Foreign, wire
from mlptutor.grader.sandbox.wire import Arrays, decode, encode
from tests.sandbox.conftest import assert_healthy, open_sandbox, run_one

# a dir the job's uid cannot enter any more, holding most of the 4 MiB /tmp: rmtree leaves it behind
LOCK_UP = ("import os\n"
           "def f():\n"
           "    os.makedirs('d/e')\n"
           "    for i in range(3):\n"
           "        with open(f'd/e/kept{i}', 'wb') as out:\n"
           "            out.write(b'x' * 900_000)\n"
           "    os.chmod('d/e', 0)\n"
           "    os.chmod('d', 0o500)\n"
           "    os.chmod('.', 0o500)\n"
           "    return os.getcwd()\n")
LOOK = ("import os\n"
        "def f():\n"
        "    found = os.statvfs(os.getcwd())\n"
        "    return os.getcwd(), sorted(os.listdir(os.path.dirname(os.getcwd()))), found.f_bfree * found.f_bsize\n")


def test_a_job_cannot_lock_files_into_tmp_for_the_next_jobs(bwrap):
    first, _ = run_one(bwrap, LOCK_UP)
    assert first.status == "ok", first
    after, _ = run_one(bwrap, LOOK)
    scratch, beside, free = after.value
    assert scratch == first.value and beside == ["job"]  # the same path, so the same messages, run to run
    assert free > 3_500_000  # what the job wrote is gone
    assert_healthy(bwrap)


def test_a_job_cannot_lock_files_into_the_scratch_dir_at_rlimits():
    with open_sandbox("rlimits") as sb:
        first, _ = run_one(sb, LOCK_UP)
        after, _ = run_one(sb, "import os\ndef f():\n    return os.getcwd()\n")
        assert after.value == first.value  # not a job-XXXX dir beside one that could not be removed


NEST_DEEP = ("import os\n"
             "def f():\n"
             "    for _ in range(1500):\n"
             "        os.mkdir('a')\n"
             "        os.chdir('a')\n"
             "    os.chmod('..', 0)\n"
             "    return 1\n")


def test_dirs_nested_thousands_deep_are_removed_too(sandbox):
    """rmtree and os.walk ran out of recursion on them: the harness's traceback went into the student's output,
    the dirs stayed for every later job, and at rlimits the grader's own Sandbox.close() raised RecursionError."""
    first, result = run_one(sandbox, NEST_DEEP)
    assert first.value == 1 and "Traceback" not in result.output, result.output
    after, _ = run_one(sandbox, "import os\ndef f():\n    return os.getcwd(), os.listdir('.')\n")
    assert after.value[1] == [] and os.path.basename(after.value[0]) == "job"
    assert_healthy(sandbox)


MANY_FILES = ("import os\n"
              "def f(k, n):\n"
              "    os.mkdir(f'd{k}')\n"
              "    for i in range(n):\n"
              "        os.close(os.open(f'd{k}/{i}', os.O_CREAT | os.O_WRONLY))\n"
              "    return len(os.listdir(f'd{k}'))\n")


def test_empty_files_are_bounded_in_number_not_only_in_bytes(bwrap):
    """An empty file takes no room of the tmpfs's size but about 1 KB of host kernel memory: a job making
    them for its 30 s held a million (a GB) before tmp_files bounded them."""
    calls = [Call("few", "m", "f", (0, 3000)), Call("many", "m", "f", (1, 1_000_000)), Call("after", "m", "f", (2, 10))]
    result = bwrap.run({"m": MANY_FILES}, calls)
    few, many, after = (result.outcomes[c.id] for c in calls)
    assert few.value == 3000
    assert many.status == "crashed" and "SIGKILL" in many.error, many  # long before its 0.5 s of CPU time
    assert after.value == 10  # in a new child, the files of the old one gone
    count, _ = run_one(bwrap, "import os\ndef f():\n    found = os.statvfs('.')\n    return found.f_files - found.f_ffree\n")
    assert count.value < 10
    assert_healthy(bwrap)


def _nested(depth: int, leaf):
    for _ in range(depth):
        leaf = [leaf]
    return leaf


def test_what_encode_makes_of_a_value_nested_too_deeply_decodes():
    """encode() puts a Foreign at MAX_DEPTH for what lies deeper; decode() took nothing there (the honest
    child's report was rejected as malformed and the call "crashed")."""
    arrays = Arrays()
    back = decode(encode(_nested(wire.MAX_DEPTH, np.ones(2)), arrays, strict=False), arrays.items)
    assert back == _nested(wire.MAX_DEPTH, Foreign("ndarray"))


def test_a_list_holding_itself_comes_back_with_a_foreign_inside_not_as_a_crash(sandbox):
    source = "def f():\n    a = [1.0]\n    a.append(a)\n    return a\n"
    outcome, _ = run_one(sandbox, source)
    assert outcome.status == "ok", outcome
    inner = outcome.value
    for _ in range(wire.MAX_DEPTH - 1):
        assert inner[0] == 1.0
        inner = inner[1]
    assert inner == [1.0, Foreign("list")]


LONE_SURROGATES = ("def f():\n"
                   "    raise ValueError('bad \\udcff\\ud800 value')\n"
                   "def g():\n"
                   "    return ['a\\udcffb', '\\U0001f600', '\\\\ud800 is text', {'k\\ud800': 1}]\n")


def test_lone_surrogates_from_student_code_cross_as_visible_text(sandbox):
    """A str with a lone surrogate can be neither written to a file nor stored in SQLite: one such exception
    message stopped `mlptutor grade` for the whole class with a traceback."""
    result = sandbox.run({"m": LONE_SURROGATES}, [Call("f", "m", "f", ()), Call("g", "m", "g", ())])
    raised, returned = result.outcomes["f"], result.outcomes["g"]
    assert raised.status == "error" and "bad \\udcff\\ud800 value" in raised.error, raised
    assert returned.value == ["a\\udcffb", "\U0001f600", "\\ud800 is text", {"k\\ud800": 1}]
    for text in (raised.error, *returned.value[:3]):
        text.encode("utf-8")


SOCKET_BUFFERS = ("import socket\n"
                  "def f():\n"
                  "    a, b = socket.socketpair()\n"
                  "    a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 30)\n"
                  "    a.setblocking(False)\n"
                  "    sent = 0\n"
                  "    while True:\n"
                  "        try:\n"
                  "            sent += a.send(b'x' * 65536)\n"
                  "        except BlockingIOError:\n"
                  "            return sent\n"
                  "def g(port):\n"
                  "    with socket.socket() as s:\n"
                  "        s.connect(('127.0.0.1', port))\n"
                  "        return 'connected'\n")


def test_a_job_makes_no_socket_so_holds_no_socket_buffers_and_reaches_no_network(sandbox):
    """A socketpair held 8 MB of kernel memory no rlimit counts (28 in a process: 230 MB; 32 processes: 7 GB);
    at rlimits, without a network namespace, a job reached the host's network."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        result = sandbox.run({"m": SOCKET_BUFFERS}, [Call("pair", "m", "f", ()),
                                                     Call("net", "m", "g", (listener.getsockname()[1],))])
    for outcome in result.outcomes.values():
        assert outcome.status == "error" and outcome.error.startswith("PermissionError: [Errno 1]"), outcome
    assert_healthy(sandbox)
