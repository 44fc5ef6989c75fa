"""Attacks of the thirteenth round on the sandbox: exceptions whose classes rig what the harness reads of them."""

from mlptutor.grader.sandbox import Call
from tests.sandbox.conftest import assert_healthy

# each raises an exception whose class overrides what describing it read: its traceback, its class's name (a
# metaclass), its __class__ (isinstance took it for a SyntaxError and read fields it lacks), a SyntaxError's file,
# and a message that is a str subclass whose formatting raises
RIGGED = '''
class Traced(Exception):
    @property
    def __traceback__(self):
        raise RuntimeError("rigged traceback")

class Meta(type):
    @property
    def __name__(cls):
        raise RuntimeError("rigged name")

class Named(Exception, metaclass=Meta):
    pass

class Posing(Exception):
    @property
    def __class__(self):
        return SyntaxError

class Filed(SyntaxError):
    @property
    def filename(self):
        raise RuntimeError("rigged file name")

class Text(str):
    def __format__(self, spec):
        raise RuntimeError("rigged format")
    def split(self, *args):
        raise RuntimeError("rigged split")

class Said(Exception):
    def __str__(self):
        return Text("said")

def traced():
    raise Traced("t")

def named():
    raise Named("n")

def posing():
    raise Posing("p")

def filed():
    raise Filed("f")

def said():
    raise Said()
'''
EXPECTED = {"traced": "Traced: t (m.py line 36)", "named": "Named: n (m.py line 39)", "posing": "Posing: p (m.py line 42)",
            "filed": "Filed: f (m.py line 45)", "said": "Said: said (m.py line 48)"}


def test_an_exception_rigging_what_the_harness_reads_is_one_line_not_a_crash(sandbox):
    """Each crashed the child ("the worker exited with code 70") with the harness's own traceback as output."""
    result = sandbox.run({"m": RIGGED}, [Call(name, "m", name, ()) for name in EXPECTED])
    assert {name: (o.status, o.error) for name, o in result.outcomes.items()} == {
        name: ("error", error) for name, error in EXPECTED.items()}
    assert "Traceback" not in result.output, result.output
    at_import = sandbox.run({"m": RIGGED + "traced()\n"}, [Call("c", "m", "said", ())])
    assert at_import.module_errors == {"m": "Traced: t (m.py line 36)"}, at_import.module_errors
    assert "Traceback" not in at_import.output, at_import.output
    assert_healthy(sandbox)
