#!/usr/bin/env bash
# Starts CASIA on Payara Micro: ./mvnw -Prun calls this with the Micro jar, the WAR, the PostgreSQL driver and
# the casia-ejb jar (whose ComprobacionPrevia checks the settings and the database before the server starts).
# With CASIA_DB_URL set it runs on PostgreSQL; without it, on an H2 file database under CASIA_DATA_DIR.
set -euo pipefail

if [ $# -ne 4 ]; then
  echo "uso: $0 payara-micro.jar casia.war postgresql.jar casia-ejb.jar" >&2
  exit 2
fi
micro=$1 war=$2 driver=$3 ejb=$4
config=$(cd "$(dirname "$0")" && pwd)
raiz=$(cd "$config/../.." && pwd)

export CASIA_DATA_DIR=${CASIA_DATA_DIR:-$raiz/data}
mkdir -p "$CASIA_DATA_DIR/tmp"

if [ -n "${CASIA_DB_URL:-}" ]; then
  postboot=$config/postboot-postgresql.asadmin
else
  postboot=$config/postboot-h2.asadmin
fi

# One clear line and exit 3 when a setting is wrong or PostgreSQL does not answer.
java -cp "$ejb:$driver" es.tgss.casia.arranque.ComprobacionPrevia

exec java ${CASIA_JAVA_OPTS:-} \
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
  --contextroot /
