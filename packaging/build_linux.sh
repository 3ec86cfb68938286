#!/usr/bin/env bash
# Builds the Linux frozen app (PyInstaller onedir) and its tarball, then (with --selftest) runs
# the frozen `selftest` in a clean environment.
#
#   packaging/build_linux.sh [--selftest]
#
# Result: dist/incubator-app/ (the bundle) and dist/incubator-app-VERSION-linux-x86_64.tar.gz.
# The build runs in its own clean virtualenv (build/package-venv, `pip install .[package]`);
# BUILD_VENV=/path/to/venv uses an existing one instead (dev.sh test passes its test venv, which
# already holds every runtime dependency, to save the install time in CI).
#
# The clean-environment selftest: the tarball is unpacked in a temp folder, then run with
# `env -i` (PATH=/usr/bin:/bin, HOME and the working directory in temp folders,
# QT_QPA_PLATFORM=offscreen), so no virtualenv and no source tree is on any path; under strace
# (when installed), every file the process touches is listed and the run fails if one of them
# lies in the source tree or in a virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${PYTHON:-python3}
SELFTEST=0
[ "${1:-}" = "--selftest" ] && SELFTEST=1

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' incubator_app/__init__.py)
ARCH=$(uname -m)
NAME="incubator-app-$VERSION-linux-$ARCH"
START=$(date +%s)

if [ -n "${BUILD_VENV:-}" ]; then
  VENV=$BUILD_VENV
  "$VENV/bin/python" -m PyInstaller --version >/dev/null 2>&1 \
    || "$VENV/bin/python" -m pip install -q "pyinstaller>=6.10"
else
  VENV="$ROOT/build/package-venv"
  if [ ! -x "$VENV/bin/python" ]; then
    log "Creating the build virtualenv $VENV"
    "$PY" -m venv "$VENV"
  fi
  log "Installing the application and PyInstaller into it"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q ".[package]"
fi

log "PyInstaller (onedir)"
rm -rf dist/incubator-app
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath dist \
  --workpath build/pyinstaller packaging/incubator-app.spec

log "Desktop entry, AppStream metainfo, icons"
BUNDLE=dist/incubator-app
SHARE="$BUNDLE/share"
install -Dm644 packaging/linux/io.github.incubator_app.desktop \
  "$SHARE/applications/io.github.incubator_app.desktop"
install -Dm644 packaging/linux/io.github.incubator_app.metainfo.xml \
  "$SHARE/metainfo/io.github.incubator_app.metainfo.xml"
install -Dm644 packaging/linux/io.github.incubator_app.svg \
  "$SHARE/icons/hicolor/scalable/apps/io.github.incubator_app.svg"
for png in packaging/linux/icons/*.png; do
  size=$(basename "$png" .png)
  install -Dm644 "$png" "$SHARE/icons/hicolor/${size}x${size}/apps/io.github.incubator_app.png"
done
install -m755 packaging/linux/install-desktop-entry.sh "$BUNDLE/install-desktop-entry.sh"

log "Tarball"
TARBALL="dist/$NAME.tar.gz"
tar -C dist -czf "$TARBALL" --transform "s,^incubator-app,$NAME," incubator-app
BUILT=$(date +%s)
log "$TARBALL: $(du -m "$TARBALL" | cut -f1) MB, bundle $(du -sm "$BUNDLE" | cut -f1) MB in \
$(find "$BUNDLE" -type f | wc -l) files, built in $((BUILT - START)) s"

[ "$SELFTEST" -eq 1 ] || exit 0

log "Frozen selftest in a clean environment"
TMP=$(mktemp -d /tmp/incubator-frozen.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
mkdir "$TMP/home" "$TMP/cwd"
tar -C "$TMP" -xzf "$TARBALL"
APP="$TMP/$NAME/incubator-app"
run_clean() {
  (cd "$TMP/cwd" && env -i PATH=/usr/bin:/bin HOME="$TMP/home" QT_QPA_PLATFORM=offscreen "$@")
}
if command -v strace >/dev/null; then
  run_clean strace -f -qq -e trace=%file -o "$TMP/files.log" "$APP" selftest
  # Paths the frozen app opened, read or looked for in the source tree or a virtualenv.
  outside=$(grep -v ENOENT "$TMP/files.log" | grep -oE "\"($ROOT|[^\"]*/\.venv|[^\"]*/site-packages)[^\"]*\"" \
    | sort -u | head -20 || true)
  if [ -n "$outside" ]; then
    log "The frozen app read files outside its bundle:"; echo "$outside" >&2; exit 1
  fi
  log "strace: no file read from the source tree or a virtualenv"
else
  run_clean "$APP" selftest
fi
log "Frozen selftest passed in $(($(date +%s) - BUILT)) s"
