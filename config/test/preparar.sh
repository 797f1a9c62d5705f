#!/usr/bin/env bash
# Prepares this machine for CASIA's tests; ./mvnw verify runs it first (root pom, phase initialize).
#  - Chromium and its driver, jq for the Payara Server check, and poppler-utils for pdfsig, which checks the seal
#    of the justificantes (Debian packages), installed when missing;
#  - PostgreSQL answering on 127.0.0.1:5432, started when it is installed but stopped;
#  - a fresh test database (CASIA_TEST_DB, default casia_test), dropped and created again;
#  - the test server's ports free (a Payara Micro of an earlier run still stopping would answer the tests instead).
set -euo pipefail

db=${CASIA_TEST_DB:-casia_test}
pg_host=${CASIA_TEST_PGHOST:-127.0.0.1}
pg_port=${CASIA_TEST_PGPORT:-5432}
pg_user=${CASIA_TEST_PGUSER:-postgres}

necesita_root() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "preparar.sh: $1 — hace falta ser root (o instálelo a mano) para seguir." >&2
    exit 1
  fi
}

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v jq >/dev/null \
  || ! command -v pdfsig >/dev/null; then
  necesita_root "faltan chromium, chromium-driver, jq o pdfsig (poppler-utils)"
  echo "preparar.sh: instalando chromium, chromium-driver, jq y poppler-utils (paquetes de Debian)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver jq poppler-utils >/dev/null
fi

if ! pg_isready -q -h "$pg_host" -p "$pg_port"; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    necesita_root "PostgreSQL no responde en $pg_host:$pg_port"
    echo "preparar.sh: arrancando PostgreSQL…"
    for version in $(ls /etc/postgresql); do
      pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    done
  fi
  for _ in $(seq 1 30); do
    pg_isready -q -h "$pg_host" -p "$pg_port" && break
    sleep 1
  done
  pg_isready -q -h "$pg_host" -p "$pg_port" || {
    echo "preparar.sh: PostgreSQL no responde en $pg_host:$pg_port" >&2
    exit 1
  }
fi

ocupado() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# The root pom's casia.test.port and casia.test.smtpPort.
for puerto in ${CASIA_TEST_PORTS:-18080 3025}; do
  for _ in $(seq 1 30); do
    ocupado "$puerto" || break
    sleep 1
  done
  if ocupado "$puerto"; then
    echo "preparar.sh: el puerto $puerto sigue ocupado (¿otras pruebas de CASIA en marcha?); las pruebas lo necesitan libre" >&2
    exit 1
  fi
done

psql_admin() {
  psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres "$@"
}
psql_admin -c "drop database if exists $db with (force)"
psql_admin -c "create database $db encoding 'UTF8' template template0"
echo "preparar.sh: chromium $(chromium --version 2>/dev/null | awk '{print $2}'), base de datos $db nueva en $pg_host:$pg_port"
