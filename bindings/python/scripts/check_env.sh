# Shared set-up of the distributed checks (sourced by spark_check.sh and ray_check.sh):
# `here` (bindings/python), `repo`, the venv with the dyad wheel as ci.sh makes it, `need`
# to pip-install a framework once, and `dyad`, the CLI they compare against.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$here"
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import dyad' 2>/dev/null; then
  bash "$here/ci.sh" -q
fi
# need MODULE PIP_SPEC...: install the specs unless MODULE imports.
need() {
  local module="$1"
  shift
  .venv/bin/python -c "import $module" 2>/dev/null ||
    .venv/bin/python -m pip install -q --disable-pip-version-check "$@"
}
dyad="${DYAD_BIN:-${CARGO_TARGET_DIR:-$repo/target}/release/dyad}"
[ -x "$dyad" ] || (cd "$repo" && cargo build --release -q -p dyad-cli)
