#!/usr/bin/env bash
# CI for dyad's Python wheel: a venv in bindings/python/.venv, maturin, pyarrow and pytest from
# PyPI, the wheel built and installed (release), then its pytest. The seed-article test compares
# with the CLI: $DYAD_BIN, else target/release/dyad, else target/debug/dyad (the same records;
# .ci/run has built it by then), else built here (debug).
# Usage: bash bindings/python/ci.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$here"

py="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$py" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check 'maturin>=1.5,<2' pyarrow pytest

if [ -z "${DYAD_BIN:-}" ]; then
  t="${CARGO_TARGET_DIR:-$repo/target}"
  if [ -x "$t/release/dyad" ]; then DYAD_BIN="$t/release/dyad"
  else
    [ -x "$t/debug/dyad" ] || (cd "$repo" && cargo build -q -p dyad-cli)
    DYAD_BIN="$t/debug/dyad"
  fi
  export DYAD_BIN
fi

# The wheel has its own target folder (bindings/python/target): it is not a workspace member.
# (`maturin develop` needs VIRTUAL_ENV to find the venv.)
VIRTUAL_ENV="$here/.venv" PATH="$here/.venv/bin:$PATH" \
  CARGO_TARGET_DIR="$here/target" .venv/bin/maturin develop --release -q
.venv/bin/python -m pytest -q tests "$@"
