#!/usr/bin/env bash
# Starts CASIA on Payara Micro: ./mvnw -Prun calls this with the Micro jar, the WAR, the PostgreSQL driver, the
# casia-ejb jar (whose ComprobacionPrevia checks the settings and the database before the server starts) and the
# folder of casia-integrada (the embedded PostgreSQL).
# With CASIA_DB_URL set it runs on that PostgreSQL; without it, on an embedded PostgreSQL whose data stays under
# CASIA_DATA_DIR/postgresql. Ctrl-C (or SIGTERM) stops the server, then the embedded database.
set -euo pipefail

if [ $# -ne 5 ]; then
  echo "uso: $0 payara-micro.jar casia.war postgresql.jar casia-ejb.jar casia-integrada/target" >&2
  exit 2
fi
micro=$1 war=$2 driver=$3 ejb=$4 integrada=$5
config=$(cd "$(dirname "$0")" && pwd)
raiz=$(cd "$config/../.." && pwd)

export CASIA_DATA_DIR=${CASIA_DATA_DIR:-$raiz/data}
# Loopback unless told otherwise: the demo users' password is public (preboot.asadmin reads it).
export CASIA_BIND=${CASIA_BIND:-127.0.0.1}
mkdir -p "$CASIA_DATA_DIR/tmp"

# One clear line and exit 3 when a setting is wrong or PostgreSQL does not answer.
java -cp "$ejb:$driver" es.tgss.casia.arranque.ComprobacionPrevia

pg_pid=
detener_postgres() {
  if [ -n "$pg_pid" ]; then
    kill -TERM "$pg_pid" 2>/dev/null || true
    wait "$pg_pid" 2>/dev/null || true
    pg_pid=
  fi
}

if [ -n "${CASIA_DB_URL:-}" ]; then
  postboot=$config/postboot-postgresql.asadmin
else
  postboot=$config/postboot-integrada.asadmin
  puerto_pg=$CASIA_DATA_DIR/tmp/postgresql.puerto
  rm -f "$puerto_pg"
  # A session of its own: Ctrl-C in the terminal must not stop the database before the server that uses it.
  setsid java -Djava.io.tmpdir="$CASIA_DATA_DIR/tmp" -cp "$integrada/casia-integrada.jar:$integrada/lib/*" \
    es.tgss.casia.integrada.PostgresIntegrado "$CASIA_DATA_DIR/postgresql" "$puerto_pg" &
  pg_pid=$!
  trap detener_postgres EXIT
  until [ -s "$puerto_pg" ]; do
    if ! kill -0 "$pg_pid" 2>/dev/null; then
      echo "CASIA no puede arrancar: el PostgreSQL integrado no ha arrancado (véase el mensaje anterior;" \
        "sus datos están en $CASIA_DATA_DIR/postgresql)" >&2
      exit 3
    fi
    sleep 0.2
  done
  export CASIA_EMBEDDED_DB_PORT
  CASIA_EMBEDDED_DB_PORT=$(cat "$puerto_pg")
fi

# In the background, so that this shell can stop it on Ctrl-C or SIGTERM and then stop the database: a shell
# runs its traps only after the command in the foreground has finished.
java ${CASIA_JAVA_OPTS:-} \
  -Dcasia.detenerSiFallaArranque=true \
  -Djava.io.tmpdir="$CASIA_DATA_DIR/tmp" \
  -jar "$micro" \
  --name casia \
  --nocluster \
  --port "${CASIA_PORT:-8080}" \
  --addLibs "$driver" \
  --prebootcommandfile "$config/preboot.asadmin" \
  --postbootcommandfile "$postboot" \
  --deploy "$war" \
  --contextroot / &
micro_pid=$!
detener() {
  kill -TERM "$micro_pid" 2>/dev/null || true
  wait "$micro_pid" 2>/dev/null || true
  detener_postgres
  exit 0
}
trap detener INT TERM
set +e
wait "$micro_pid"
estado=$?
set -e
detener_postgres
exit "$estado"
