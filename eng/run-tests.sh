#!/usr/bin/env bash
# Runs each built test project (xunit.v3 executables) and sums their results into one line.
set -uo pipefail
cd "$(dirname "$0")/.."
results="TestResults"
mkdir -p "$results"
passed=0 failed=0 skipped=0

for project in tests/*.Tests/*.csproj tests/EndToEnd/*.csproj; do
  [ -f "$project" ] || continue
  name=$(basename "$project" .csproj)
  exe="$(dirname "$project")/bin/Release/net10.0/$name"
  [ -f "$exe" ] || exe="$exe.exe"
  echo "== $name"
  log="$results/$name.log"
  # A hung project must not eat CI's whole budget: each gets at most SOMETEAMS_PROJECT_TIMEOUT seconds.
  SOMETEAMS_TEST_RESULTS="$PWD/$results" timeout --kill-after=30 "${SOMETEAMS_PROJECT_TIMEOUT:-1200}" \
    "$exe" -noColor -xml "$results/$name.xml" > "$log" 2>&1
  code=$?
  [ "$code" -eq 124 ] && echo "   $name timed out after ${SOMETEAMS_PROJECT_TIMEOUT:-1200} s"
  grep -E '^\s*\[FAIL\]|^\s*\[SKIP\]|Total:' "$log" || true
  summary=$(grep -E "^\s*$name\s+Total:" "$log" | tail -n 1)
  if [ -z "$summary" ]; then
    echo "   $name ended without a summary (exit code $code); its log follows:"
    tail -n 40 "$log"
    failed=$((failed + 1))
    continue
  fi
  field() { echo "$summary" | grep -oE "$1: [0-9]+" | grep -oE '[0-9]+' || echo 0; }
  total=$(field Total) errors=$(field Errors) fails=$(field Failed) skips=$(field Skipped) notrun=$(field "Not Run")
  passed=$((passed + total - fails - skips - notrun))
  failed=$((failed + fails + errors))
  skipped=$((skipped + skips))
  if [ "$code" -ne 0 ] && [ "$fails" -eq 0 ] && [ "$errors" -eq 0 ]; then
    echo "   $name exited with $code"
    failed=$((failed + 1))
  fi
done

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]
