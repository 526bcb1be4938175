#!/usr/bin/env bash
# Load and soak of the API at synthetic scale M, on 127.0.0.1 only:
#   generate scale M -> import into a fresh data folder -> start the API (Release, Production) on
#   127.0.0.1:$PORT with two configured planner clients -> abuse.mjs -> load.mjs -> soak.mjs -> stop the API.
# Results go to $WORK (load.json, soak.json, api.log); the JSON is also printed.
#
#   scripts/load/run.sh       # PORT=5099, DURATION=20 (s per query; 0 skips the load test),
#                             # SOAK=120 (s), SOAK_RATE=300 (reads/s in the soak; 0: writes only),
#                             # ABUSE=200 (requests per abuse document; 0 skips them)
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-5099}
DURATION=${DURATION:-20}
SOAK=${SOAK:-120}
SOAK_RATE=${SOAK_RATE:-300}
ABUSE=${ABUSE:-200}
WORK=${WORK:-$(mktemp -d /tmp/csg-load.XXXXXX)}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

[ -d scripts/load/node_modules/autocannon ] || npm ci --prefix scripts/load --no-audit --no-fund

echo "== build (Release)" >&2
dotnet build -c Release src/CyberSkillsGraph.Api >&2
dotnet build -c Release src/CyberSkillsGraph.Cli >&2

echo "== generate scale M and import it into $WORK/data" >&2
dotnet run -c Release --no-build --project src/CyberSkillsGraph.Cli -- generate --scale M "$WORK/generated" >&2
mkdir -p "$WORK/data"
dotnet run -c Release --no-build --project src/CyberSkillsGraph.Cli -- import "$WORK/generated" --store "sqlite:$WORK/data/graph.db" >&2

# Random secrets for this run only, handed over in the environment (never on a command line).
secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
SECRET_A=$(secret)
SECRET_B=$(secret)

# The content root is the build output, so that the shipped appsettings.json (log levels included) applies.
# Every simulated reader comes from this one address, so the per-client cost budget is lifted for the run.
echo "== start the API on 127.0.0.1:$PORT" >&2
env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
  Graph__DataDirectory="$WORK/data" Graph__SeedOnFirstStart=false \
  Auth__RequireHttps=false Auth__GenerateKeys=true GraphQL__CostPerMinute=1000000000000 \
  Auth__Clients__0__ClientId=load-planner-a Auth__Clients__0__ClientSecret="$SECRET_A" Auth__Clients__0__Role=planner \
  Auth__Clients__1__ClientId=load-planner-b Auth__Clients__1__ClientSecret="$SECRET_B" Auth__Clients__1__Role=planner \
  dotnet src/CyberSkillsGraph.Api/bin/Release/net10.0/CyberSkillsGraph.Api.dll --contentRoot "$PWD/src/CyberSkillsGraph.Api/bin/Release/net10.0" \
  >"$WORK/api.log" 2>&1 &
API_PID=$!
stop() { kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null || true; }
trap stop EXIT

for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break
  kill -0 "$API_PID" 2>/dev/null || { cat "$WORK/api.log" >&2; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "the API did not get ready" >&2; exit 1; }

if [ "$ABUSE" -gt 0 ]; then
  echo "== abuse documents ($ABUSE each)" >&2
  node scripts/load/abuse.mjs --url "http://127.0.0.1:$PORT/graphql" --pid="$API_PID" --count "$ABUSE" | tee "$WORK/abuse.json"
fi

if [ "$DURATION" -gt 0 ]; then
  echo "== load (${DURATION}s per query)" >&2
  node scripts/load/load.mjs --url "http://127.0.0.1:$PORT/graphql" --duration "$DURATION" | tee "$WORK/load.json"
fi

echo "== soak (${SOAK}s, $SOAK_RATE reads/s and one write/s)" >&2
PLANNER_CLIENTS="load-planner-a:$SECRET_A,load-planner-b:$SECRET_B" \
  node scripts/load/soak.mjs --url "http://127.0.0.1:$PORT/graphql" --pid "$API_PID" --duration "$SOAK" --rate "$SOAK_RATE" | tee "$WORK/soak.json"

echo "== results in $WORK" >&2
