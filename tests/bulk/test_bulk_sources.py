from pathlib import Path

from mlptutor.grader.bulk.engine import inputs_key
from mlptutor.grader.bulk.sources import modules_from_files, split_at_markers
from mlptutor.grader.commands import collect

ROOT = Path(__file__).resolve().parents[2]

EXERCISES = {"softmax", "losses"}


def test_split_at_markers_keeps_the_prelude_in_every_section():
    text = "import numpy as np\n# mlptutor: softmax\nA\n# mlptutor: losses\nB\n# mlptutor: softmax\nC\n"
    sections = split_at_markers(text)
    assert sections["losses"] == "import numpy as np\n\n\n# mlptutor: losses\nB\n"  # B on line 5, as in `text`
    assert sections["softmax"] == "import numpy as np\n# mlptutor: softmax\nA\n\n\n# mlptutor: softmax\nC\n"
    for name, section in sections.items():  # every line of a section where it stands in the file
        assert all(line in ("", text.split("\n")[at]) for at, line in enumerate(section.split("\n"))), name


def test_named_files_win_and_conflicts_are_reported():
    files = {"softmax.py": b"import util\n", "all.py": b"# mlptutor: softmax\nmarked\n# mlptutor: relu\nx\n",
             "my helpers.py": b"h", "util.py": b"u"}
    modules, problems = modules_from_files(files, EXERCISES)
    assert modules == {"softmax": "import util\n", "util": "u"}
    text = "\n".join(problems)
    assert "all.py: softmax is already given by softmax.py" in text
    assert "marker names 'relu', not an exercise" in text
    assert "my helpers.py: not an importable module name" in text


def test_only_the_helpers_the_exercises_import_are_shipped_as_check_ships_them(tmp_path):
    """A scratch.py no exercise imports was shipped by `grade` and not by `check --student` (nor Gradescope): the
    modules seed the hidden inputs, so the two commands drew other inputs for one folder (and could grade it
    otherwise). A helper imported by a helper is shipped, as in check; those left out are said in one line (read24:
    the student learnt nothing of them)."""
    files = {"softmax.py": b"from util import f\n", "util.py": b"import deep\n", "deep.py": b"D = 1\n",
             "scratch.py": b"print(1)\n", "sub/notes.py": b"x = 2\n"}
    modules, problems = modules_from_files(files, EXERCISES)
    assert sorted(modules) == ["deep", "softmax", "util"] and problems == [
        "scratch.py, sub/notes.py: no exercise file imports them, so they are not run or graded (fine for scratch work; code an exercise needs goes in its file, or in a module that file imports)"]
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(data)
    sources, graded = collect((str(tmp_path),), sorted(EXERCISES))
    assert graded == ["softmax"] and inputs_key("ann", sources) == inputs_key("ann", modules)


def test_the_hidden_inputs_key_of_a_submission_is_pinned():
    """The key every stored grade was drawn with (student and the shipped modules' content hash): changing it redraws
    every student's hidden inputs. engine.py is in versioning.SCORE_PATHS, so such a change also changes
    GRADER_VERSION and a rerun regrades every stored submission; leaving an unimported helper out (above) changed only
    the shipped modules, hence the content hash, of the submissions holding one: the gradebook regrades those alone."""
    modules = {"softmax": "def softmax(Z):\n    return Z\n", "utils": b"U = 1\n"}
    assert inputs_key("ann", modules) == "ann\x00d100c8eae72a5ebf"


def test_loose_python_files_bundle_only_without_named_files():
    modules, problems = modules_from_files({"b.py": b"B", "a.py": b"A"}, EXERCISES)
    # each file a cell named by its path: an error in b.py names b.py and its own line (it was line 3 of "A\n\nB")
    bundle = "# In[ ]: notebook cell a.py\nA\n# In[ ]: notebook cell b.py\nB"
    assert modules == {"softmax": bundle, "losses": bundle} and problems == []
    assert modules_from_files({"a.py": b"A"}, EXERCISES)[0] == {"softmax": "A", "losses": "A"}  # one file: itself


def test_a_python_file_wins_over_the_notebook_of_its_name_as_in_check_and_on_gradescope():
    # red18: softmax.ipynb sorted first, so mlptutor grade took the notebook (0/17.5), check and Gradescope the file
    notebook = b'{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": []}'
    modules, problems = modules_from_files({"hw/softmax.ipynb": notebook, "hw/softmax.py": b"file"}, EXERCISES)
    assert modules == {"softmax": "file"}
    assert problems == ["hw/softmax.ipynb: softmax is already given by hw/softmax.py; ignored here"]
    # an nbgrader course's submission is its notebooks: a softmax.py beside one is a download of it
    modules, _ = modules_from_files({"hw/softmax.ipynb": notebook, "hw/softmax.py": b"file"}, EXERCISES,
                                    notebooks_first=True)
    assert modules == {"softmax": ""}


def test_the_shallowest_file_of_a_name_wins_as_on_gradescope():
    # red18: backup/softmax.py sorted before softmax.py, so mlptutor grade graded the backup (a stub: 0/17.5)
    modules, problems = modules_from_files({"backup/softmax.py": b"old", "softmax.py": b"new"}, EXERCISES)
    assert modules == {"softmax": "new"}
    assert problems == ["backup/softmax.py: softmax is already given by softmax.py; ignored here"]


def test_the_names_a_source_imports():
    from mlptutor.grader.bulk.sources import imported

    source = ("import numpy as np, utils\nimport a; import b\nfrom c.d import e\n  from f import (g,\n h)\n"
              "x = 1; from k import l  # import m\nfrom .rel import n\nfrom ..up.x import o\nfrom . import (p,\n q)\n"
              "from .. import r as s\nfrom . import (t,  # a note, import u\n    v as w,\n)\n"
              "from . import (x,  # see (y)\n z)\n")
    # a package's relative imports name its helpers too (read24: mysolutions/utils.py "imported by no exercise file"),
    # `from . import p` too (review A of read24), and every line of a parenthesised list (q, v: read25), past a ")"
    # in a comment (z: menda25)
    assert imported(source) == {"numpy", "utils", "a", "b", "c", "f", "k", "rel", "up", "p", "q", "r", "t", "v", "x",
                                "z"}


def test_check_and_gradescope_read_the_layouts_grade_reads(tmp_path):
    """`check` refused a folder holding Softmax.py, a file split by '# mlptutor:' markers or an all-in-one hw1.py
    ('no exercise files in this folder'), and the Gradescope autograder graded such an upload 0 ('no exercise file
    found'): `grade` reads all three. They now read them by grade's rule, with grade's modules (so the same hidden
    inputs), grading the exercises whose functions the code defines."""
    from mlptutor.grader.gradescope import find_sources
    from mlptutor.grader.specs import exercise_names

    softmax = "import numpy as np\ndef softmax(Z):\n    return Z\n"
    layouts = {"cap": {"Softmax.py": softmax}, "marked": {"hw.py": "# mlptutor: softmax\n" + softmax},
               "bundle": {"hw1.py": softmax, "notes.py": "x = 1\n"}}
    for name, files in layouts.items():
        for file, text in files.items():
            (tmp_path / name).mkdir(exist_ok=True)
            (tmp_path / name / file).write_text(text)
        modules, _ = modules_from_files({f: t.encode() for f, t in files.items()}, exercise_names())
        assert collect((str(tmp_path / name),), exercise_names()) == (modules, ["softmax"]), name
        assert collect((str(tmp_path / name / next(iter(files))),), exercise_names())[1] == ["softmax"], name
        assert find_sources(tmp_path / name, exercise_names()) == (modules, []), name


def test_a_download_copys_name_is_its_exercise_where_no_file_has_the_exercises_name(tmp_path):
    """`softmax (1).py`, a browser's download beside losses.py: grade, `check FOLDER` and Gradescope took it for an
    unimportable helper ("rename it, e.g. helpers.py"; softmax missing, 0/17.5) while `check 'softmax (1).py'` graded
    it 17.5/17.5. A file named softmax.py still comes first."""
    from mlptutor.grader.commands import collect
    from mlptutor.grader.gradescope import find_sources

    softmax = "import numpy as np\ndef softmax(Z):\n    return Z\n"
    files = {"softmax (1).py": softmax, "losses - Copy.py": "def mse(y, t):\n    return 0\n", "notes copy.py": ""}
    for file, text in files.items():
        (tmp_path / file).write_text(text)
    modules, problems = modules_from_files({f: t.encode() for f, t in files.items()}, ["softmax", "losses"])
    assert modules == {"softmax": softmax, "losses": files["losses - Copy.py"]}
    assert problems[0] == "losses - Copy.py: graded as losses (a copy's name: rename it losses.py, the name an import " \
                          "finds)" and len(problems) == 3  # and notes copy.py: not importable
    assert collect((str(tmp_path),), ["softmax", "losses"]) == (modules, ["losses", "softmax"])
    assert collect((str(tmp_path / "softmax (1).py"),), ["softmax", "losses"])[1] == ["softmax"]
    assert find_sources(tmp_path, ["softmax", "losses"]) == (modules, problems)
    files["softmax.py"] = "def softmax(Z):\n    return 2 * Z\n"
    modules, problems = modules_from_files({f: t.encode() for f, t in files.items()}, ["softmax", "losses"])
    assert modules["softmax"] == files["softmax.py"] and "softmax (1).py: softmax is already given by softmax.py; " \
        "ignored here" in problems


def test_an_untouched_stub_gives_its_exercise_last(tmp_path):
    """`mlptutor-student init` copies the stubs; a student who wrote softmax in softmax.ipynb (or in a marked
    section, or a download's copy) beside the untouched softmax.py got 0/17.5, "not implemented yet", in every tool.
    In an nbgrader course the notebook is the submission, first as before."""
    import nbformat

    stub = (ROOT / "exercises" / "softmax.py").read_text()
    answer = "import numpy as np\ndef softmax(Z):\n    return Z\n"
    notebook = nbformat.writes(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(answer)])).encode()
    for other in ({"softmax.ipynb": notebook}, {"work.py": ("# mlptutor: softmax\n" + answer).encode()},
                  {"softmax (1).py": answer.encode()}):
        modules, problems = modules_from_files({"softmax.py": stub.encode(), **other}, ["softmax"])
        assert "def softmax(Z):\n    return Z" in modules["softmax"], other
        assert f"softmax.py: still the exercise's stub (its functions only raise NotImplementedError); softmax is " \
               f"graded from {next(iter(other))}" in problems, other
    assert modules_from_files({"softmax.py": stub.encode()}, ["softmax"]) == ({"softmax": stub}, [])
    for bundle in ({"hw.ipynb": notebook}, {"hw1.py": answer.encode()}):  # all answers in one file, no markers
        modules, problems = modules_from_files({"softmax.py": stub.encode(), "losses.py": b"def mse(y, t):\n"
                                                b"    raise NotImplementedError\n", **bundle}, ["softmax", "losses"])
        assert "def softmax(Z):\n    return Z" in modules["softmax"] and "NotImplementedError" in modules["losses"]
        assert problems == [f"softmax.py: still the exercise's stub (its functions only raise NotImplementedError); "
                            f"softmax is graded from {next(iter(bundle))}"], bundle
    written = stub.replace("raise NotImplementedError", "return Z", 1)  # one function written: the student's
    assert modules_from_files({"softmax.py": written.encode(), "softmax.ipynb": notebook}, ["softmax"])[0] == {
        "softmax": written}


def test_a_helper_named_as_the_graders_own_module_is_refused_in_one_line():
    """A student's mlptutor_known_functions.py was silently replaced by the grader's module of that name (gradcheck
    ships it): "cannot import name 'eps'" and 0/15, nothing saying why (red19's leftover)."""
    from pathlib import PurePosixPath

    from mlptutor.grader.bulk.sources import imported_helpers, modules_from_files

    files = {"gradcheck.py": b"from mlptutor_known_functions import eps\n", "mlptutor_known_functions.py": b"eps = 1\n"}
    modules, problems = modules_from_files(files, ["gradcheck"])
    assert list(modules) == ["gradcheck"] and problems == [
        "mlptutor_known_functions.py: names starting with 'mlptutor' are the grader's own modules; ignored (rename it, "
        "e.g. helpers.py)"]
    told = []
    assert imported_helpers({"gradcheck": files["gradcheck.py"]}, [PurePosixPath("mlptutor_known_functions.py")],
                            ["gradcheck"], lambda file: "eps = 1\n", told.append) == {}
    assert told == [PurePosixPath("mlptutor_known_functions.py")]


def test_a_helper_named_as_the_graders_own_is_refused_only_when_imported():
    """`mlptutor grade` refused a student's mlptutor_notes.py that nothing imports (a problem line in the feedback),
    where `check` and the Gradescope autograder refuse only the imported ones."""
    from mlptutor.grader.bulk.sources import modules_from_files

    files = {"gradcheck.py": b"import numpy\n", "mlptutor_notes.py": b"eps = 1\n"}
    assert modules_from_files(files, ["gradcheck"]) == ({"gradcheck": "import numpy\n"}, [
        "mlptutor_notes.py: no exercise file imports it, so it is not run or graded (fine for scratch work; code an exercise needs goes in its file, or in a module that file imports)"])


def test_gradescope_reads_an_upload_by_grades_rule_beside_a_file_named_after_an_exercise(tmp_path):
    """Beside softmax.py, the autograder read no other file: work.py's '# mlptutor: losses' section and a bundle
    notebook were never read (losses 0 on Gradescope, graded by `mlptutor grade`), and the hidden inputs differed."""
    import nbformat

    from mlptutor.grader.bulk.folders import read_folder
    from mlptutor.grader.bulk.sources import modules_from_files
    from mlptutor.grader.gradescope import find_sources

    for extra, text in (("work.py", "import numpy as np\n# mlptutor: losses\ndef mse(y, t):\n    return 0\n"),
                        ("hw.ipynb", nbformat.writes(nbformat.v4.new_notebook(
                            cells=[nbformat.v4.new_code_cell("def mse(y, t):\n    return 0")])))):
        upload = tmp_path / extra
        (upload / "src").mkdir(parents=True)
        (upload / "src" / "softmax.py").write_text("def softmax(z):\n    return z\n")
        (upload / "src" / extra).write_text(text)
        sources, problems = find_sources(upload, ["softmax", "losses"])
        assert (sources, problems) == modules_from_files(read_folder(upload)[0], ["softmax", "losses"]), extra
        assert sorted(sources) == ["losses", "softmax"] and "def mse" in sources["losses"], extra


def test_the_file_cap_leaves_out_the_deepest_files_and_says_so_in_one_line(tmp_path):
    """A repository uploaded whole: read in the walk's order, env/'s files used up the cap before src/softmax.py was
    reached (softmax missing), and the line said only "the rest ignored"."""
    from mlptutor.grader.bulk.filelimits import FileLimits
    from mlptutor.grader.bulk.folders import read_folder

    (tmp_path / "repo" / "env" / "lib").mkdir(parents=True)
    (tmp_path / "repo" / "src").mkdir()
    (tmp_path / "repo" / "src" / "softmax.py").write_text("x = 1\n")
    for n in range(8):
        (tmp_path / "repo" / "env" / "lib" / f"m{n}.py").write_text("y = 2\n")
    files, problems = read_folder(tmp_path / "repo", FileLimits(entries=5))
    assert "src/softmax.py" in files and len(files) == 5
    assert problems == ["repo: 9 source files, over the limit of 5; the 4 deepest ignored "
                        "(from repo/env/lib/m4.py on)"]


def test_the_walk_lists_a_bounded_number_of_names_and_skips_only_the_folders_over_their_share(tmp_path):
    """A folder holding a dataset of small files and a venv was listed whole (120,508 names, 0.65 s of CPU) before
    any cap applied; a cap on a depth-first walk would have spent it in data/ before src/ was reached; a walk that
    stopped at its cap dropped every folder not yet listed: src/losses.py beside data/ of 10,001 files was never read
    (0 points where it was read before). A folder over its share of the names is not read, alone."""
    from mlptutor.grader.bulk.filelimits import FileLimits
    from mlptutor.grader.bulk.folders import read_folder

    repo = tmp_path / "repo"
    for part in range(3):
        (repo / "data" / f"part{part}").mkdir(parents=True)
        for n in range(20):
            (repo / "data" / f"part{part}" / f"m{n}.py").write_text("")
    (repo / "data" / "part2" / "deep").mkdir()
    (repo / "data" / "deep.py").write_text("")
    (repo / "src").mkdir()
    (repo / "src" / "losses.py").write_text("x = 1\n")
    (repo / "softmax.py").write_text("y = 2\n")
    files, problems = read_folder(repo, FileLimits(walked=30))
    assert sorted(files) == ["data/deep.py", "softmax.py", "src/losses.py"]
    assert problems == ["repo: data/part0/, data/part1/, data/part2/: over its share of the 30 names listed in a "
                        "submission's folders (a venv, node_modules, a dataset?); not read"]
    (repo / "data" / "x.csv").write_text("")  # data/ itself over its share (30 - 3 names of repo/, halved): src/ read
    for n in range(10):
        (repo / "data" / f"x{n}.csv").write_text("")
    files, problems = read_folder(repo, FileLimits(walked=30))
    assert sorted(files) == ["softmax.py", "src/losses.py"] and problems[0].startswith("repo: data/: over its share")
    files, problems = read_folder(repo / "data", FileLimits(walked=10))  # the folder read itself over the cap
    assert files == {} and problems == ["data: ./: over its share of the 10 names listed in a submission's folders "
                                        "(a venv, node_modules, a dataset?); not read"]
    # an instructor expects the exercise files beside a dataset read: looked up by name (2 per exercise), not listed;
    # they were "not read", nothing to grade
    (repo / "data" / "softmax.py").write_text("z = 3\n")
    files, problems = read_folder(repo / "data", FileLimits(walked=10), exercises=["softmax", "losses"])
    assert files == {"softmax.py": b"z = 3\n"} and problems == [
        "data: ./: over its share of the 10 names listed in a submission's folders (a venv, node_modules, a dataset?); "
        "not read but for the exercise files at its top, looked up by name (else its zips)"]
    assert read_folder(repo / "data", FileLimits(walked=10))[0] == {}  # no exercises told: none looked up


def test_a_zip_beside_a_folder_of_more_names_than_the_walk_lists_is_read(tmp_path):
    """A student's hw1.zip beside a dataset of more names than the walk lists (10,000) was not read: the folder was
    left out whole, and the submission had nothing to grade (read24); 11 names over a cap of 10 here."""
    import zipfile

    from mlptutor.grader.bulk.filelimits import FileLimits
    from mlptutor.grader.bulk.zips import read_upload

    for n in range(10):
        (tmp_path / f"img{n}.png").write_bytes(b"")
    with zipfile.ZipFile(tmp_path / "hw1.zip", "w") as archive:
        archive.writestr("hw1/softmax.py", "z = 3\n")
    files, problems = read_upload(tmp_path, FileLimits(walked=10), exercises=["softmax"])
    assert files == {"hw1.zip/hw1/softmax.py": b"z = 3\n"}
    assert problems[0].endswith("not read but for the exercise files at its top, looked up by name (else its zips)")


def test_a_notebook_section_after_a_marker_names_its_own_cell_and_line():
    """A notebook split by '# mlptutor:' markers: the losses section continued the cell the text before it ended in,
    so an error on line 4 of cell 5 was "notebook cell 3, line 3" (the softmax cell)."""
    from mlptutor.grader.bulk.notebooks import joined
    from mlptutor.grader.bulk.sources import split_at_markers

    text = joined(["import numpy as np", "# mlptutor: softmax\ndef softmax(z):\n    return z",
                   "x = 1\n# mlptutor: losses\ny = 2\nundefined + 1"], ["2", "3", "5"])
    lines = split_at_markers(text)["losses"].split("\n")
    error = lines.index("undefined + 1")
    name = max(i for i, line in enumerate(lines[:error]) if line.startswith("# In[ ]: notebook cell "))
    assert (lines[name], error - name) == ("# In[ ]: notebook cell 5", 4)
    plain = "a\n# mlptutor: softmax\nb\n# mlptutor: losses\nc\n"  # no cells: as before
    assert split_at_markers(plain)["losses"] == "a\n\n\n# mlptutor: losses\nc\n"  # c on its line, 5


def test_a_file_the_parser_gives_up_on_is_read_as_any_unparseable_file(tmp_path):
    """softmax.py holding `x = 1+1+...` 100,000 times (and the word NotImplementedError, so that the stub test parses
    it): ast.parse raised RecursionError out of modules_from_files, and one hostile file ended `mlptutor grade` for the
    whole class (and `check`) with a traceback; a raise of 900 of them parsed, and its unparse raised the same."""
    chain = "+".join(["1"] * 100_000)
    for text in (f"# NotImplementedError\nx = {chain}\n",
                 f"def softmax(z):\n    raise NotImplementedError({chain[:1800]})\n"):
        assert modules_from_files({"softmax.py": text.encode()}, EXERCISES) == ({"softmax": text}, [])
        (tmp_path / "softmax.py").write_text(text)
        assert collect((str(tmp_path),), sorted(EXERCISES)) == ({"softmax": text}, ["softmax"])


def test_a_bundled_files_path_with_a_line_break_stays_on_its_cells_label():
    """A bundled file's path went unescaped onto its cell's label line: `x\\nundefined_name\\n.py` put a line of code
    in the module."""
    modules, _ = modules_from_files({"x\nundefined_name\n.py": b"A", "b.py": b"B"}, EXERCISES)
    assert modules["softmax"].split("\n") == ["# In[ ]: notebook cell b.py", "B",
                                              "# In[ ]: notebook cell 'x\\nundefined_name\\n.py'", "A"]


def test_marker_sections_grow_with_the_text_not_with_markers_times_lines():
    """20,000 markers of as many names in a 369 KB file made 200 MB of sections (each padded to its place) and
    20 s of CPU (the text rescanned for its cell at every marker); alternating markers in one notebook cell repeated
    the cell's lines above each. Sections are built for the exercises only, each at most as long as the text; the
    other names are one line."""
    from mlptutor.grader.bulk.notebooks import joined

    text = "".join(f"# mlptutor: n{i:04}\nx = {i}\n" for i in range(2000)) + "# mlptutor: softmax\ny = 1\n"
    modules, problems = modules_from_files({"work.py": text.encode()}, EXERCISES)
    assert list(modules) == ["softmax"]
    assert modules["softmax"].split("\n")[4000:] == ["# mlptutor: softmax", "y = 1", ""]  # on its line, 4001
    assert problems == ["work.py: marker names 'n0000', 'n0001', 'n0002', 'n0003', 'n0004' and 1995 more, not an "
                        "exercise (losses, softmax)"]
    cell = "".join(f"# mlptutor: {('softmax', 'losses')[i % 2]}\nx = {i}\n" for i in range(2000))
    notebook = joined(["import numpy as np", cell], ["1", "2"])
    sections = split_at_markers(notebook)
    assert all(len(section) <= len(notebook) for section in sections.values())
    lines = sections["losses"].split("\n")  # x = 1999 on line 4000 of cell 2, under one name line
    assert lines.count("# In[ ]: notebook cell 2") == 1 and lines.index("x = 1999") - lines.index(
        "# In[ ]: notebook cell 2") == 4000


def test_feedback_names_the_file_the_student_handed_in(tmp_path):
    """The sandbox names a line of the module it imported ("softmax.py line 20"): a student whose code was
    src/softmax.py, `softmax (1).py`, a marked section of work.py or a cell of hw.ipynb looked for a softmax.py they
    do not have, in `check`, grade's feedback and Gradescope's output alike. The reader's origins rename it, and
    `check FOLDER` and the Gradescope autograder's reading give grade's."""
    from mlptutor.grader.feedback.places import handed_in
    from mlptutor.grader.gradescope import find_sources
    from mlptutor.grader.model import CheckResult, SubmissionReport

    files = {"src/softmax.py": b"def softmax(Z):\n    return Z\n", "work.py": b"# mlptutor: losses\ndef mse(a, b): 0\n",
             "hw.ipynb": b""}
    for file, data in files.items():
        (tmp_path / file).parent.mkdir(exist_ok=True)
        (tmp_path / file).write_bytes(data)
    origins: dict = {}
    modules_from_files(files, ["softmax", "losses"], origins=origins)
    assert origins == {"softmax": ("src/softmax.py",), "losses": ("work.py",)}
    told: dict = {}
    assert collect((str(tmp_path),), ["softmax", "losses"], told)[1] == ["losses", "softmax"] and told == origins
    told = {}
    find_sources(tmp_path, ["softmax", "losses"], told)
    assert told == origins

    def said(message: str, origins: dict) -> str:
        row = CheckResult("softmax", "softmax", "value", "value", 0.0, 1.0, False, message, hint=message)
        (row,) = handed_in(SubmissionReport("ann", [row]), origins).checks
        assert row.hint == row.message
        return row.message

    assert said("NameError (softmax.py line 20); at softmax.py line 3", origins) == \
        "NameError (src/softmax.py line 20); at src/softmax.py line 3"
    assert said("raises at losses.py line 2", origins) == "raises at work.py line 2"
    assert said("(softmax.py line 33: notebook cell 4 (answer), line 3)", {"softmax": ("hw.ipynb",)}) == \
        "(hw.ipynb: notebook cell 4 (answer), line 3)"
    # no cell parsed: the line of the joined module is no line of the notebook, so the place is kept
    assert said("(softmax.py line 20)", {"softmax": ("hw.ipynb",)}) == "(softmax.py line 20)"
    assert said("(softmax.py line 9: notebook cell b.py, line 2)", {"softmax": ("a.py", "b.py")}) == "(b.py line 2)"
    assert said("(mysoftmax.py line 2)", {"softmax": ("x (1).py",)}) == "(mysoftmax.py line 2)"  # another module


def test_a_folder_holding_only_a_zip_is_read_alike_by_grade_check_and_gradescope(tmp_path):
    """grade unzips a student's folder that holds no source file but a zip (grader.bulk.zips.read_upload, its zip
    bounds); `check` of that folder said "no exercise files in this folder", and the Gradescope autograder graded
    nothing."""
    import zipfile

    from mlptutor.grader.bulk.discovery import discover
    from mlptutor.grader.gradescope import find_sources

    (tmp_path / "ann").mkdir()
    with zipfile.ZipFile(tmp_path / "ann" / "hw1.zip", "w") as archive:
        archive.writestr("hw1/softmax.py", "def softmax(Z):\n    return Z\n")
        archive.writestr("../evil.py", "x = 1\n")
    (submission,) = discover(tmp_path, ["softmax"]).submissions
    assert submission.modules == {"softmax": "def softmax(Z):\n    return Z\n"}
    assert submission.origins == {"softmax": ("hw1.zip/hw1/softmax.py",)}
    origins: dict = {}
    assert collect((str(tmp_path / "ann"),), ["softmax"], origins) == (submission.modules, ["softmax"])
    assert origins == submission.origins
    modules, problems = find_sources(tmp_path / "ann", ["softmax"])
    assert modules == submission.modules and problems == ["hw1.zip: ../evil.py: path leaves the archive; ignored"]


def test_a_row_naming_the_file_alone_names_the_students_file():
    """"softmax.py could not be loaded" under the heading mysolutions/softmax.py (a package's file): rows naming the
    file without a line kept the module's name, a file the student does not have (read24)."""
    from mlptutor.grader.feedback.places import handed_in
    from mlptutor.grader.model import CheckResult, SubmissionReport

    message = "softmax.py could not be loaded: ImportError (softmax.py line 4); see softmax.py. Not mysoftmax.py"
    row = CheckResult("softmax", "softmax", "value", "value", 0.0, 1.0, False, message)
    (row,) = handed_in(SubmissionReport("ann", [row]), {"softmax": ("mysolutions/softmax.py",)}).checks
    assert row.message == ("mysolutions/softmax.py could not be loaded: ImportError (mysolutions/softmax.py line 4); "
                           "see mysolutions/softmax.py. Not mysoftmax.py")


def test_two_versions_side_by_side_say_which_definitions_are_graded():
    """softmax_v2.py beside softmax_final.py: a bundle joined in name order, v2's softmax graded (4.5 of 17.5 where
    final's earned 17.5) without a word (read24). One line names the functions and the file they are graded from."""
    files = {"softmax_v2.py": b"def softmax(Z):\n    return 2\n", "softmax_final.py": b"def softmax(Z):\n    return 1\n"
             b"def helper():\n    pass\n"}
    problems = modules_from_files(files, EXERCISES)[1]
    assert problems == ["softmax_final.py, softmax_v2.py: softmax defined in more than one of these files; the last "
                        "definition is graded (from softmax_v2.py): hand in one version, named after its exercise "
                        "(e.g. softmax.py)"]
    assert modules_from_files({"a.py": b"def f(): 1\n", "b.py": b"def g(): 2\n"}, EXERCISES)[1] == []


def test_a_file_named_almost_as_a_source_file_is_said_with_its_name_to_take(tmp_path):
    """Softmax.PY and softmax.py.txt (a Windows editor's names) were unread without a word: `check` said "no exercise
    files in this folder" and grade "nothing to grade" (read24)."""
    from mlptutor.grader.bulk.folders import read_folder

    for name in ("Softmax.PY", "losses.py.txt", "notes.txt", "data.PYC", "mlp.py"):
        (tmp_path / name).write_text("x = 1\n")
    files, problems = read_folder(tmp_path, prefix="")
    assert list(files) == ["mlp.py"] and sorted(problems) == [
        "Softmax.PY: not read, as its extension is .PY: rename it Softmax.py",
        "losses.py.txt: not read, as it ends in .txt (an editor or Windows, which hides extensions, added it): rename "
        "it losses.py"]


def test_hidden_files_are_not_misnamed_and_many_misnamed_files_are_a_few_lines_in_name_order(tmp_path):
    """Review A of read24: macOS's ._softmax.py and .softmax.py were told 'rename it ._softmax.py' (their own
    names), and 300 *.PY files gave 300 lines in the order the disk listed them."""
    from mlptutor.grader.bulk.folders import read_folder

    (tmp_path / "._softmax.py").write_text("x")
    (tmp_path / ".softmax.PY").write_text("x")
    for n in range(300):
        (tmp_path / f"f{n:03}.PY").write_text("x")
    _, problems = read_folder(tmp_path, prefix="")
    assert problems == [f"f00{n}.PY: not read, as its extension is .PY: rename it f00{n}.py" for n in range(5)] + [
        "f005.PY, f006.PY, f007.PY, f008.PY, f009.PY and 290 more: not read either, for names as those above"]


def test_another_exercise_of_the_course_is_not_called_scratch_work():
    """Review A of read24: under `grade --exercises softmax`, losses.py was told 'no exercise file imports it ...
    (fine for scratch work ...)'."""
    from mlptutor.grader.bulk.sources import modules_from_files

    modules, problems = modules_from_files({"softmax.py": b"def softmax(Z): 1\n", "losses.py": b"x = 1\n",
                                            "notes.py": b"y = 2\n"}, ["softmax"])
    assert list(modules) == ["softmax"] and problems[0] == (
        "losses.py: not an exercise of this assignment (softmax), so not graded")
    assert problems[1].startswith("notes.py: no exercise file imports it")


def test_check_names_a_file_given_by_its_absolute_path_without_the_folders_above(tmp_path, monkeypatch):
    """`check /home/ann/hw/softmax.py` headed its report (and named its rows' lines) by that path: Ann's home folder
    in feedback she shares. An absolute path is named relative to the current folder when inside it, else by its
    name; a relative one as given."""
    from mlptutor.grader.commands import collect
    from mlptutor.grader.specs import exercise_names

    hw = tmp_path / "home" / "ann" / "hw"
    hw.mkdir(parents=True)
    (hw / "softmax.py").write_text("def softmax(z):\n    return z\n")
    (hw / "work.py").write_text("def mse(Y_hat, Y):\n    return 0.0\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    origins: dict = {}
    collect((str(hw / "softmax.py"), str(hw / "work.py")), exercise_names(), origins)
    assert origins == {"softmax": ("softmax.py",), "losses": ("work.py",)}
    monkeypatch.chdir(tmp_path / "home")
    origins = {}
    collect((str(hw / "softmax.py"),), exercise_names(), origins)
    assert origins == {"softmax": ("ann/hw/softmax.py",)}


def test_an_exercise_file_named_in_other_letter_case_beside_another_is_that_exercise(tmp_path):
    """read25: Canvas's download keeps the student's own name, `Losses.py`; beside softmax.py it was a helper nothing
    imports ("fine for scratch work"), losses missing, 0 points, in grade, check and Gradescope alike, where the
    student's Mac imports it as losses. It is graded as losses, with the name to take; alone it stays a bundle."""
    from mlptutor.grader.commands import collect
    from mlptutor.grader.gradescope import find_sources

    files = {"softmax.py": "def softmax(Z):\n    return Z\n", "Losses.py": "def mse(y, t):\n    return 0\n",
             "Helpers.py": "x = 1\n"}
    for file, text in files.items():
        (tmp_path / file).write_text(text)
    modules, problems = modules_from_files({f: t.encode() for f, t in files.items()}, ["softmax", "losses"])
    assert modules == {"softmax": files["softmax.py"], "losses": files["Losses.py"]}
    assert problems[0] == ("Losses.py: graded as losses (its name in other letter case: rename it losses.py, the "
                           "name an import finds)") and "Helpers.py: no exercise file imports it" in problems[1]
    assert collect((str(tmp_path),), ["softmax", "losses"]) == (modules, ["losses", "softmax"])
    assert find_sources(tmp_path, ["softmax", "losses"]) == (modules, problems)


def test_a_zip_no_reader_opens_is_one_line_not_dropped_unsaid(tmp_path):
    """read25: a zip inside a zip (code.zip in the Canvas attachment work.zip), and a zip beside source files or in
    a subfolder (hw/extra.zip beside softmax.py), were left out without a word; a zip alone at a folder's top is
    read as before, and so is said nothing of."""
    import io
    import zipfile

    from mlptutor.grader.bulk.zips import read_upload, read_zip

    def zipped(path, members):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(buffer.getvalue())

    zipped(tmp_path / "work.zip",
           {"softmax.py": "x = 1\n", "code.zip": b"PK", "more/b.ZIP": b"", "__MACOSX/._c.zip": ""})
    assert read_zip(tmp_path / "work.zip")[1] == [
        "code.zip, more/b.ZIP: not read, as a zip inside a zip: unzip it and hand in its files"]
    zipped(tmp_path / "alone" / "hw.zip", {"softmax.py": "x = 1\n"})
    assert read_upload(tmp_path / "alone") == ({"hw.zip/softmax.py": b"x = 1\n"}, [])
    (tmp_path / "alone" / "softmax.py").write_text("y = 2\n")
    zipped(tmp_path / "alone" / "data" / "extra.zip", {"losses.py": ""})
    assert read_upload(tmp_path / "alone")[1] == [
        "alone/data/extra.zip, alone/hw.zip: not read, as a zip is read only alone at a folder's top, where no source "
        "file is: unzip it where its files belong"]


def test_the_zips_at_a_folders_top_keep_only_the_first_ones_read(tmp_path):
    """read25: _top_zips made a path of every zip name at a folder's top and sorted them all to keep the first 500
    (a folder of 300,000 zips: 83 MB at its peak, 3.5 s of CPU); it keeps `most` names now (0.1 MB, 0.19 s).
    Counted work: the paths made."""
    from pathlib import PosixPath

    from mlptutor.grader.bulk.zips import _top_zips

    class Counted(PosixPath):
        made = 0

        def __truediv__(self, name):
            Counted.made += 1
            return super().__truediv__(name)

    for n in range(40, 0, -1):
        (tmp_path / f"{n:02d}.zip").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("")
    assert [p.name for p in _top_zips(Counted(tmp_path), 3)] == ["01.zip", "02.zip", "03.zip"] and Counted.made == 3


def test_a_file_in_other_letter_case_imported_by_its_own_name_is_shipped_by_it_too(tmp_path):
    """Review A of read25: softmax.py's `from Losses import helper_mse` beside Losses.py: read25 graded Losses.py as
    losses and shipped no Losses, softmax 0/17.5 in grade, `check .` and Gradescope, where `check softmax.py
    Losses.py` shipped it (17.5). It is losses and Losses both, the same modules in every reader (so the same hidden
    inputs), the line saying why not to rename it. Reading only."""
    from mlptutor.grader.bulk.folders import read_submission
    from mlptutor.grader.commands import collect
    from mlptutor.grader.gradescope import find_sources

    files = {"softmax.py": "from Losses import helper_mse\ndef softmax(Z):\n    return Z\n",
             "Losses.py": "def helper_mse(a, b):\n    return 0\n"}
    for file, text in files.items():
        (tmp_path / file).write_text(text)
    modules, problems = modules_from_files({f: t.encode() for f, t in files.items()}, ["softmax", "losses"])
    assert modules == {"softmax": files["softmax.py"], "losses": files["Losses.py"], "Losses": files["Losses.py"]}
    assert problems == ["Losses.py: graded as losses (its name in other letter case; shipped as Losses too, the name "
                        "an exercise imports it by)"]
    assert find_sources(tmp_path, ["softmax", "losses"]) == (modules, problems)
    assert read_submission(tmp_path, ["softmax", "losses"]) == (modules, problems)  # check --student's key
    assert collect((str(tmp_path),), ["softmax", "losses"])[0] == modules
    assert collect((str(tmp_path / "softmax.py"), str(tmp_path / "Losses.py")), ["softmax", "losses"])[0]["Losses"] \
        == files["Losses.py"]


def test_of_two_spellings_or_a_stub_the_written_file_in_other_letter_case_gives_the_exercise():
    """Review A of read25: of LOSSES.py and Losses.py the second was "fine for scratch work", not the exercise given
    already; beside an untouched stub losses.py a written Losses.py was scratch work and the stub graded (0)."""
    written = "def mse(y, t):\n    return 1\n"
    stub = 'def mse(y, t):\n    """MSE."""\n    raise NotImplementedError\n'
    softmax = "def softmax(Z):\n    return Z\n"

    def read(files):
        return modules_from_files({f: t.encode() for f, t in files.items()}, ["softmax", "losses"])

    modules, problems = read({"softmax.py": softmax, "LOSSES.py": written, "Losses.py": "x = 1\n"})
    assert modules["losses"] == written and problems[1:] == ["Losses.py: losses is already given by LOSSES.py; "
                                                             "ignored here"]
    modules, problems = read({"softmax.py": softmax, "losses.py": stub, "Losses.py": written})
    assert modules == {"softmax": softmax, "losses": written}
    assert problems[0] == ("losses.py: still the exercise's stub (its functions only raise NotImplementedError); "
                           "losses is graded from Losses.py") and problems[1].startswith("Losses.py: graded as losses")
