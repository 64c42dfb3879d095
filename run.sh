#!/usr/bin/env bash
# Starts SomeTeams locally on embedded defaults and prints what to open. Ctrl+C stops
# everything this script started (and only that).
#   --port N        first port to use (default 3978 for the bot; the others follow)
#   --data DIR      keep storage between runs in DIR (default: in memory)
#   --no-demo       do not start the demo social source
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

port=3978 data="" demo=1
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --no-demo) demo=0; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
export SOMETEAMS_PORT="$port" SOMETEAMS_DATA="$data" SOMETEAMS_DEMO="$demo"
SOMETEAMS_NEEDS_BROWSER=0 bash eng/ensure-tools.sh
dotnet build src/Cli -c Release --nologo -v quiet >/dev/null
exec dotnet src/Cli/bin/Release/net10.0/someteams.dll dev "$@"
