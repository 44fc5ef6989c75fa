"""A job's clock of the day as Python reads it: a count of its readings from a fixed date, not the OS's time.

Shipped into the sandbox (as `mlptutor_sandbox_clock`) and never imported by the grader. The entropy a job can read
is fixed (child.fixed_entropy, PYTHONHASHSEED), but its clock was the OS's: a submission seeding its draws from it
(`np.random.seed(int(time.time()))`, the course's most common unseeded habit) or right on even seconds only was
graded differently on every run (red21). In a job's child, time.time and time.time_ns, the time module's
functions that read the clock when given no time (localtime, gmtime, ctime, asctime, strftime) and datetime's
now, utcnow and today read EPOCH_NS plus TICK_NS for each reading before them: the same code reads the same times.
Durations measured with it are counts of readings; time.monotonic, perf_counter and process_time stay the OS's
(the harness times calls with them, and a grade depends on none of them but through the CPU limit). Not pinned:
the clock read outside Python (ctypes' clock_gettime, /proc/uptime) and in a process the job forks.
"""

import copyreg
import datetime
import time

import mlptutor_sandbox_child as child

EPOCH_NS = 1_767_225_600 * 10**9  # 2026-01-01 00:00:00 UTC
TICK_NS = 1_000_000  # a reading: a loop run "for 2 seconds" runs 2,000 readings, wherever and however loaded
_time_ns = time.time_ns
_localtime, _gmtime, _ctime, _asctime, _strftime = time.localtime, time.gmtime, time.ctime, time.asctime, time.strftime
_reads = [0]  # readings in this process: 0 in the zygote, which reads none, so every child starts from it


def time_ns() -> int:
    if not child.in_job():  # the zygote and processes a job forks read the OS's clock
        return _time_ns()
    _reads[0] += 1
    return EPOCH_NS + _reads[0] * TICK_NS


def time_s() -> float:
    return time_ns() / 1e9


def localtime(secs=None):
    return _localtime(time_s() if secs is None else secs)


def gmtime(secs=None):
    return _gmtime(time_s() if secs is None else secs)


def ctime(secs=None):
    return _ctime(time_s() if secs is None else secs)


def asctime(*moment):
    return _asctime(*moment or (localtime(),))


def strftime(form, *moment):
    return _strftime(form, *moment or (localtime(),))


class _StandIn(type):
    """isinstance and issubclass of a stand-in hold as for the class it stands for, whose instances code made before
    (or numpy: datetime64.astype(object)) still makes."""

    def __instancecheck__(cls, instance):
        return isinstance(instance, cls.__mro__[1])

    def __subclasscheck__(cls, subclass):
        return issubclass(subclass, cls.__mro__[1])


class Datetime(datetime.datetime, metaclass=_StandIn):
    """datetime.datetime whose now, utcnow and today read the job's clock."""

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(time_s(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(time_s())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(time_s())

    def __repr__(self):
        return f"datetime.{super().__repr__()}"  # the C repr names the type alone: "datetime(2026, ...)"


class Date(datetime.date, metaclass=_StandIn):
    """datetime.date whose today reads the job's clock."""

    @classmethod
    def today(cls):
        return cls.fromtimestamp(time_s())

    def __repr__(self):
        return f"datetime.{super().__repr__()}"


def _pickled_as(stand_in: type):
    """How pickle and copy take an object of the class `stand_in` replaced (numpy's astype(object), datetime.min):
    as one of `stand_in`, the class datetime's name now finds. The original's name found the stand-in, so pickle
    refused it ("not the same object as datetime.datetime", red22)."""
    return lambda moment: (stand_in, moment.__reduce_ex__(4)[1])


def fix() -> None:
    """Called once in the zygote: time's and datetime's clock functions read the job's clock in a job's child
    (child.in_job)."""
    time.time_ns, time.time, time.localtime, time.gmtime = time_ns, time_s, localtime, gmtime
    time.ctime, time.asctime, time.strftime = ctime, asctime, strftime
    for fixed, original in ((Datetime, datetime.datetime), (Date, datetime.date)):
        fixed.__module__, fixed.__name__, fixed.__qualname__ = "datetime", original.__name__, original.__qualname__
        copyreg.pickle(original, _pickled_as(fixed))
    datetime.datetime, datetime.date = Datetime, Date
