#!/usr/bin/env bash
# Start-up time of the API on an existing SQLite graph: seconds from launching the process to the first answer of
# `{ revision }` and to the first `regionGaps` of the root region, and the CPU time the API used until then.
# Usage: scripts/load/startup.sh <graph.db> [region]   (e.g. the benchmarks' /tmp/cyberskills-bench/L-42-v1.db and R01)
# Builds the API in Release, runs it on a copy of the database on 127.0.0.1:$PORT (api.sh) and stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${1:?usage: startup.sh <graph.db> [region]}
REGION=${2:-R01}
PORT=${PORT:-5098}
source scripts/load/api.sh
trap api_stop EXIT

dotnet build -c Release src/CyberSkillsGraph.Api -p:SkipWebBuild=true >&2 || exit 1
api_copy "$DB"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

ms() { date +%s%3N; }
post() { curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data "$1" "http://127.0.0.1:$PORT/graphql" || true; }
started=$(ms)
# The API refuses to start without a client; this one gets a random secret and is never used.
api_launch "$PORT" Logging__Console__FormatterName=simple Logging__Console__FormatterOptions__TimestampFormat="HH:mm:ss.fff " \
  Logging__Console__FormatterOptions__SingleLine=true \
  Auth__Clients__0__ClientId=startup-planner Auth__Clients__0__ClientSecret="$(secret)" Auth__Clients__0__Role=planner

until [ "$(post '{"query":"{ revision }"}')" = 200 ]; do
  kill -0 "$API_PID" 2>/dev/null || { cat "$API_WORK/api.log" >&2; exit 1; }
  sleep 0.1
done
answered=$(ms)
[ "$(post "{\"query\":\"{ regionGaps(region: \\\"$REGION\\\") { totals { openings } } }\"}")" = 200 ] || { echo "regionGaps failed" >&2; exit 1; }
gaps=$(ms)
# CPU time the API used until then (user + system, in clock ticks): less at the mercy of other processes than the wall clock.
cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$API_PID/stat")
echo "first answer after $(( (answered - started) )) ms; first regionGaps($REGION) after $(( (gaps - started) )) ms; API CPU time by then $cpu_ms ms"
echo "started at $(date -d @$((started / 1000)) +%H:%M:%S).$((started % 1000)); the API's log:"
grep -E "^[0-9]{2}:[0-9]{2}:" "$API_WORK/api.log" | cut -c1-160 | sed 's/^/  /' || true
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
