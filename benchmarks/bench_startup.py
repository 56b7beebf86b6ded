"""Start-up through the real command: ``netdesk`` from exec to the first painted People view.

Each round starts fresh processes, alternating, and reports the median of the rounds:

- a bare PySide6 process: QApplication, a 1280×800 QMainWindow with an empty
  QTableView, shown; time from exec to its first paint (the reference);
- ``netdesk --db EMPTY`` and ``netdesk --db DEMO`` (the cached 100,000-person demo):
  the installed command, with its argument parsing, translators, single-instance
  guard, store, window and People page; time from exec to the first paint.

Both measure the same way: the parent notes the wall clock just before exec, the
child writes the wall clock when its window has painted for the first time and
quits (``NETDESK_FIRST_PAINT_MARK``, netdesk/ui/app.py; the same event filter in the
bare script). Settings live in a throw-away folder: no daily backup; from the
second round on, the window state the app saved when it quit, as on a user's later start.
Bytecode is written to ``benchmarks/out/pycache`` and a warm-up round is not
counted, as for an installed program.

Run it on an X display, as the user does:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python benchmarks/bench_startup.py

Without a display it falls back to the offscreen platform (and says so).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import OUT, demo_db, machine

from netdesk.core.storage.store import Store

ROOT = Path(__file__).resolve().parents[1]
NETDESK = Path(sys.executable).with_name("netdesk")

BARE = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
table = QTableView()
table.setModel(QStandardItemModel(0, 5, table))
window.setCentralWidget(table)
window.resize(1280, 800)


def mark():
    Path(sys.argv[1]).write_text(f"{time.time():.6f}\n")
    app.quit()


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) \
                and watched.window() is window:
            app.removeEventFilter(self)
            QTimer.singleShot(0, mark)
        return False


first = FirstPaint()
app.installEventFilter(first)
window.show()
sys.exit(app.exec())
"""


def environment(config: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    env["XDG_CONFIG_HOME"] = str(config)  # default window and page, nothing of the user's
    env["QT_LOGGING_RULES"] = "qt.multimedia.symbolsresolver=false"
    if not env.get("QT_QPA_PLATFORM"):
        env["QT_QPA_PLATFORM"] = "xcb" if env.get("DISPLAY") else "offscreen"
    return env


def first_paint(argv: list[str], env: dict[str, str], mark: Path) -> float:
    """Seconds from exec to the child's first paint."""
    mark.unlink(missing_ok=True)
    env = {**env, "NETDESK_FIRST_PAINT_MARK": str(mark)}
    start = time.time()
    subprocess.run(
        argv, env=env, check=True, timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    return float(mark.read_text()) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    demo, _ = demo_db(args.people)
    work = Path(tempfile.mkdtemp(prefix="bench-startup-", dir=OUT))
    empty = work / "empty.db"
    Store.open(empty).close()
    env = environment(work / "config")
    # No daily backup of the shared demo file: it runs after the first paint anyway.
    (work / "config" / "netdesk").mkdir(parents=True)
    (work / "config" / "netdesk" / "netdesk.conf").write_text("[options]\nbackup\\daily=false\n")
    mark = work / "mark"
    bare_script = work / "bare.py"
    bare_script.write_text(BARE)
    runs = {
        "bare PySide6 window, empty table": [sys.executable, str(bare_script), str(mark)],
        "netdesk, empty database": [str(NETDESK), "--db", str(empty)],
        f"netdesk, {args.people:,} people": [str(NETDESK), "--db", str(demo)],
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    for round_ in range(args.rounds + 1):
        for name, argv in runs.items():
            seconds = first_paint(argv, env, mark)
            if round_:  # round 0 warms the bytecode and file caches
                times[name].append(seconds)

    print(f"# start-up through the real command, {time.strftime('%Y-%m-%d')}")
    print(f"machine: {machine()}")
    print(f"platform: {env['QT_QPA_PLATFORM']} (DISPLAY={env.get('DISPLAY', '')})")
    print(f"rounds: {args.rounds} (+1 warm-up), medians; exec → first paint")
    bare = statistics.median(times["bare PySide6 window, empty table"])
    for name, values in times.items():
        median = statistics.median(values)
        spread = ", ".join(f"{v:.3f}" for v in values)
        print(f"{name:40s} {median:.3f} s  ({median / bare:.2f}× bare)  [{spread}]")


if __name__ == "__main__":
    main()
