"""``netdesk export --format json`` / ``import`` of an archive, and ``person export|erase``."""

from __future__ import annotations

import json
from pathlib import Path

from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store
from tests.core.archive_data import SUBJECT_NAME, fill


def test_demo_archive_round_trip_through_the_command_line(cli, tmp_path: Path, db_path) -> None:
    assert cli("demo", "--people", "40").code == 0
    archive = tmp_path / "all.json"
    done = cli("export", "--format", "json", "--out", str(archive), "--json")
    assert done.code == 0 and done.json["people"] == 40
    other = tmp_path / "other.db"
    result = cli("import", str(archive), "--json", db=other)
    assert result.code == 0 and result.json["summary"]["created"] == 40
    assert result.json["tables"]["events"] > 0
    listed = [cli("person", "list", "--json", db=db).json for db in (db_path, other)]
    assert listed[0] == listed[1]


def test_a_bad_archive_is_one_line_and_the_database_stays_empty(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"netdesk": "archive", "version": 99, "tables": {}}')
    result = cli("import", str(bad))
    assert result.code == 1 and result.err.count("\n") == 1
    assert result.err.startswith("netdesk: error: ") and "version 99" in result.err
    assert cli("person", "list", "--json").json == []


def test_person_export_and_erase(cli, tmp_path: Path, db_path: Path) -> None:
    with Store.open(db_path) as store:
        subject = fill(store, people=20)
    out = tmp_path / "their-data.json"
    done = cli("person", "export", str(subject), "--out", str(out))
    assert done.code == 0 and SUBJECT_NAME in done.out
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["full_name"] == SUBJECT_NAME
    # Not a terminal and no --yes: refused, nothing erased.
    refused = cli("person", "erase", str(subject))
    assert refused.code == 1 and refused.err.count("\n") == 1 and "--yes" in refused.err
    assert cli("person", "show", str(subject)).code == 0
    erased = cli("person", "erase", str(subject), "--yes", "--json")
    assert erased.code == 0 and erased.json == {"id": subject, "name": SUBJECT_NAME, "erased": True}
    gone = cli("person", "show", str(subject))
    assert gone.code == 1 and f"no person with id {subject}" in gone.err
    again = cli("person", "erase", str(subject), "--yes")
    assert again.code == 1 and again.err.count("\n") == 1


def test_person_export_of_nobody_writes_nothing(cli, tmp_path: Path) -> None:
    out = tmp_path / "nobody.json"
    result = cli("person", "export", "77", "--out", str(out))
    assert result.code == 1 and "no person with id 77" in result.err and not out.exists()


def _erase_at_a_terminal(db: Path, person_id: int, answer: bytes) -> tuple[int, str]:
    """``netdesk person erase ID`` with a terminal on every side, answering ``answer``."""
    import os
    import pty
    import subprocess
    import sys

    netdesk = Path(sys.executable).with_name("netdesk")
    main, side = pty.openpty()
    process = subprocess.Popen(
        [str(netdesk), "--db", str(db), "person", "erase", str(person_id)],
        stdin=side,
        stdout=side,
        stderr=side,
        close_fds=True,
    )
    os.close(side)
    said = b""
    while b"[y/N]" not in said:
        said += os.read(main, 4096)
    os.write(main, answer)
    code = process.wait(timeout=60)
    try:
        while chunk := os.read(main, 4096):
            said += chunk
    except OSError:  # the terminal closed with the process
        pass
    os.close(main)
    return code, said.decode("utf-8", "replace")


def test_at_a_terminal_erase_asks_first(tmp_path: Path, db_path: Path) -> None:
    with Store.open(db_path) as store:
        keep, gone = (store.people.add(PersonFields(n)) for n in ("Ada Peters", "Bas Dekker"))
    code, said = _erase_at_a_terminal(db_path, keep, b"n\n")
    assert code == 1 and "Ada Peters" in said and "cannot be undone" in said
    code, said = _erase_at_a_terminal(db_path, gone, b"y\n")
    assert code == 0 and "Erased Bas Dekker" in said
    with Store.open(db_path) as store:
        assert [p.full_name for p in store.people.rows(store.people.ids())] == ["Ada Peters"]
