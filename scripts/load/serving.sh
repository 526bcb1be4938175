#!/usr/bin/env bash
# What a full-rows regionGaps costs over a real socket against its totals only, measured from outside the server:
#   scripts/load/serving.sh /tmp/cyberskills-bench/L-42-v1.db [R01]      # ROUNDS=60 WARMUP=10 PORT=5097
# Builds the API in Release, starts it on a copy of the database (api.sh), then asks in turn,
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
source scripts/load/api.sh
trap api_stop EXIT

dotnet build -c Release src/CyberSkillsGraph.Api -p:SkipWebBuild=true >&2 || exit 1
api_copy "$DB"
# One address asks for thousands of full reports, so the per-client read budget is lifted for the run.
api_launch "$PORT" GraphQL__CostPerMinute=1000000000000 \
  Auth__Clients__0__ClientId=serving-planner Auth__Clients__0__ClientSecret="$(secret)" Auth__Clients__0__Role=planner
api_wait_ready "$PORT"

gaps() { printf '{"query":"{ regionGaps(region: \\"%s\\") { year %s } }"}' "$REGION" "$1"; }
declare -A BODY=(
  [revision]='{"query":"{ revision }"}'
  [totals]=$(gaps 'totals { openings missing shortage covered }')
  [rows]=$(gaps 'rows { competence { code } level demand supply gap accessible status }')
)
ask() {
  curl -s -o "$API_WORK/answer" -w '%{time_total} %{size_download}\n' -H 'Content-Type: application/json' \
    -H 'Accept: application/graphql-response+json' --data "${BODY[$1]}" "http://127.0.0.1:$PORT/graphql"
  if grep -q '"errors"' "$API_WORK/answer"; then head -c 300 "$API_WORK/answer" >&2; exit 1; fi
}
for _ in $(seq 1 "$WARMUP"); do for q in revision totals rows; do ask "$q" >/dev/null; done; done
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 "$ROUNDS"); do for q in revision totals rows; do echo "$q $(ask "$q")"; done; done >"$API_WORK/times"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '
  { t[$1, ++n[$1]] = $2 * 1000; bytes[$1] = $3 }
  function q(name, p,   i, j, v, m) { m = n[name]; for (i = 1; i <= m; i++) v[i] = t[name, i];
    for (i = 2; i <= m; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { x = v[j]; v[j] = v[j - 1]; v[j - 1] = x }
    return v[int(p * (m - 1)) + 1] }
  END {
    for (name in n) printf "%-8s n=%d median %.2f ms, p90 %.2f ms, %d bytes\n", name, n[name], q(name, 0.5), q(name, 0.9), bytes[name]
    printf "rows / totals (medians): %.2fx\n", q("rows", 0.5) / q("totals", 0.5)
  }' "$API_WORK/times"
