#!/usr/bin/env bash
# Starts SomeTeams locally on embedded defaults and prints what to open. Ctrl+C stops
# everything this script started (by PID, and nothing else).
#   --port N     the bot's port (default 3978); the functions use N+1, the Agents Playground
#                N+2 (or a free one), storage N+7022..N+7024 (10000-10002 by default)
#   --data DIR   keep storage in DIR between runs (default: in memory, gone on exit)
#   --no-demo    leave out the demo social source
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

port=3978 data="" demo=1
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --no-demo) demo=0; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
blob=$((port + 7022)) queue=$((port + 7023)) table=$((port + 7024))

SOMETEAMS_NEEDS_BROWSER=0 bash eng/ensure-tools.sh
echo "run.sh: building…"
dotnet build SomeTeams.sln -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null

pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "run.sh: stopping ${pids[*]:-nothing}"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

persistence=(--inMemoryPersistence)
if [ -n "$data" ]; then mkdir -p "$data/azurite"; persistence=(--location "$data/azurite"); fi
node node_modules/azurite/dist/src/azurite.js "${persistence[@]}" --disableTelemetry --skipApiVersionCheck --silent \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
  --blobPort "$blob" --queuePort "$queue" --tablePort "$table" &
pids+=($!)
# The hosts create their tables and queues at start-up: wait until Azurite answers on all three ports.
for _ in $(seq 300); do
  ready=1
  for p in "$blob" "$queue" "$table"; do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || ready=0; done
  [ "$ready" = 1 ] && break
  kill -0 "${pids[0]}" 2>/dev/null || { echo "run.sh: Azurite did not start" >&2; exit 1; }
  sleep 0.1
done
[ "$ready" = 1 ] || { echo "run.sh: Azurite did not listen within 30 s" >&2; exit 1; }

key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="  # Azurite's well-known dev key
export Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
# ASP.NET Core's per-request lines (the Playground polls the bot while it waits for it) drown the app's own.
export Logging__LogLevel__Microsoft=Warning
# The demo source stands in when no social accounts are configured, unless --no-demo.
export Bot__AllowUnauthenticatedLocal=true Connectors__DemoWhenEmpty=$([ "$demo" = 1 ] && echo true || echo false)
# Roles by Entra object id, as in eng/playground/m365agentsplayground.yml: Maija approves and manages.
export Approvers__UserIds__0=5e000000-0000-4000-8000-000000000004 Managers__UserIds__0=5e000000-0000-4000-8000-000000000004

ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet src/TeamsApp/bin/Release/net10.0/SomeTeams.TeamsApp.dll &
pids+=($!)
# The Microsoft 365 Agents Playground as the Teams client: the team "Nordlink Somehoito" with its
# Triage channel and five colleagues (eng/playground/m365agentsplayground.yml). It prints the port
# it took ("Listening on N"); it falls back to a free one when N+2 is taken.
logs=$(mktemp -d -t someteams-run.XXXXXX)
TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_CONFIG_PATH="$PWD/eng/playground/m365agentsplayground.yml" \
  M365_AGENTS_PLAYGROUND_LOGFILE="$logs/playground.log" \
  node node_modules/@microsoft/m365agentsplayground/cli.js -e "http://127.0.0.1:$port/api/messages" -c msteams \
  -p $((port + 2)) --disable-telemetry > "$logs/playground.out" 2>&1 &
pids+=($!)
playground=""
for _ in $(seq 600); do
  playground=$(grep -oE '^Listening on [0-9]+' "$logs/playground.out" | grep -oE '[0-9]+$' || true)
  [ -n "$playground" ] && break
  kill -0 "${pids[-1]}" 2>/dev/null || { cat "$logs/playground.out" >&2; echo "run.sh: the Agents Playground did not start" >&2; exit 1; }
  sleep 0.1
done
[ -n "$playground" ] || { echo "run.sh: the Agents Playground did not say where it listens within 60 s" >&2; exit 1; }

# Cards go to the Playground's channels (Channels:<route>, read by PostCard): every case to Triage,
# the admins' notices to General. The serviceUrl is the one the Playground gives the bot.
tenant=5e000000-0000-4000-8000-00000000a000 connector="http://localhost:$playground/_connector"
export Channels__triage__TenantId=$tenant Channels__triage__ChannelId="19:somehoito-triage@thread.tacv2" Channels__triage__ServiceUrl="$connector"
export Channels__admins__TenantId=$tenant Channels__admins__ChannelId="19:nordlink-somehoito@thread.tacv2" Channels__admins__ServiceUrl="$connector"
# The managers' crisis cards and weekly digest go to General too.
export Channels__managers__TenantId=$tenant Channels__managers__ChannelId="19:nordlink-somehoito@thread.tacv2" Channels__managers__ServiceUrl="$connector"
ASPNETCORE_URLS="http://127.0.0.1:$((port + 1))" dotnet src/Functions/bin/Release/net10.0/SomeTeams.Functions.dll &
pids+=($!)


cat <<INFO

SomeTeams is running on loopback:
  Agents Playground (Teams)      http://127.0.0.1:$playground   open it, then the Triage channel of Nordlink Somehoito
  bot (Bot Framework endpoint)   http://127.0.0.1:$port/api/messages   health: http://127.0.0.1:$port/healthz
  functions (embedded runner)    http://127.0.0.1:$((port + 1))/healthz
  demo source's page             http://127.0.0.1:$((port + 1))/demo   what our replies and moderation did to the demo posts
  storage (Azurite)              blob $blob, queue $queue, table $table$([ -n "$data" ] && echo ", kept in $data" || echo ", in memory")
  social source                  $([ "$demo" = 1 ] && echo "the demo stream (when no accounts are configured)" || echo "configured accounts only (--no-demo)")
  Playground log                 $logs/playground.log
Press Ctrl+C to stop.
INFO
wait -n "${pids[@]}"
