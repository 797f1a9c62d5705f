#!/usr/bin/env bash
# The API alta benchmark of issue 12, on demand: never part of the build.
#
#   config/rendimiento/alta-api.sh [url de CASIA] [segundos] [base de datos de CASIA]
#
# Needs a CASIA already running on a PostgreSQL of this machine with the demo data, e.g. (from a clone):
#   createdb -h 127.0.0.1 -U postgres casia_bench
#   CASIA_DB_URL=jdbc:postgresql://127.0.0.1:5432/casia_bench CASIA_DB_USER=postgres CASIA_DB_PASSWORD=x \
#     CASIA_DEMO_DATA=true CASIA_PORT=18095 CASIA_DATA_DIR=/tmp/casia-bench ./mvnw -Prun
# and wrk, pgbench and jq (apt-get install wrk postgresql-client jq).
#
# 1. Baseline: pgbench's TPC-B-like transaction, 8 clients, on a scratch database of the SAME PostgreSQL server
#    (casia_pgbench, DROPPED first; scale 10 so that 8 clients do not queue on one branch row).
# 2. Warm-up: the alta for 2 minutes (the JIT compiles the path; the first minute runs at half speed).
#    Then VACUUM ANALYZE of CASIA's database, as autovacuum would have done by then: on this machine autovacuum is
#    off, and a table never analysed keeps the plans of when it was empty (a sequential scan per alta on the
#    idempotency keys: 10 ms each, 150 altas/s instead of 470).
# 3. Measure: the alta of a Consulta in autorización 1000001 as Lucía, 8 connections, one token, each request with
#    its own Idempotency-Key (alta-api.lua). Answers other than 201 are counted and printed.
# docs/rendimiento-api.md has the figures of the last run.
set -euo pipefail

URL=${1:-http://127.0.0.1:18095}
SEGUNDOS=${2:-60}
BD_CASIA=${3:-casia_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
AQUI=$(cd "$(dirname "$0")" && pwd)
ALTA="$URL/api/v1/autorizaciones/1000001/casos"

CASIA_TOKEN=$(curl -sf -u 12345678Z:casia -X POST "$URL/api/v1/tokens" -H 'Content-Type: application/json' \
    -d '{"nombre":"rendimiento","dias":1}' | jq -r .token)
export CASIA_TOKEN

echo "== pgbench (TPC-B-like), 8 clientes, ${SEGUNDOS} s, base casia_pgbench del mismo servidor"
dropdb --if-exists casia_pgbench
createdb casia_pgbench
pgbench -q -i -s 10 casia_pgbench >/dev/null 2>&1
pgbench -c 8 -j 2 -T "$SEGUNDOS" casia_pgbench 2>&1 | grep -E 'processed|failed|latency average|tps'

echo "== calentamiento del alta (120 s)"
wrk -t2 -c8 -d120s -s "$AQUI/alta-api.lua" "$ALTA" | grep -E 'Requests/sec|distintas'

echo "== VACUUM ANALYZE de $BD_CASIA (autovacuum: $(psql -XAtc 'show autovacuum' -d "$BD_CASIA"))"
psql -Xq -d "$BD_CASIA" -c 'vacuum analyze'

echo "== alta de una Consulta por la API, 8 conexiones, ${SEGUNDOS} s"
wrk -t2 -c8 -d"${SEGUNDOS}s" --latency -s "$AQUI/alta-api.lua" "$ALTA"
dropdb --if-exists casia_pgbench
