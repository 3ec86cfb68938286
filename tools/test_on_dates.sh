#!/usr/bin/env bash
# Runs the whole suite (SQLite) as if the machine's clock said another date, with libfaketime,
# to prove that no test depends on the day it runs:
#   tools/test_on_dates.sh                        the four dates of issue 10
#   tools/test_on_dates.sh "2027-10-31 02:30"     any dates ("YYYY-MM-DD HH:MM")
# Needs the test virtualenv (./dev.sh test once) and Debian's faketime package (installed here
# with apt-get when missing). The clock starts at the date and keeps ticking.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv
if ! command -v faketime >/dev/null; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends faketime
fi
[ $# -gt 0 ] || set -- "2027-01-04 09:00" "2027-03-31 23:30" "2027-12-31 23:50" "2028-02-29 12:00"
export QT_QPA_PLATFORM=offscreen
status=0
for when in "$@"; do
  printf '\033[1m==> machine clock at %s\033[0m\n' "$when" >&2
  faketime -f "@$when:00" "$VENV/bin/python" -c 'import datetime; print("the machine says", datetime.datetime.now())'
  faketime -f "@$when:00" "$VENV/bin/pytest" -q -p no:cacheprovider || status=1
done
exit $status
