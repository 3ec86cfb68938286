#!/usr/bin/env bash
# Quick start for incubator_app on Linux (Debian/Ubuntu), Python >= 3.11.
#   ./dev.sh app    install what is needed, create the demo database on first run, open the app
#   ./dev.sh frozen build the Linux frozen app and run its selftest in a clean environment
#   ./dev.sh test   install what is needed, check ruff and the import contracts, run the whole
#                   test suite on SQLite, then the core tests again on a throwaway PostgreSQL
#                   server started on loopback, then build the Linux frozen app (PyInstaller)
#                   and run its selftest in a clean environment (packaging/build_linux.sh)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
VENV="$ROOT/.venv"
PY=${PYTHON:-python3}

# Debian packages: Qt's runtime libraries (offscreen and X11), fonts, PostgreSQL server,
# PDF tools used by tests (pdftoppm, pdftotext, qpdf) and Xvfb.
QT_LIBS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0
 libxcb-xinerama0 libxcb-randr0 libxrender1 libxi6 libsm6 libice6 libnss3 libasound2
 fonts-dejavu-core"
TEST_PKGS="postgresql poppler-utils qpdf xvfb xauth"
# The frozen build: binutils for PyInstaller's look at shared libraries, strace to prove the
# frozen selftest reads no file outside its bundle.
PACKAGE_PKGS="binutils strace"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      log "Missing system packages (install them as root): ${missing[*]}"; return 1; fi
  fi
  if ! command -v apt-get >/dev/null; then
    log "Not a Debian/Ubuntu system: install the equivalents of: ${missing[*]}"; return 1
  fi
  log "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

ensure_venv() {
  local extra=$1 stamp="$VENV/.installed-$1"
  if [ ! -x "$VENV/bin/python" ]; then
    log "Creating $VENV"
    # Debian's system Python ships venv separately.
    "$PY" -m venv "$VENV" 2>/dev/null || { apt_install python3-venv && "$PY" -m venv "$VENV"; }
  fi
  # Reinstall only when pyproject.toml changed since the last install.
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    log "Installing Python packages"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".${extra}"
    touch "$stamp"
  fi
}

data_dir() { "$VENV/bin/python" -c 'from incubator_app.db.paths import data_dir; print(data_dir())'; }

cmd_app() {
  apt_install $QT_LIBS || true
  ensure_venv ""
  local db="${INCUBATOR_DEMO_DB:-$(data_dir)/demo.sqlite3}"
  mkdir -p "$(dirname "$db")"
  # Creates the demo on first run, rebuilds it when its reference date is over 30 days old (a
  # stale demo shows an empty month), keeps it otherwise; a real incubator's database is refused.
  "$VENV/bin/incubator-app" demo --db "$db" --scale small --if-stale \
    || log "$db was left as it is (see above); opening it"
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    log "No display: starting under Xvfb (set QT_QPA_PLATFORM=offscreen to run headless)"
    apt_install xvfb xauth
    exec xvfb-run -a "$VENV/bin/incubator-app" --db "$db" "$@"
  fi
  log "Demo login: admin / demo-admin"
  exec "$VENV/bin/incubator-app" --db "$db" "$@"
}

PG_DIR=""
stop_pg() {
  [ -n "$PG_DIR" ] || return 0
  run_as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}
run_as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_pg() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$PG_BIN/initdb" ] || { log "PostgreSQL server binaries not found"; return 1; }
  PG_DIR=$(mktemp -d /tmp/incubator-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  trap stop_pg EXIT
  PG_PORT=$("$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  run_as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U incubator --auth=trust -E UTF8 \
    --locale=C.UTF-8 >/dev/null
  run_as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o \
    "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c full_page_writes=off" \
    start >/dev/null
  export INCUBATOR_TEST_DB_URL="postgresql+psycopg://incubator@127.0.0.1:$PG_PORT/postgres"
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

cmd_test() {
  apt_install $QT_LIBS $TEST_PKGS $PACKAGE_PKGS
  ensure_venv "[test,package]"
  export QT_QPA_PLATFORM=offscreen
  log "ruff"
  "$VENV/bin/ruff" check .
  log "import-linter (core without Qt, UI without SQL, service domains in order)"
  "$VENV/bin/lint-imports"
  log "Test suite on SQLite"
  "$VENV/bin/pytest" -q "$@"
  start_pg
  log "Core tests, and the UI tests that need a server, on PostgreSQL"
  "$VENV/bin/pytest" -q -m "core or server" "$@"
  stop_pg
  frozen_selftest
}

# The Linux frozen app, built with the test virtualenv (it holds every runtime dependency and
# PyInstaller: no second install), then its selftest from the tarball with an empty environment.
frozen_selftest() {
  local start=$SECONDS
  log "Frozen build (PyInstaller) and its selftest in a clean environment"
  BUILD_VENV="$VENV" packaging/build_linux.sh --selftest
  log "Frozen build and selftest: $((SECONDS - start)) s"
}

case "${1:-}" in
  app) shift; cmd_app "$@" ;;
  test) shift; cmd_test "$@" ;;
  frozen) apt_install $QT_LIBS $PACKAGE_PKGS; ensure_venv "[test,package]"; frozen_selftest ;;
  *) echo "usage: ./dev.sh app|test|frozen" >&2; exit 2 ;;
esac
