import io

from mlptutor.grader.bulk.progress import Progress


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_terminal_gets_a_redrawn_bar_with_counts_and_eta():
    stream = _Terminal()
    bar = Progress(3, stream, width=6)
    for ok in (True, False, True):
        bar.advance(ok)
    bar.close()
    last = stream.getvalue().rstrip("\n").split("\r")[-1]
    assert last.startswith("[######] 3/3 graded, 1 failed") and "eta 0:00" in last
    assert "\n" not in stream.getvalue().rstrip("\n")  # redrawn in place


def test_plain_stream_gets_few_whole_lines():
    stream = io.StringIO()
    bar = Progress(100, stream)
    for _ in range(100):
        bar.advance(True)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 10 and lines[-1].startswith("100/100 graded") and "\r" not in stream.getvalue()
