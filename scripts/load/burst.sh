#!/usr/bin/env bash
# Reads during a burst of writes over HTTP (burst.mjs) against the API on an existing SQLite graph, such as the
# benchmarks' scale-L database:
#   scripts/load/burst.sh /tmp/cyberskills-bench/L-42-v1.db      # DURATION=10 (s per phase), PORT=5098
# Builds the API in Release, starts it (environment Staging on 127.0.0.1) on a copy of the database with a planner
# and a provider client (random secrets, given in the environment), runs burst.mjs and stops the API.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${1:?usage: burst.sh <graph.db>}
PORT=${PORT:-5098}
DURATION=${DURATION:-10}
WORK=$(mktemp -d)
trap 'kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

dotnet build -c Release src/CyberSkillsGraph.Api -p:SkipWebBuild=true >&2 || exit 1
mkdir -p "$WORK/data" && cp "$DB" "$WORK/data/graph.db"
# The provider client writes as the first provider of the graph (its token is bound to it).
PROVIDER_ID=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT key FROM providers ORDER BY key LIMIT 1").fetchone()[0])' "$WORK/data/graph.db")

secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
PLANNER_SECRET=$(secret)
PROVIDER_SECRET=$(secret)
# The per-client limits (mutations and read cost a minute) are lifted: back-to-back writes are the point of the run.
env ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
  Graph__DataDirectory="$WORK/data" Graph__SeedOnFirstStart=false Graph__PollInterval=00:00:00 \
  Auth__RequireHttps=false Auth__GenerateKeys=true Auth__MutationsPerMinute=1000000 GraphQL__CostPerMinute=1000000000000 \
  Auth__Clients__0__ClientId=burst-planner Auth__Clients__0__ClientSecret="$PLANNER_SECRET" Auth__Clients__0__Role=planner \
  Auth__Clients__1__ClientId=burst-provider Auth__Clients__1__ClientSecret="$PROVIDER_SECRET" Auth__Clients__1__Role=provider \
  Auth__Clients__1__ProviderId="$PROVIDER_ID" \
  dotnet src/CyberSkillsGraph.Api/bin/Release/net10.0/CyberSkillsGraph.Api.dll --contentRoot "$PWD/src/CyberSkillsGraph.Api/bin/Release/net10.0" \
  >"$WORK/api.log" 2>&1 &
API_PID=$!

until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do
  kill -0 "$API_PID" 2>/dev/null || { cat "$WORK/api.log" >&2; exit 1; }
  sleep 0.5
done
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
PLANNER="burst-planner:$PLANNER_SECRET" PROVIDER="burst-provider:$PROVIDER_SECRET" \
  node scripts/load/burst.mjs --url "http://127.0.0.1:$PORT/graphql" --duration "$DURATION"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
