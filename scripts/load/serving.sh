#!/usr/bin/env bash
# What a full-rows regionGaps costs over a real socket against its totals only, measured from outside the server:
#   scripts/load/serving.sh /tmp/cyberskills-bench/L-42-v1.db [R01]      # ROUNDS=60 WARMUP=10 PORT=5097
# Builds the API in Release, starts it (environment Staging on 127.0.0.1) on a copy of the database, then asks in turn,
# ROUNDS times after WARMUP rounds: { revision }, the region's regionGaps totals, and its rows with the README's
# selection. curl reads each answer to /dev/null and reports its total time; the script prints the medians, the p90s
# and the rows / totals ratio of the medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${1:?usage: serving.sh <graph.db> [region]}
REGION=${2:-R01}
PORT=${PORT:-5097}
ROUNDS=${ROUNDS:-60}
WARMUP=${WARMUP:-10}
WORK=$(mktemp -d)
trap 'kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

dotnet build -c Release src/CyberSkillsGraph.Api -p:SkipWebBuild=true >&2 || exit 1
mkdir -p "$WORK/data" && cp "$DB" "$WORK/data/graph.db"
SECRET=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
# One address asks for thousands of full reports, so the per-client read budget is lifted for the run.
env ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
  Graph__DataDirectory="$WORK/data" Graph__SeedOnFirstStart=false Graph__PollInterval=00:00:00 \
  Auth__RequireHttps=false Auth__GenerateKeys=true GraphQL__CostPerMinute=1000000000000 \
  Auth__Clients__0__ClientId=serving-planner Auth__Clients__0__ClientSecret="$SECRET" Auth__Clients__0__Role=planner \
  dotnet src/CyberSkillsGraph.Api/bin/Release/net10.0/CyberSkillsGraph.Api.dll --contentRoot "$PWD/src/CyberSkillsGraph.Api/bin/Release/net10.0" \
  >"$WORK/api.log" 2>&1 &
API_PID=$!
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do
  kill -0 "$API_PID" 2>/dev/null || { cat "$WORK/api.log" >&2; exit 1; }
  sleep 0.5
done

gaps() { printf '{"query":"{ regionGaps(region: \\"%s\\") { year %s } }"}' "$REGION" "$1"; }
declare -A BODY=(
  [revision]='{"query":"{ revision }"}'
  [totals]=$(gaps 'totals { openings missing shortage covered }')
  [rows]=$(gaps 'rows { competence { code } level demand supply gap accessible status }')
)
ask() {
  curl -s -o "$WORK/answer" -w '%{time_total} %{size_download}\n' -H 'Content-Type: application/json' \
    -H 'Accept: application/graphql-response+json' --data "${BODY[$1]}" "http://127.0.0.1:$PORT/graphql"
  if grep -q '"errors"' "$WORK/answer"; then head -c 300 "$WORK/answer" >&2; exit 1; fi
}
for _ in $(seq 1 "$WARMUP"); do for q in revision totals rows; do ask "$q" >/dev/null; done; done
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 "$ROUNDS"); do for q in revision totals rows; do echo "$q $(ask "$q")"; done; done >"$WORK/times"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '
  { t[$1, ++n[$1]] = $2 * 1000; bytes[$1] = $3 }
  function q(name, p,   i, j, v, m) { m = n[name]; for (i = 1; i <= m; i++) v[i] = t[name, i];
    for (i = 2; i <= m; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { x = v[j]; v[j] = v[j - 1]; v[j - 1] = x }
    return v[int(p * (m - 1)) + 1] }
  END {
    for (name in n) printf "%-8s n=%d median %.2f ms, p90 %.2f ms, %d bytes\n", name, n[name], q(name, 0.5), q(name, 0.9), bytes[name]
    printf "rows / totals (medians): %.2fx\n", q("rows", 0.5) / q("totals", 0.5)
  }' "$WORK/times"
