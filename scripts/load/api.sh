# Sourced by startup.sh, burst.sh and serving.sh: runs the API built in Release on a copy of an SQLite graph, on
# 127.0.0.1 only (environment Staging: production refuses plain HTTP), with no seeding and no polling.
#   api_copy <graph.db>                 copies the database into a fresh data folder ($API_WORK/data)
#   api_launch <port> [NAME=value ...]  starts the API in the background ($API_PID; its log in $API_WORK/api.log);
#                                       the settings given (clients, limits) are added to its environment
#   api_wait_ready <port>               waits until /health/ready answers (prints the log and fails if the API exits)
#   api_stop                            stops the API and removes the data folder
#   secret                              a random secret for a client of this run only

api_copy() {
  API_WORK=$(mktemp -d)
  mkdir -p "$API_WORK/data" && cp "$1" "$API_WORK/data/graph.db"
}

api_launch() {
  local port=$1
  shift
  local bin="$PWD/src/CyberSkillsGraph.Api/bin/Release/net10.0"
  env ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Graph__DataDirectory="$API_WORK/data" Graph__SeedOnFirstStart=false Graph__PollInterval=00:00:00 \
    Auth__RequireHttps=false Auth__GenerateKeys=true "$@" \
    dotnet "$bin/CyberSkillsGraph.Api.dll" --contentRoot "$bin" >"$API_WORK/api.log" 2>&1 &
  API_PID=$!
}

api_wait_ready() {
  until curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null; do
    kill -0 "$API_PID" 2>/dev/null || { cat "$API_WORK/api.log" >&2; return 1; }
    sleep 0.5
  done
}

api_stop() {
  [ -n "${API_PID:-}" ] && { kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null; }
  [ -n "${API_WORK:-}" ] && rm -rf "$API_WORK"
  return 0
}

secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
