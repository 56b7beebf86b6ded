"""The command line as whole processes, each beside a bare script doing the same work.

Every figure is the median of several rounds of fresh processes (exec → exit), the
netdesk command and its reference alternating in the same round:

- ``netdesk person list --search jan --json`` on the 10,000-person demo, beside a
  bare Python process (sqlite3 + json) running the same FTS5 query and printing the
  same rows as JSON;
- ``netdesk card qr --out card.png`` for a ~330-byte vCard, beside a segno script
  writing a PNG of the same payload, version and error correction;
- ``netdesk scan card.png`` (the code just written, one person, already known after
  the first round), beside a zxing-cpp script decoding the same image;
- for orientation, ``python -c pass``.

Bytecode is written to ``benchmarks/out/pycache`` and one warm-up round is not
counted, as for an installed program (this machine sets PYTHONDONTWRITEBYTECODE).

    .venv/bin/python benchmarks/bench_cli.py [--rounds 9]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import OUT, demo_db, machine

PYTHON = sys.executable
NETDESK = str(Path(PYTHON).with_name("netdesk"))

BARE_SEARCH = r"""
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT p.id, p.full_name, p.organisation, p.department, p.title FROM people_fts f"
    " JOIN people p ON p.id = f.rowid"
    " WHERE people_fts MATCH ? AND p.deleted_at IS NULL ORDER BY f.rowid DESC",
    ('"jan"*',),
).fetchall()
keys = ("id", "full_name", "organisation", "department", "title")
json.dump([dict(zip(keys, row)) for row in rows], sys.stdout, ensure_ascii=False, indent=2)
"""

SEGNO = r"""
import sys, segno
payload = open(sys.argv[1], encoding="utf-8", newline="").read()
code = segno.make_qr(payload, version=int(sys.argv[3]), error=sys.argv[4], boost_error=False)
code.save(sys.argv[2], scale=max(1, 600 // (code.symbol_size(scale=1, border=4)[0])), border=4)
"""

ZXING = r"""
import sys, zxingcpp
from PIL import Image
with Image.open(sys.argv[1]) as image:
    print([r.text for r in zxingcpp.read_barcodes(image.convert("L"))])
"""


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    return env


def seconds(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, timeout=120)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    env = environment()
    people, _ = demo_db(10_000)
    work = Path(tempfile.mkdtemp(prefix="bench-cli-", dir=OUT))
    card_db = work / "card.db"
    subprocess.run(
        [NETDESK, "--db", str(card_db), "card", "set", "--name", "Sanne de Vries",
         "--org", "Deltares", "--department", "Water Quality", "--title", "Senior Engineer",
         "--email", "sanne.devries@deltares.example", "--phone", "+31 6 1234 5678",
         "--website", "https://www.deltares.example/people/sanne-de-vries",
         "--linkedin", "https://www.linkedin.com/in/sanne-de-vries-example"],
        env=env, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    shown = json.loads(
        subprocess.run(
            [NETDESK, "--db", str(card_db), "card", "show", "--json"],
            env=env, check=True, capture_output=True, text=True,
        ).stdout
    )  # fmt: skip
    payload = work / "payload.txt"
    payload.write_text(shown["payload"], encoding="utf-8", newline="")
    fit = shown["qr"]
    png, segno_png = work / "card.png", work / "segno.png"
    scripts = {}
    for name, text in (("bare_search", BARE_SEARCH), ("segno", SEGNO), ("zxing", ZXING)):
        scripts[name] = work / f"ref_{name}.py"  # not segno.py: it would shadow segno
        scripts[name].write_text(text)
    scan_db = work / "scan.db"
    pairs = {
        "person list --search jan --json (10,000 people)": (
            [NETDESK, "person", "list", "--search", "jan", "--json", "--db", str(people)],
            [PYTHON, str(scripts["bare_search"]), str(people)],
            "bare Python: sqlite3 + json, same FTS query",
        ),
        f"card qr --out card.png ({fit['bytes']}-byte vCard)": (
            [NETDESK, "--db", str(card_db), "card", "qr", "--out", str(png)],
            [
                PYTHON,
                str(scripts["segno"]),
                str(payload),
                str(segno_png),
                str(fit["version"]),
                fit["error_correction"].lower(),
            ],
            "segno script, same payload/version/level",
        ),
        "scan card.png (one QR code)": (
            [NETDESK, "--db", str(scan_db), "scan", str(png)],
            [PYTHON, str(scripts["zxing"]), str(png)],
            "zxing-cpp script (Pillow + zxingcpp)",
        ),
    }
    floor: list[float] = []
    times: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in pairs}
    for round_ in range(args.rounds + 1):
        python_pass = seconds([PYTHON, "-c", "pass"], env)
        for name, (command, reference, _) in pairs.items():
            ours, theirs = seconds(command, env), seconds(reference, env)
            if round_:  # round 0 warms bytecode and file caches
                times[name][0].append(ours)
                times[name][1].append(theirs)
        if round_:
            floor.append(python_pass)

    print(f"# the command line as whole processes, {time.strftime('%Y-%m-%d')}")
    print(f"machine: {machine()}")
    print(f"rounds: {args.rounds} (+1 warm-up), medians, exec → exit")
    print(f"python -c pass: {statistics.median(floor) * 1000:.0f} ms")
    for name, (ours, theirs) in times.items():
        a, b = statistics.median(ours), statistics.median(theirs)
        print(
            f"{name:50s} netdesk {a * 1000:4.0f} ms | {pairs[name][2]}: {b * 1000:4.0f} ms"
            f" | {a / b:.2f}×"
        )


if __name__ == "__main__":
    main()
