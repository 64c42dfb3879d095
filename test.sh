#!/usr/bin/env bash
# Runs every test of SomeTeams: restore (NuGet and npm from lock files), build with warnings
# as errors, then every test project inside a private network namespace (loopback only) where
# the machine allows it. Ends with one line: "N passed, N failed[, N skipped]".
# CI runs exactly this (.ci/run).
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 NUGET_CERT_REVOCATION_MODE=offline

fail() { echo "test.sh: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

bash eng/ensure-tools.sh || fail "could not install the tools the tests need"
dotnet restore SomeTeams.sln --nologo -v quiet || fail "dotnet restore failed"
dotnet build SomeTeams.sln -c Release --no-restore --nologo -v quiet -warnaserror -p:TreatWarningsAsErrors=true \
  || fail "the build failed (warnings count as errors)"

if [ -x infra/check.sh ]; then
  bash infra/check.sh || fail "Bicep build or lint failed"
fi

# Nothing a test starts may reach anything but loopback: a fresh network namespace has only lo.
if [ "$(uname -s)" = "Linux" ] && unshare -n true 2>/dev/null && command -v ip >/dev/null; then
  exec unshare -n bash -c 'ip link set lo up && exec bash eng/run-tests.sh'
fi
echo "test.sh: no private network namespace here (needs Linux, unshare and root); running the tests directly." >&2
exec bash eng/run-tests.sh
