#!/usr/bin/env bash
# Shared set-up for scripts/run and scripts/test: the system libraries Qt needs,
# a virtual environment in .venv and netdesk installed into it.
# Idempotent: a second run only checks, and reinstalls when pyproject.toml changed.
# Usage: source scripts/bootstrap.sh [gui]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# What offscreen Qt (tests, screenshots) needs on a bare Debian 12 (PLATFORM-NOTES.md),
# plus a small CJK font so that names such as 王小明 do not render as empty boxes.
SYSTEM_PACKAGES=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
                 fonts-dejavu-core fonts-wqy-microhei libpulse0)
# The validators of the shipped desktop entry and AppStream metadata (tests/cli/test_desktop.py).
SYSTEM_PACKAGES+=(desktop-file-utils appstream)
# A real window on an X display needs the xcb platform plugin's libraries too.
if [ "${1:-}" = "gui" ]; then
  SYSTEM_PACKAGES+=(libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
                    libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xkb1
                    libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxcb-glx0)
fi

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "netdesk needs Python 3.11 or newer; '$PYTHON' is $("$PYTHON" --version 2>&1)." >&2
  exit 1
fi
# Debian ships venv's ensurepip separately.
if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
  SYSTEM_PACKAGES+=("python3-venv")
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "netdesk: installing system libraries Qt needs: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "netdesk: these system packages are missing; install them with:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "netdesk: creating the virtual environment in .venv"
  "$PYTHON" -m venv "$VENV"
fi

# Reinstall only when the project's metadata changed since the last install.
stamp="$VENV/.netdesk-installed"
want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "netdesk: installing Python packages (first run takes a few minutes)"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e "$ROOT[test]"
  echo "$want" > "$stamp"
fi
