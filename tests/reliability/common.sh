# Shared by the reliability scripts: a temp folder removed at exit, assertions that count.
# Sourced; expects TIGRIS (the binary) to be set.
set -u
export QT_QPA_PLATFORM=offscreen
WORK="$(mktemp -d "${TMPDIR:-/tmp}/tigris-rel.XXXXXX")"
export XDG_RUNTIME_DIR="$WORK/xdg"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$WORK"' EXIT
FAILURES=0

fail() {
  echo "FAIL: $*" >&2
  FAILURES=$((FAILURES + 1))
}

# run_ok WHAT COMMAND...: the command exits 0.
run_ok() {
  local what="$1"
  shift
  local rc=0
  "$@" >"$WORK/out" 2>"$WORK/err" || rc=$?
  if [ "$rc" -ne 0 ]; then
    fail "$what: exit $rc — $(tail -c 400 "$WORK/err")"
    return 1
  fi
}

# run_fails_with WHAT TEXT COMMAND...: the command exits non-zero and says TEXT on stderr.
run_fails_with() {
  local what="$1" text="$2"
  shift 2
  if "$@" >"$WORK/out" 2>"$WORK/err"; then
    fail "$what: succeeded, expected an error saying '$text'"
  elif ! grep -qF -- "$text" "$WORK/err"; then
    fail "$what: the error does not say '$text': $(tail -c 400 "$WORK/err")"
  fi
}

# event_count FILE: the events `tigris info` reports.
event_count() {
  "$TIGRIS" info "$1" 2>/dev/null | sed -n 's/^ *"events": \([0-9]*\),*$/\1/p'
}

# make_csv FILE ROWS: a CSV of ROWS placed, dated events.
make_csv() {
  awk -v n="$2" 'BEGIN {
    print "title,date,latitude,longitude,category,description"
    for (i = 0; i < n; i++)
      printf "Event %d near place %d,2014-%02d-%02d,%.4f,%.4f,cat%d,Description number %d\n",
             i, i % 997, 1 + i % 12, 1 + i % 28, 30 + (i % 800) / 100, 38 + (i % 1000) / 100,
             i % 10, i
  }' >"$1"
}

finish() {
  if [ "$FAILURES" -ne 0 ]; then
    echo "$FAILURES failure(s)" >&2
    exit 1
  fi
  echo "all passed"
}
