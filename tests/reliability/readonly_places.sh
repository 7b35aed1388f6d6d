#!/usr/bin/env bash
# A project where it cannot be written: read-only file, read-only folder (as a normal user,
# by permissions), read-only mount and full disk (as root, in a private mount namespace with
# a small tmpfs). Reads work; writes fail saying why; a project that needs recovery says so.
#   readonly_places.sh TIGRIS
TIGRIS="$1"
source "$(dirname "$0")/common.sh"

"$TIGRIS" sample "$WORK/sample.tigris" >/dev/null 2>&1
make_csv "$WORK/events.csv" 2000
make_csv "$WORK/big.csv" 60000

# reads_work WHAT PROJECT: info, query and export-image succeed.
reads_work() {
  run_ok "$1: info" "$TIGRIS" info "$2"
  run_ok "$1: query" "$TIGRIS" query "$2" --text Mosul
  run_ok "$1: export-image" "$TIGRIS" export-image "$2" "$WORK/shot.png" --size 320x200
}

# writes_refused WHAT PROJECT TEXT: import and annotate fail naming TEXT; nothing changes.
writes_refused() {
  local before
  before="$(event_count "$2")"
  run_fails_with "$1: import" "$3" "$TIGRIS" import "$2" "$WORK/events.csv"
  run_fails_with "$1: annotate" "$3" "$TIGRIS" annotate "$2" --at 36,43 --title x
  [ "$(event_count "$2")" = "$before" ] || fail "$1: the project changed"
}

# A project whose writer was killed mid-transaction, its changes already spilled into the
# file: a hot journal beside it (the sqlite3 shell kills itself, so the moment is certain).
make_hot_journal() {
  cp "$WORK/sample.tigris" "$1"
  # In a subshell with stderr closed: the shell would report the kill.
  (sqlite3 "$1" <<'SQL'
PRAGMA journal_mode=DELETE;
PRAGMA cache_size=8;
BEGIN;
INSERT INTO events(title, description, start, precision, span_lo, span_hi)
  WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 3000)
  SELECT 'spilled', zeroblob(400), 0, 3, 0, 86400 FROM c;
.system kill -9 $PPID
SQL
  ) >/dev/null 2>&1
  [ "$(head -c 8 "$1-journal" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = d9d505f920a163d7 ]
}

if [ "$(id -u)" -ne 0 ]; then
  mkdir "$WORK/file"
  cp "$WORK/sample.tigris" "$WORK/file/p.tigris"
  chmod a-w "$WORK/file/p.tigris"
  reads_work "read-only file" "$WORK/file/p.tigris"
  writes_refused "read-only file" "$WORK/file/p.tigris" "the file is read-only"

  mkdir "$WORK/folder"
  cp "$WORK/sample.tigris" "$WORK/folder/p.tigris"
  chmod a-w "$WORK/folder"
  reads_work "read-only folder" "$WORK/folder/p.tigris"
  writes_refused "read-only folder" "$WORK/folder/p.tigris" "is read-only"
  chmod u+w "$WORK/folder"

  mkdir "$WORK/hot"
  if command -v sqlite3 >/dev/null && make_hot_journal "$WORK/hot/p.tigris" 2>/dev/null; then
    chmod a-w "$WORK/hot"
    run_fails_with "hot journal, read-only folder" \
      "this project needs recovery; open it once with write access" \
      "$TIGRIS" info "$WORK/hot/p.tigris"
    chmod u+w "$WORK/hot"
    reads_work "hot journal, writable again" "$WORK/hot/p.tigris"
  else
    echo "note: no sqlite3 shell to leave a hot journal; that case was not run"
  fi
  echo "read-only mount and full disk need root (a private mount namespace): not run"
elif unshare -m true 2>/dev/null; then
  # As root permissions do not stop writes: real read-only and full file systems instead.
  mkdir "$WORK/mnt"
  export -f run_ok run_fails_with fail event_count reads_work writes_refused make_hot_journal
  export TIGRIS WORK
  unshare -m bash -c '
    FAILURES=0
    mount -t tmpfs -o size=8m tmpfs "$WORK/mnt" || exit 3
    cp "$WORK/sample.tigris" "$WORK/mnt/p.tigris"
    command -v sqlite3 >/dev/null && make_hot_journal "$WORK/mnt/hot.tigris" 2>/dev/null ||
      echo "note: no hot journal made (sqlite3 shell missing?)"
    mount -o remount,ro "$WORK/mnt" || exit 3
    reads_work "read-only mount" "$WORK/mnt/p.tigris"
    writes_refused "read-only mount" "$WORK/mnt/p.tigris" "read-only file system"
    if [ -e "$WORK/mnt/hot.tigris-journal" ]; then
      echo "a hot journal on a read-only mount: info and query must ask for recovery"
      for command in info query; do
        run_fails_with "hot journal, read-only mount: $command" \
          "this project needs recovery; open it once with write access" \
          "$TIGRIS" "$command" "$WORK/mnt/hot.tigris"
      done
    fi
    umount "$WORK/mnt"

    mount -t tmpfs -o size=1m tmpfs "$WORK/mnt" || exit 3
    cp "$WORK/sample.tigris" "$WORK/mnt/p.tigris"
    before="$(event_count "$WORK/mnt/p.tigris")"
    run_fails_with "full disk: import" "disk is full" \
      "$TIGRIS" import "$WORK/mnt/p.tigris" "$WORK/big.csv"
    reads_work "full disk" "$WORK/mnt/p.tigris"
    [ "$(event_count "$WORK/mnt/p.tigris")" = "$before" ] || fail "full disk: the project changed"
    run_ok "full disk: check" "$TIGRIS" check "$WORK/mnt/p.tigris"
    umount "$WORK/mnt"
    exit "$FAILURES"
  ' || FAILURES=$((FAILURES + $?))
  echo "read-only file and folder need a normal user (root writes anyway): not run"
else
  echo "root without mount namespaces: nothing here can be made read-only; skipped"
fi
finish
