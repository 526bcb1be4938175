#!/usr/bin/env bash
# Reads during a burst of writes over HTTP (burst.mjs) against the API on an existing SQLite graph, such as the
# benchmarks' scale-L database:
#   scripts/load/burst.sh /tmp/cyberskills-bench/L-42-v1.db      # DURATION=10 (s per phase), PORT=5098
# Builds the API in Release, starts it on a copy of the database (api.sh) with a planner and a provider client (random
# secrets, given in the environment), runs burst.mjs and stops the API.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${1:?usage: burst.sh <graph.db>}
PORT=${PORT:-5098}
DURATION=${DURATION:-10}
source scripts/load/api.sh
trap api_stop EXIT

dotnet build -c Release src/CyberSkillsGraph.Api -p:SkipWebBuild=true >&2 || exit 1
api_copy "$DB"
# The provider client writes as the first provider of the graph (its token is bound to it).
PROVIDER_ID=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT key FROM providers ORDER BY key LIMIT 1").fetchone()[0])' "$API_WORK/data/graph.db")
PLANNER_SECRET=$(secret)
PROVIDER_SECRET=$(secret)
# The per-client limits (mutations and read cost a minute) are lifted: back-to-back writes are the point of the run.
api_launch "$PORT" Auth__MutationsPerMinute=1000000 GraphQL__CostPerMinute=1000000000000 \
  Auth__Clients__0__ClientId=burst-planner Auth__Clients__0__ClientSecret="$PLANNER_SECRET" Auth__Clients__0__Role=planner \
  Auth__Clients__1__ClientId=burst-provider Auth__Clients__1__ClientSecret="$PROVIDER_SECRET" Auth__Clients__1__Role=provider \
  Auth__Clients__1__ProviderId="$PROVIDER_ID"
api_wait_ready "$PORT"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
PLANNER="burst-planner:$PLANNER_SECRET" PROVIDER="burst-provider:$PROVIDER_SECRET" \
  node scripts/load/burst.mjs --url "http://127.0.0.1:$PORT/graphql" --duration "$DURATION"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
