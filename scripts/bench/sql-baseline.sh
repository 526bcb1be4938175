#!/usr/bin/env bash
# The engine against the SQL baseline (a normalized, indexed schema and the best single query for
# regionGaps), in SQLite and, when Debian's postgresql package is installed, in PostgreSQL: this
# script starts a private PostgreSQL server on 127.0.0.1 for the run and stops it afterwards. Without
# the package the PostgreSQL part is skipped, saying why. Prints the machine's load before and after.
#
#   scripts/bench/sql-baseline.sh                 # scale L (CYBERSKILLS_BENCH_SCALE=S|M|L)
#   ITERATIONS=3 WARMUPS=0 scripts/bench/sql-baseline.sh   # the one-hop queries take a minute or more each at scale L
set -euo pipefail
cd "$(dirname "$0")/../.."

scale=${CYBERSKILLS_BENCH_SCALE:-L}
iterations=${ITERATIONS:-7}
warmups=${WARMUPS:-1}
work=/tmp/cyberskills-bench
port=${PGPORT_BENCH:-55432}
mkdir -p "$work"
filters=("*SqliteBaselineBenchmarks*")

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -n "$pg_bin" ] && [ -x "$pg_bin/pg_ctl" ]; then
  data="$work/postgres-$scale"
  # PostgreSQL refuses to run as root; Debian's package creates the postgres user.
  as_owner=()
  if [ "$(id -u)" -eq 0 ]; then as_owner=(runuser -u postgres --); fi
  if [ ! -d "$data" ]; then
    mkdir -p "$data" && { [ ${#as_owner[@]} -eq 0 ] || chown postgres "$data"; }
    # Trust authentication is safe only because the server listens on loopback alone and lives for this run.
    "${as_owner[@]}" "$pg_bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$data" -w -l "$data/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c shared_buffers=512MB -c work_mem=256MB" start >/dev/null
  trap '"${as_owner[@]}" "$pg_bin/pg_ctl" -D "$data" -m fast stop >/dev/null' EXIT
  "${as_owner[@]}" "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'cyberskills_bench'" | grep -q 1 ||
    "${as_owner[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres cyberskills_bench
  export CYBERSKILLS_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=cyberskills_bench;Timeout=60;Command Timeout=0"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $data)"
  filters+=("*PostgresBaselineBenchmarks*")
else
  echo "Skipping the PostgreSQL baseline: Debian's postgresql package is not installed (apt-get install postgresql)."
fi

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
CYBERSKILLS_BENCH_SCALE=$scale dotnet run -c Release --project bench/CyberSkillsGraph.Benchmarks -- \
  --filter "${filters[@]}" --iterationCount "$iterations" --warmupCount "$warmups"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
