"""The written-down expected schema (storage/schema_snapshot.py) is what the steps make.

Regenerate it after adding a step: ``.venv/bin/python -m tests.core.test_schema_snapshot``.
"""

from __future__ import annotations

import pprint
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from netdesk.core.storage import migrations, schema_snapshot
from netdesk.core.storage.store import Store

SNAPSHOT = Path(schema_snapshot.__file__)

HEADER = '''"""The newest version's expected schema, written down so a process need not build it.

Opening a file compares its whole schema with what the steps make (migrations.py);
running the steps in memory costs ~10 ms a process, which a one-line command feels.
This is that result; it is used only while the steps and the SQLite version are the
ones it was made from (``STEPS_CRC``, ``SQLITE_VERSION``), and otherwise the steps run
in memory as before. Generated: ``.venv/bin/python -m tests.core.test_schema_snapshot``.
"""

# ruff: noqa: E501
'''


def snapshot_source() -> str:
    objects = migrations.built_objects(migrations.SCHEMA_VERSION)
    return (
        HEADER
        + f"\nSCHEMA_VERSION = {migrations.SCHEMA_VERSION}"
        + f"\nSQLITE_VERSION = {sqlite3.sqlite_version!r}"
        + f"\nSTEPS_CRC = {migrations.steps_crc()}"
        + f"\nOBJECTS: dict[tuple[str, str], str] = {pprint.pformat(objects, width=10_000)}\n"
    )


def test_the_snapshot_is_made_from_the_current_steps() -> None:
    assert schema_snapshot.SCHEMA_VERSION == migrations.SCHEMA_VERSION, (
        "a step was added: regenerate with python -m tests.core.test_schema_snapshot"
    )
    assert migrations.steps_crc() == schema_snapshot.STEPS_CRC, (
        "a step changed: regenerate with python -m tests.core.test_schema_snapshot"
    )


@pytest.mark.skipif(
    sqlite3.sqlite_version != schema_snapshot.SQLITE_VERSION,
    reason="snapshot made with another SQLite: the steps run in memory instead",
)
def test_the_snapshot_equals_the_steps_run_in_memory() -> None:
    assert migrations.snapshot_usable(migrations.SCHEMA_VERSION)
    assert migrations.built_objects(migrations.SCHEMA_VERSION) == schema_snapshot.OBJECTS
    assert migrations.expected_objects(migrations.SCHEMA_VERSION) == schema_snapshot.OBJECTS


def test_a_file_with_a_planted_trigger_is_still_refused(tmp_path: Path) -> None:
    """The snapshot changes where the expected schema comes from, not what is compared."""
    path = tmp_path / "n.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER wipe AFTER INSERT ON people BEGIN DELETE FROM people; END")
    conn.commit()
    conn.close()
    # A fresh process: nothing cached from this one.
    code = (
        "import sys\n"
        "from netdesk.core.errors import NetdeskError\n"
        "from netdesk.core.storage.store import Store\n"
        "try:\n    Store.open(sys.argv[1])\n"
        "except NetdeskError as e:\n    print(e.code, e.params.get('detail'))\n"
        "else:\n    print('opened')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["db-schema-foreign", "extra", "trigger", "wipe"]


if __name__ == "__main__":
    SNAPSHOT.write_text(snapshot_source(), encoding="utf-8")
    print(f"wrote {SNAPSHOT}")
