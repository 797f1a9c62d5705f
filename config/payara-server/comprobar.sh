#!/usr/bin/env bash
# CI check: the EAR deploys on Payara Server 6 and answers. casia-ear runs it in the integration-test phase
# (skipped with -DskipITs / -DskipTests).
#
#   comprobar.sh casia.ear payara.zip postgresql.jar directorio
#
# It installs with instalar.sh into <directorio> (unzipping only the first time) on a fresh PostgreSQL database,
# asserts /health/ready is UP on PostgreSQL, / is the login page, the session cookie, the password alias and a run
# of the nightly job launched from the ops page; prints what the issue note needs, and always
# stops the domain at the end. Settings (all optional):
#   CASIA_TEST_PORTBASE  default 24800 (console 24848, HTTP 24880): away from 4848/8080/18080 used by other runs.
#   CASIA_TEST_EAR_DB    default casia_ear_test; CASIA_TEST_PGHOST/PGPORT/PGUSER as in config/test/preparar.sh;
#   CASIA_TEST_PGPASSWORD default "trust" (any non-empty value does with trust authentication).
set -euo pipefail

if [ $# -ne 4 ]; then
  echo "uso: $0 casia.ear payara.zip postgresql.jar directorio" >&2
  exit 2
fi
ear=$1 zip=$2 driver=$3 dir=$4
config=$(cd "$(dirname "$0")" && pwd)
portbase=${CASIA_TEST_PORTBASE:-24800}
db=${CASIA_TEST_EAR_DB:-casia_ear_test}
pg_host=${CASIA_TEST_PGHOST:-127.0.0.1}
pg_port=${CASIA_TEST_PGPORT:-5432}
pg_user=${CASIA_TEST_PGUSER:-postgres}
admin_port=$((portbase + 48))
http_port=$((portbase + 80))
asadmin_bin=$dir/payara6/bin/asadmin
inicio=$SECONDS

msg() { echo "comprobar.sh: $*"; }
fallo() { echo "comprobar.sh: FALLO: $*" >&2; exit 1; }

# Always stop the domain, whatever happened: a CI run must not leave a server behind.
detener() {
  local rc=$?
  if [ -x "$asadmin_bin" ] && [ -d "$dir/payara6/glassfish/domains/casia" ]; then
    "$asadmin_bin" --interactive=false stop-domain casia >/dev/null 2>&1 || true
  fi
  if [ "$rc" -eq 0 ]; then
    msg "correcto en $((SECONDS - inicio)) s"
  else
    msg "ha fallado (código $rc) tras $((SECONDS - inicio)) s" >&2
  fi
}
trap detener EXIT

# A leftover domain of this same directory is stopped by instalar.sh; anything else on these ports is a conflict.
escuchando() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -x "$asadmin_bin" ]; then
  "$asadmin_bin" --interactive=false stop-domain casia >/dev/null 2>&1 || true
fi
for p in "$admin_port" "$http_port" $((portbase + 81)) $((portbase + 76)) $((portbase + 37)) $((portbase + 86)); do
  escuchando "$p" && fallo "el puerto $p está ocupado; elija otro CASIA_TEST_PORTBASE"
done

pg_isready -q -h "$pg_host" -p "$pg_port" || fallo "PostgreSQL no responde en $pg_host:$pg_port"
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres "$@"; }
psql_admin -c "drop database if exists $db with (force)"
psql_admin -c "create database $db encoding 'UTF8' template template0"
msg "base de datos $db nueva en $pg_host:$pg_port"

CASIA_PORTBASE=$portbase \
CASIA_DB_URL=jdbc:postgresql://$pg_host:$pg_port/$db \
CASIA_DB_USER=$pg_user \
CASIA_DB_PASSWORD=${CASIA_TEST_PGPASSWORD:-trust} \
CASIA_DEMO_DATA=true \
CASIA_NIGHTLY_JOBS=false \
CASIA_PUBLIC_URL=http://127.0.0.1:$http_port/ \
CASIA_DATA_DIR=$dir/datos \
  bash "$config/instalar.sh" "$ear" "$zip" "$driver" "$dir"

salud=$(curl -s -m 10 "http://127.0.0.1:$http_port/health/ready")
# The public answer names no database product (nothing an attacker could use).
jq -e '.status == "UP" and any(.checks[]; .name == "base-de-datos" and .status == "UP" and ((.data // {}) | length) == 0)' \
  <<<"$salud" >/dev/null || fallo "/health/ready no dice UP, o dice más de lo necesario: $salud"
inicio_html=$(curl -s -L -m 20 -D - "http://127.0.0.1:$http_port/")
grep -q 'id="acceso"' <<<"$inicio_html" || fallo "GET / no devuelve la página de acceso (falta id=\"acceso\"):
$(head -c 3000 <<<"$inicio_html")"
msg "GET / devuelve la página de acceso (id=\"acceso\")"
verificacion=$(curl -s -m 20 "http://127.0.0.1:$http_port/verificar/?id=ABCDEFGHJKMN&codigo=ABCDEFGHJKMNPQRSTUVWXYZ2345678")
grep -q 'no corresponden a ningún documento' <<<"$verificacion" || fallo "la verificación por CEA no responde sin sesión:
$(head -c 3000 <<<"$verificacion")"
msg "la verificación por CEA responde sin sesión (un CEA desconocido, el mensaje neutro)"
grep -qi '^set-cookie: JSESSIONID=.*HttpOnly.*SameSite=Lax' <<<"$inicio_html" \
  || fallo "la cookie de sesión no lleva HttpOnly y SameSite=Lax: $(grep -i '^set-cookie' <<<"$inicio_html")"
[ "$(grep -i '^set-cookie: JSESSIONID=' <<<"$inicio_html" | grep -io 'samesite=' | wc -l)" -eq 1 ] \
  || fallo "la cookie de sesión lleva SameSite más de una vez: $(grep -i '^set-cookie' <<<"$inicio_html")"
msg "la cookie de sesión lleva HttpOnly y SameSite=Lax, una vez"

# The nightly job on the full server (its batch artifacts inside the WAR of the EAR, its repository on jdbc/casia):
# ops log in, launch today's cierre de oficio from their page, and follow it until it ends "Terminada".
url=http://127.0.0.1:$http_port
galletas=$(mktemp)
web() { curl -s -m 30 -c "$galletas" -b "$galletas" "$@"; }
estado_vista() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
# PrimeFaces' CSP wants the page's nonce back with every post (its script adds it in a browser).
nonce() { grep -o 'nonce="[^"]*"' | head -n 1 | sed 's/nonce="//; s/"$//'; }
accion() { grep -o "<form id=\"$1\"[^>]*action=\"[^\"]*\"" | head -n 1 | sed 's/.*action="//; s/"$//'; }
acceso=$(web "$url/")
web -L -o /dev/null --data-urlencode "acceso=acceso" --data-urlencode "acceso:usuario=ops1" \
  --data-urlencode "acceso:contrasena=casia" --data-urlencode "acceso:entrar=" \
  --data-urlencode "primefaces.nonce=$(nonce <<<"$acceso")" \
  --data-urlencode "jakarta.faces.ViewState=$(estado_vista <<<"$acceso")" "$url$(accion acceso <<<"$acceso")"
ops=$(web "$url/ops/index.xhtml")
grep -q 'id="lote:lanzar"' <<<"$ops" || fallo "ops1 no llega a la página de operación: $(head -c 2000 <<<"$ops")"
lanzado=$(web --data-urlencode "lote=lote" --data-urlencode "lote:lanzar=" --data-urlencode "primefaces.nonce=$(nonce <<<"$ops")" \
  --data-urlencode "jakarta.faces.ViewState=$(estado_vista <<<"$ops")" "$url$(accion lote <<<"$ops")")
ejecucion=$(grep -o 'Cierre de oficio lanzado (ejecución [0-9]*)' <<<"$lanzado" | head -n 1) \
  || fallo "no se lanza el cierre de oficio desde la página de operación"
msg "$ejecucion desde la página de operación"
fin_lote=$((SECONDS + 90))
until web "$url/ops/index.xhtml" | grep -q 'class="estado-lote">Terminada<'; do
  [ $SECONDS -lt $fin_lote ] || fallo "el cierre de oficio no termina en 90 s: $(web "$url/ops/index.xhtml" | grep -o 'class="estado-lote">[^<]*<')"
  sleep 2
done
rm -f "$galletas"
msg "el cierre de oficio ha terminado (Jakarta Batch en Payara Server)"

# A post without PrimeFaces' nonce (a script, a browser without JavaScript) gets the error page, not an empty 500.
acceso=$(web "$url/login.xhtml")
sin_nonce=$(web --data-urlencode "acceso=acceso" --data-urlencode "acceso:usuario=x" --data-urlencode "acceso:contrasena=y" \
  --data-urlencode "acceso:entrar=" --data-urlencode "jakarta.faces.ViewState=$(estado_vista <<<"$acceso")" "$url/login.xhtml")
grep -q 'id="mensaje-error"' <<<"$sin_nonce" \
  || fallo "un envío sin el nonce de PrimeFaces no muestra la página de error: '$(head -c 300 <<<"$sin_nonce")'"
msg "un envío sin el nonce de PrimeFaces muestra la página de error"

asadmin() { "$asadmin_bin" --interactive=false --host 127.0.0.1 --port "$admin_port" "$@"; }
contrasena_pool=$(asadmin get "resources.jdbc-connection-pool.casia-pool.property.password")
grep -qF 'password=${ALIAS=casia-db-password}' <<<"$contrasena_pool" \
  || fallo "la contraseña del pool no es un alias de contraseña: $(sed 's/password=.*/password=…/' <<<"$contrasena_pool")"
msg "la contraseña de la base de datos está en un alias, no en domain.xml"
echo "\$ asadmin list-applications"
asadmin list-applications
echo "\$ asadmin list-batch-runtime-configuration"
asadmin list-batch-runtime-configuration
echo "\$ curl http://127.0.0.1:$http_port/health/ready"
jq . <<<"$salud"
