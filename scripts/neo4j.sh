#!/usr/bin/env bash
# A real, local Neo4j 5.26 LTS Community for development and tests, without Docker:
# the jars come from Maven Central (through Maven, cached in ~/.m2), the server
# runs from them with a config written here, listening on 127.0.0.1 only.
#
#   scripts/neo4j.sh start|stop|status|env
#
# Settings (environment):
#   NEO4J_DIR        where config, data, logs and the pid file live   (.neo4j)
#   NEO4J_BOLT_PORT  Bolt port                                         (7687)
#   NEO4J_PASSWORD   password of user neo4j, set before first start    (kg-dev-password)
#   NEO4J_HEAP       JVM heap                                          (1g)
#   NEO4J_PAGECACHE  page cache                                        (256m)
set -euo pipefail
cd "$(dirname "$0")/.."

DIR="${NEO4J_DIR:-.neo4j}"
PORT="${NEO4J_BOLT_PORT:-7687}"
PASSWORD="${NEO4J_PASSWORD:-kg-dev-password}"
HEAP="${NEO4J_HEAP:-1g}"
PAGECACHE="${NEO4J_PAGECACHE:-256m}"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
CP_FILE="$DIR/classpath"
PID_FILE="$DIR/neo4j.pid"

log() { echo "[kg] [neo4j] $*" >&2; }

running() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

bolt_open() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

classpath() {
  local ok=1
  if [ -f "$CP_FILE" ]; then
    for jar in $(tr ':' ' ' < "$CP_FILE"); do [ -f "$jar" ] || { ok=0; break; }; done
  else ok=0; fi
  if [ "$ok" = 0 ]; then
    command -v mvn >/dev/null || { log "Maven (mvn) is needed to fetch Neo4j from Maven Central"; exit 1; }
    log "fetching Neo4j jars with Maven (cached in ~/.m2 after the first time)…"
    mvn -q -B -f neo4j/pom.xml dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >&2
  fi
}

write_config() {
  mkdir -p "$DIR/conf" "$DIR/data" "$DIR/logs" "$DIR/run" "$DIR/plugins" "$DIR/import"
  cat > "$DIR/conf/neo4j.conf" <<CONF
# Written by scripts/neo4j.sh; edits are overwritten at the next start.
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:$PORT
server.http.enabled=false
server.https.enabled=false
server.memory.pagecache.size=$PAGECACHE
server.directories.data=$DIR/data
server.directories.logs=$DIR/logs
server.directories.run=$DIR/run
server.directories.plugins=$DIR/plugins
server.directories.import=$DIR/import
dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
db.tx_log.rotation.retention_policy=100M size
CONF
}

start() {
  if running; then log "already running (pid $(cat "$PID_FILE")) on bolt://127.0.0.1:$PORT"; return 0; fi
  if bolt_open; then log "port $PORT is taken by another process; set NEO4J_BOLT_PORT"; exit 1; fi
  classpath
  write_config
  local cp; cp="$(cat "$CP_FILE")"
  if [ ! -f "$DIR/data/dbms/auth.ini" ]; then
    NEO4J_HOME="$DIR" NEO4J_CONF="$DIR/conf" java -cp "$cp" org.neo4j.cli.AdminTool dbms set-initial-password "$PASSWORD" >/dev/null
  fi
  log "starting Neo4j on bolt://127.0.0.1:$PORT (logs in $DIR/logs)"
  NEO4J_HOME="$DIR" NEO4J_CONF="$DIR/conf" nohup java -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError \
    -cp "$cp" org.neo4j.server.CommunityEntryPoint --home-dir="$DIR" --config-dir="$DIR/conf" \
    > "$DIR/logs/console.log" 2>&1 &
  echo $! > "$PID_FILE"
  for _ in $(seq 1 180); do
    if bolt_open; then log "ready (pid $(cat "$PID_FILE"))"; return 0; fi
    running || { log "Neo4j exited during start:"; tail -20 "$DIR/logs/console.log" >&2; tail -20 "$DIR/logs/neo4j.log" >&2 || true; exit 1; }
    sleep 1
  done
  log "Bolt did not answer within 180 s; see $DIR/logs"; exit 1
}

stop() {
  if ! running; then log "not running"; rm -f "$PID_FILE"; return 0; fi
  local pid; pid="$(cat "$PID_FILE")"
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || { rm -f "$PID_FILE"; log "stopped"; return 0; }; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  log "killed after 60 s"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running (pid $(cat "$PID_FILE")) bolt://127.0.0.1:$PORT"; else echo "stopped"; exit 3; fi ;;
  env) echo "NEO4J_URI=bolt://127.0.0.1:$PORT NEO4J_USER=neo4j NEO4J_PASSWORD=$PASSWORD" ;;
  *) echo "usage: scripts/neo4j.sh start|stop|status|env" >&2; exit 2 ;;
esac
