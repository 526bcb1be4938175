#!/usr/bin/env bash
# What a full-rows regionGaps costs over a real socket against its totals only, measured from outside the server:
#   scripts/load/serving.sh /tmp/cyberskills-bench/L-42-v1.db [R01]      # ROUNDS=60 WARMUP=300 PORT=5097
# Builds the API in Release, starts it on a copy of the database (api.sh), then asks in turn (the warm-up is long because
# the runtime is still compiling the hot paths for hundreds of requests; fewer rounds measure the compiler),
# ROUNDS times after WARMUP rounds, over one kept-alive connection: { revision }, the region's regionGaps totals, and its
# rows with the README's selection. curl reads each answer to a file and reports its total time, and the server logs its
# own duration of each request; the script prints, for both, the medians, the p90s and the rows / totals ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${1:?usage: serving.sh <graph.db> [region]}
REGION=${2:-R01}
PORT=${PORT:-5097}
ROUNDS=${ROUNDS:-60}
WARMUP=${WARMUP:-300}
source scripts/load/api.sh
trap api_stop EXIT

dotnet build -c Release src/CyberSkillsGraph.Api -p:SkipWebBuild=true >&2 || exit 1
api_copy "$DB"
# One address asks for thousands of full reports, so the per-client read budget is lifted for the run.
# The host logs each request's duration as the server saw it (from its start to the last byte handed to the socket).
api_launch "$PORT" GraphQL__CostPerMinute=1000000000000 Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics=Information \
  Auth__Clients__0__ClientId=serving-planner Auth__Clients__0__ClientSecret="$(secret)" Auth__Clients__0__Role=planner
api_wait_ready "$PORT"

gaps() { printf '{"query":"{ regionGaps(region: \\"%s\\") { year %s } }"}' "$REGION" "$1"; }
printf '{"query":"{ revision }"}' >"$API_WORK/revision.json"
gaps 'totals { openings missing shortage covered }' >"$API_WORK/totals.json"
gaps 'rows { competence { code } level demand supply gap accessible status }' >"$API_WORK/rows.json"
# One curl process asks every question of a phase over one kept-alive connection, as a GraphQL client does; each
# answer is written to a file (the last of each query is checked for errors) and each transfer reports its time.
requests() {
  for _ in $(seq 1 "$1"); do
    for q in revision totals rows; do
      printf 'url = "http://127.0.0.1:%s/graphql"\nheader = "Content-Type: application/json"\n' "$PORT"
      printf 'header = "Accept: application/graphql-response+json"\ndata = "@%s/%s.json"\n' "$API_WORK" "$q"
      printf 'output = "%s/answer-%s"\nwrite-out = "%s %%{time_total} %%{size_download} %%{num_connects}\\n"\nnext\n' "$API_WORK" "$q" "$q"
    done
  done
}
ask() {
  requests "$1" | sed '$d' >"$API_WORK/requests.cfg"   # no "next" after the last request
  curl -s -K "$API_WORK/requests.cfg"
  for q in revision totals rows; do
    if grep -q '"errors"' "$API_WORK/answer-$q"; then head -c 300 "$API_WORK/answer-$q" >&2; exit 1; fi
  done
}
finished() { grep -c "Request finished" "$API_WORK/api.log" || true; }
ask "$WARMUP" >/dev/null
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
before=$(finished)
ask "$ROUNDS" >"$API_WORK/times"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "new connections: $(awk '{ n += $4 } END { print n }' "$API_WORK/times") for $(wc -l <"$API_WORK/times") requests"
# The log is written in the background: wait for the last request's line.
until [ "$(finished)" -ge $((before + 3 * ROUNDS)) ]; do sleep 0.1; done
# "Request finished HTTP/1.1 POST <url> - 200 <bytes> <type> <ms>ms": the query is told by the size of its answer.
grep "Request finished" "$API_WORK/api.log" | tail -n "+$((before + 1))" |
  awk -v r="$(wc -c <"$API_WORK/answer-revision")" -v t="$(wc -c <"$API_WORK/answer-totals")" '
    { ms = $NF; sub(/ms$/, "", ms); name = $(NF - 2) == r ? "revision" : $(NF - 2) == t ? "totals" : "rows"; print name, ms / 1000, $(NF - 2) }' >"$API_WORK/server"

summary() {
  awk '
    { t[$1, ++n[$1]] = $2 * 1000; bytes[$1] = $3 }
    function q(name, p,   i, j, v, m, x) { m = n[name]; for (i = 1; i <= m; i++) v[i] = t[name, i];
      for (i = 2; i <= m; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { x = v[j]; v[j] = v[j - 1]; v[j - 1] = x }
      return v[int(p * (m - 1)) + 1] }
    END {
      for (name in n) printf "  %-8s n=%d median %.2f ms, p90 %.2f ms, %d bytes\n", name, n[name], q(name, 0.5), q(name, 0.9), bytes[name]
      printf "  rows / totals (medians): %.2fx\n", q("rows", 0.5) / q("totals", 0.5)
    }' "$1"
}
echo "as curl saw them (request sent to answer read):"
summary "$API_WORK/times"
echo "as the server saw them (its request duration):"
summary "$API_WORK/server"
