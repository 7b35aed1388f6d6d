#!/usr/bin/env bash
# kill -9 an import at random moments, into an empty project (rollback journal) and into a
# non-empty one (WAL, checkpoints included), then check what a user would find: the file
# intact (integrity_check), the events either all old or all new, and info, query and
# export-image working — read-only commands first, as they must recover the file themselves.
#   kill_import.sh TIGRIS [KILLS] [ROWS]        (defaults: 20 kills of a 100k-row import)
TIGRIS="$1"
KILLS="${2:-20}"
ROWS="${3:-100000}"
source "$(dirname "$0")/common.sh"

make_csv "$WORK/events.csv" "$ROWS"
head -1 "$WORK/events.csv" >"$WORK/header.csv"
"$TIGRIS" import "$WORK/empty.tigris" "$WORK/header.csv" --create >/dev/null 2>&1
"$TIGRIS" sample "$WORK/sample.tigris" >/dev/null 2>&1
empty_count="$(event_count "$WORK/empty.tigris")"
sample_count="$(event_count "$WORK/sample.tigris")"
[ "$empty_count" = 0 ] || fail "the empty project has $empty_count events"

# One import to the end: how long it takes bounds the moments to kill at.
cp "$WORK/sample.tigris" "$WORK/full.tigris"
start=$(date +%s%N)
run_ok "a whole import" "$TIGRIS" import "$WORK/full.tigris" "$WORK/events.csv"
duration_ms=$((($(date +%s%N) - start) / 1000000))
[ "$(event_count "$WORK/full.tigris")" = $((sample_count + ROWS)) ] || fail "the whole import"
echo "a whole import of $ROWS rows takes ${duration_ms} ms; $KILLS kills follow"

readers=(info query export-image)
for ((i = 0; i < KILLS; i++)); do
  project="$WORK/trial.tigris"
  rm -f "$project" "$project-wal" "$project-shm" "$project-journal"
  if ((i % 2 == 0)); then
    cp "$WORK/empty.tigris" "$project"
    old=$empty_count
  else
    cp "$WORK/sample.tigris" "$project"
    old=$sample_count
  fi
  new=$((old + ROWS))
  # A moment anywhere in the import (and a little past it: the commit and checkpoint).
  delay_ms=$((RANDOM * (duration_ms + duration_ms / 10) / 32768 + 20))
  "$TIGRIS" import "$project" "$WORK/events.csv" >/dev/null 2>&1 &
  pid=$!
  sleep "$((delay_ms / 1000)).$(printf %03d $((delay_ms % 1000)))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  left="$(cd "$WORK" && ls trial.tigris-* 2>/dev/null | tr '\n' ' ')"
  what="kill $((i + 1)) at ${delay_ms} ms (left: ${left:-nothing})"

  # The reader that comes first does the recovery; rotate which one that is.
  for ((k = 0; k < 3; k++)); do
    case "${readers[(i + k) % 3]}" in
      info) run_ok "$what: info" "$TIGRIS" info "$project" ;;
      query) run_ok "$what: query" "$TIGRIS" query "$project" --text event --from 2014-06 --to 2014-06 ;;
      export-image) run_ok "$what: export-image" "$TIGRIS" export-image "$project" "$WORK/shot.png" --size 320x200 ;;
    esac
  done
  count="$(event_count "$project")"
  if [ "$count" != "$old" ] && [ "$count" != "$new" ]; then
    fail "$what: $count events, neither the old $old nor the new $new"
  fi
  run_ok "$what: check" "$TIGRIS" check "$project" && grep -q ": ok" "$WORK/out" ||
    fail "$what: integrity_check: $(cat "$WORK/out")"
  echo "$what: $count events, intact"
done
finish
