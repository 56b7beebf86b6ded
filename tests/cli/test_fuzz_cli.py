"""Fuzz the command line: arbitrary text, numbers and dates in every argument position.

Whatever is typed, netdesk answers with its result, a usage error (exit 2) or one clear
line (exit 1): never the "unexpected problem … report it" message and never a traceback.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netdesk.cli.main import main

# Placeholders: T text, I a number, D a date, F a file of the given text.
TEMPLATES: tuple[tuple[str, ...], ...] = (
    ("person", "add", "T", "--org", "T", "--department", "T", "--title", "T"),
    ("person", "add", "T", "--email", "T", "--phone", "T", "--url", "T", "--tag", "T"),
    ("person", "add", "T", "--event", "I", "--context", "T", "--note", "T", "--internal"),
    ("person", "list", "--search", "T", "--limit", "I"),
    ("person", "list", "--event", "I", "--tag", "T", "--org", "T", "--sort", "T"),
    ("person", "show", "I"),
    ("person", "delete", "I"),
    ("person", "restore", "I"),
    ("event", "add", "T", "--date", "D", "--end", "D", "--location", "T", "--goal", "T"),
    ("event", "add", "T", "--date", "T", "--kind", "T"),
    ("event", "list", "--search", "T"),
    ("followup", "add", "I", "T", "--due", "D", "--time", "T"),
    ("followup", "add", "I", "T", "--due", "T", "--action", "T", "--event", "I"),
    ("followup", "done", "I", "--outcome", "T"),
    ("followup", "snooze", "I", "--until", "D"),
    ("followup", "snooze", "I", "--until", "T"),
    ("card", "set", "--name", "T", "--org", "T", "--email", "T", "--phone", "T"),
    ("card", "set", "--profile", "T", "--website", "T", "--linkedin", "T", "--url", "T"),
    ("card", "show", "--profile", "T"),
    ("card", "qr", "--out", "T", "--size", "I"),
    ("import", "F", "--format", "T"),
    ("import", "F", "--event", "I"),
    ("export", "--format", "T", "--out", "T", "--timezone", "T"),
    ("trash",),
)

texts = st.text(max_size=40)
numbers = st.one_of(
    st.integers(min_value=-(10**25), max_value=10**25).map(str),
    st.sampled_from(["0", "1", "2", "-1", "9223372036854775807", "9223372036854775808"]),
    texts,
)
dates = st.one_of(st.dates(min_value=dt.date(1, 1, 1)).map(dt.date.isoformat), texts)


@st.composite
def command_lines(draw: st.DrawFn) -> tuple[list[str], str]:
    template = draw(st.sampled_from(TEMPLATES))
    argv: list[str] = []
    content = ""
    for part in template:
        if part == "T":
            argv.append(draw(texts))
        elif part == "I":
            argv.append(draw(numbers))
        elif part == "D":
            argv.append(draw(dates))
        elif part == "F":
            content = draw(st.text(max_size=300))
            argv.append("FILE")
        else:
            argv.append(part)
    return argv, content


@pytest.mark.filterwarnings("ignore")
@settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=command_lines())
def test_no_argument_makes_an_unexpected_problem(
    case: tuple[list[str], str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, content = case
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    data = work / "input.vcf"
    data.write_text(content, encoding="utf-8")
    # Output files go into the scratch folder, never next to the tests.
    argv = [str(data) if a == "FILE" else a for a in argv]
    if "--out" in argv:
        index = argv.index("--out") + 1
        argv[index] = str(work / Path(argv[index]).name) if Path(argv[index]).name else ""
    capsys.readouterr()
    try:
        code = main(["--db", str(tmp_path / "fuzz.db"), *argv])
    except SystemExit as exit_:
        code = exit_.code
    err = capsys.readouterr().err
    assert "unexpected problem" not in err, (argv, err)
    assert code in (0, 1, 2), (argv, code, err)
    if code:
        assert err.startswith("netdesk: error: ") or err.startswith("usage:"), (argv, err)
        assert "Traceback" not in err, (argv, err)
