#!/usr/bin/env bash
# Installs CASIA on Payara Server 6 (the full server, for ops who want the admin console) and checks it answers.
#
#   instalar.sh [casia.ear] [payara.zip] [postgresql.jar] [directorio]
#
# Each argument may be given instead by an environment variable (the argument wins):
#   CASIA_EAR            the EAR (casia-ear/target/casia.ear)
#   CASIA_PAYARA_ZIP     the Payara Server zip (fish.payara.distributions:payara:6.2025.9:zip)
#   CASIA_JDBC_DRIVER    the PostgreSQL JDBC driver jar (org.postgresql:postgresql)
#   CASIA_INSTALL_DIR    where Payara Server is unzipped; the domain lives in <dir>/payara6/glassfish/domains/casia
# Settings:
#   CASIA_DB_URL, CASIA_DB_USER, CASIA_DB_PASSWORD   required and not empty (the application refuses an empty
#                        password; with trust authentication any value does); they become the jdbc/casia pool and
#                        are also read by the application.
#   CASIA_PORTBASE       default 4800: admin console 4848 (the port ops expect), HTTP 4880, HTTPS 4881, and the
#                        other listeners at portbase+NN (asadmin create-domain --portbase). HTTP stays off 8080, which
#                        Payara Micro uses by default, so both can run on one machine.
#   CASIA_READY_TIMEOUT  seconds to wait for /health/ready after deploying (default 180).
#   Any other CASIA_* variable (CASIA_DEMO_DATA, CASIA_SMTP_HOST, …) is passed to the application: the domain is
#   (re)started from this shell, the server inherits its environment and MicroProfile Config reads it from there.
#
# Idempotent: a second run reuses the unzipped server, the domain, the driver, the pool and the resource, updates the
# pool's URL/user/password, restarts the domain (so that it sees the current environment) and redeploys.
# The domain has no admin password (--nopassword): fine for a local machine; set one (asadmin change-admin-password,
# enable-secure-admin) before exposing port 4848.
set -euo pipefail

ear=${1:-${CASIA_EAR:-}}
zip=${2:-${CASIA_PAYARA_ZIP:-}}
driver=${3:-${CASIA_JDBC_DRIVER:-}}
dir=${4:-${CASIA_INSTALL_DIR:-}}
portbase=${CASIA_PORTBASE:-4800}
timeout=${CASIA_READY_TIMEOUT:-180}
domain=casia
pool=casia-pool
resource=jdbc/casia

msg() { echo "instalar.sh: $*"; }
fallo() { echo "instalar.sh: ERROR: $*" >&2; exit 1; }

if [ -z "$ear" ] || [ -z "$zip" ] || [ -z "$driver" ] || [ -z "$dir" ]; then
  echo "uso: $0 casia.ear payara.zip postgresql.jar directorio-de-instalación" >&2
  echo "     (o las variables CASIA_EAR, CASIA_PAYARA_ZIP, CASIA_JDBC_DRIVER, CASIA_INSTALL_DIR)" >&2
  exit 2
fi
for f in "$ear" "$zip" "$driver"; do
  [ -f "$f" ] || fallo "no existe el fichero $f"
done
# Checked before touching anything: a server without its database would only fail later, at deployment.
faltan=()
[ -n "${CASIA_DB_URL:-}" ] || faltan+=(CASIA_DB_URL)
[ -n "${CASIA_DB_USER:-}" ] || faltan+=(CASIA_DB_USER)
[ -n "${CASIA_DB_PASSWORD:-}" ] || faltan+=(CASIA_DB_PASSWORD)
if [ ${#faltan[@]} -gt 0 ]; then
  fallo "faltan las variables ${faltan[*]} (la base de datos PostgreSQL de CASIA). Ejemplo:
  CASIA_DB_URL=jdbc:postgresql://127.0.0.1:5432/casia CASIA_DB_USER=casia CASIA_DB_PASSWORD=… $0 …
  (con autenticación trust de PostgreSQL vale cualquier valor de CASIA_DB_PASSWORD, pero no vacío)"
fi
case "$CASIA_DB_URL" in
  jdbc:postgresql://*) ;;
  *) fallo "CASIA_DB_URL debe empezar por jdbc:postgresql:// (es: $CASIA_DB_URL)" ;;
esac
[[ "$portbase" =~ ^[0-9]+$ ]] && [ "$portbase" -ge 1024 ] && [ "$portbase" -le 65400 ] \
  || fallo "CASIA_PORTBASE debe ser un número entre 1024 y 65400 (es: $portbase)"

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
ear=$(cd "$(dirname "$ear")" && pwd)/$(basename "$ear")
driver=$(cd "$(dirname "$driver")" && pwd)/$(basename "$driver")
payara=$dir/payara6
asadmin_bin=$payara/bin/asadmin
domaindir=$payara/glassfish/domains/$domain
serverlog=$domaindir/logs/server.log
admin_port=$((portbase + 48))
log_antes=0
http_port=$((portbase + 80))

# On any failure once the domain exists, show the end of the server's log: that is where the reason is.
al_salir() {
  local rc=$?
  [ "$rc" -eq 0 ] && return
  if [ -f "$serverlog" ]; then
    echo "instalar.sh: últimas líneas de $serverlog:" >&2
    tail -n 60 "$serverlog" >&2
    # The application's own one-line reason, if it gave one, last: easier to find than in the stack traces.
    tail -c +"$((log_antes + 1))" "$serverlog" | grep -o 'CASIA no puede arrancar: [^]]*' | tail -n 1 >&2 || true
  fi
  echo "instalar.sh: la instalación ha fallado (código $rc)" >&2
}
trap al_salir EXIT

# Remote commands go to this domain's admin port, never to asadmin's default 4848 (another domain may be there).
asadmin() { "$asadmin_bin" --interactive=false --user admin "$@"; }
remoto() { asadmin --host 127.0.0.1 --port "$admin_port" "$@"; }
escuchando() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# 1. Payara Server, unzipped once. Into a temporary folder first, so that an interrupted unzip is never mistaken
#    for a complete server on the next run.
if [ ! -x "$asadmin_bin" ]; then
  msg "descomprimiendo Payara Server en $dir…"
  rm -rf "$dir/.descomprimiendo"
  unzip -q "$zip" -d "$dir/.descomprimiendo"
  [ -x "$dir/.descomprimiendo/payara6/bin/asadmin" ] || fallo "$zip no parece Payara Server 6 (falta payara6/bin/asadmin)"
  mv "$dir/.descomprimiendo/payara6" "$payara"
  rmdir "$dir/.descomprimiendo"
fi

# 2. The domain, created once with the requested ports.
if [ ! -d "$domaindir" ]; then
  msg "creando el dominio $domain (portbase $portbase: consola $admin_port, HTTP $http_port)…"
  asadmin create-domain --nopassword=true --portbase "$portbase" "$domain" >/dev/null
else
  # An existing domain keeps the ports it was created with; say so instead of talking to the wrong port.
  grep -q "name=\"admin-listener\"[^>]*port=\"$admin_port\"\|port=\"$admin_port\"[^>]*name=\"admin-listener\"" \
    "$domaindir/config/domain.xml" \
    || fallo "el dominio $domaindir ya existe con otros puertos; use el CASIA_PORTBASE con que se creó o bórrelo"
fi

# 3. (Re)start it from this shell: the server inherits this environment, which is how the application gets its
#    CASIA_* settings. A running domain is stopped first, since restart-domain would keep the old environment.
# (Outputs are captured before grep: with pipefail, grep -q closing the pipe early could fail the pipeline.)
dominios=$(asadmin list-domains)
if grep -q "^$domain running" <<<"$dominios"; then
  msg "el dominio $domain ya está en marcha: se reinicia para que tome el entorno actual…"
  asadmin stop-domain "$domain" >/dev/null
fi
for p in "$admin_port" "$http_port"; do
  escuchando "$p" && fallo "el puerto $p ya está ocupado por otro proceso; elija otro CASIA_PORTBASE"
done
msg "arrancando el dominio $domain…"
arranque_desde=$(stat -c %s "$serverlog" 2>/dev/null || echo 0)
asadmin start-domain "$domain" >/dev/null

# start-domain returns before an already deployed CASIA has finished loading. Redeploying over that boot-time
# instance (deploy --force) was seen to break the new one in two ways on Payara 6.2025.9: no login mechanism
# (GET / answers 401 "WWW-Authenticate: Basic" with the error page) or a stale health check (/health/ready 500,
# "WELD-001303: No active contexts for ApplicationScoped"). So: wait for the boot-time load to end, well or badly,
# then undeploy it, and deploy afresh below.
aplicaciones=$(remoto list-applications)
if grep -q "^casia " <<<"$aplicaciones"; then
  msg "esperando a que termine la carga de la versión ya desplegada…"
  fin_carga=$((SECONDS + timeout))
  until tail -c +"$((arranque_desde + 1))" "$serverlog" 2>/dev/null \
      | grep -c -e "Loading application casia done" -e "Exception while loading the app" \
                -e "Exception during lifecycle processing" >/dev/null; do  # -c, not -q: no SIGPIPE under pipefail
    [ $SECONDS -lt $fin_carga ] || fallo "la versión ya desplegada no termina de cargar tras ${timeout} s"
    sleep 1
  done
  remoto undeploy casia >/dev/null
fi

# 4. The PostgreSQL driver, in the domain's common class path.
librerias=$(remoto list-libraries --type common)
if ! grep -qx "$(basename "$driver")" <<<"$librerias"; then
  # Only one driver: an older postgresql-*.jar left by a previous version is removed.
  for viejo in $(grep '^postgresql-.*\.jar$' <<<"$librerias" || true); do
    remoto remove-library --type common "$viejo" >/dev/null
  done
  msg "añadiendo el driver $(basename "$driver")…"
  remoto add-library --type common "$driver" >/dev/null
fi

# 5. The pool and jdbc/casia. asadmin splits --property at ':' (a JDBC URL is full of them),
#    so the pool is created with harmless properties and url/user/password are set one by one, every run.
pools=$(remoto list-jdbc-connection-pools)
if ! grep -qx "$pool" <<<"$pools"; then
  msg "creando el pool $pool…"
  remoto create-jdbc-connection-pool \
    --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
    --steadypoolsize 2 --maxpoolsize 32 --isconnectvalidatereq true --validateatmostonceperiod 10 \
    --validationmethod custom-validation \
    --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
    --property connectTimeout=5:loginTimeout=5:ApplicationName=casia "$pool" >/dev/null
fi
remoto set "resources.jdbc-connection-pool.$pool.property.url=$CASIA_DB_URL" >/dev/null
remoto set "resources.jdbc-connection-pool.$pool.property.user=$CASIA_DB_USER" >/dev/null
# The password goes into the domain's password alias store, never into domain.xml: the pool names the alias.
alias_bd=casia-db-password
fichero_alias=$(mktemp)
chmod 600 "$fichero_alias"
printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$CASIA_DB_PASSWORD" >"$fichero_alias"
alias_existentes=$(remoto list-password-aliases)
if grep -qx "$alias_bd" <<<"$alias_existentes"; then
  remoto --passwordfile "$fichero_alias" update-password-alias "$alias_bd" >/dev/null || { rm -f "$fichero_alias"; fallo "no se puede actualizar el alias $alias_bd"; }
else
  remoto --passwordfile "$fichero_alias" create-password-alias "$alias_bd" >/dev/null || { rm -f "$fichero_alias"; fallo "no se puede crear el alias $alias_bd"; }
fi
rm -f "$fichero_alias"
remoto set "resources.jdbc-connection-pool.$pool.property.password=\${ALIAS=$alias_bd}" >/dev/null
recursos=$(remoto list-jdbc-resources)
if ! grep -qx "$resource" <<<"$recursos"; then
  remoto create-jdbc-resource --connectionpoolid "$pool" "$resource" >/dev/null
fi
# A clear message now rather than a failed deployment later.
remoto ping-connection-pool "$pool" >/dev/null \
  || fallo "no se puede conectar con $CASIA_DB_URL como $CASIA_DB_USER; revise CASIA_DB_URL, CASIA_DB_USER y CASIA_DB_PASSWORD"

# 6. The batch job repository on the same non-XA datasource as the data its chunks write (otherwise every chunk
#    fails with "Local transaction already has 1 non-XA Resource").
remoto set-batch-runtime-configuration --dataSourceLookupName "$resource" >/dev/null
# SameSite of the session cookie is in the application's glassfish-web.xml. Set on the HTTP listener as well, as
# this script used to do, it is written twice in Set-Cookie: a domain installed by an older version gets it removed.
http_listener=configs.config.server-config.network-config.protocols.protocol.http-listener-1.http
if remoto get "$http_listener.cookie-same-site-enabled" 2>/dev/null | grep -qx "$http_listener.cookie-same-site-enabled=true"; then
  remoto set "$http_listener.cookie-same-site-enabled=false" >/dev/null
fi

# 7. Deploy (or redeploy) and wait until CASIA says it is ready.
log_antes=$(stat -c %s "$serverlog" 2>/dev/null || echo 0)
msg "desplegando $(basename "$ear")…"
remoto deploy --force=true --name casia "$ear" >/dev/null

url=http://127.0.0.1:$http_port/health/ready
msg "esperando a que $url responda UP (máximo ${timeout} s)…"
fin=$((SECONDS + timeout))
cuerpo=
while :; do
  codigo=$(curl -s -m 10 -o "$dir/.health.json" -w '%{http_code}' "$url" || true)
  cuerpo=$(cat "$dir/.health.json" 2>/dev/null || true)
  if [ "$codigo" = 200 ] && grep -q '"UP"' <<<"$cuerpo"; then
    break
  fi
  if [ $SECONDS -ge $fin ]; then
    rm -f "$dir/.health.json"
    fallo "$url no responde UP tras ${timeout} s (HTTP $codigo): $cuerpo"
  fi
  sleep 2
done
rm -f "$dir/.health.json"

# The application's start-up names the database it migrated: proof that it read CASIA_DB_URL from the environment.
arranque=$(tail -c +"$((log_antes + 1))" "$serverlog" | grep -o 'CASIA: esquema al día[^]]*' | tail -n 1 || true)
[ -n "$arranque" ] || fallo "no aparece 'CASIA: esquema al día' en $serverlog"
grep -qF "CASIA_DB_URL=$CASIA_DB_URL" <<<"$arranque" \
  || fallo "la aplicación no ve CASIA_DB_URL=$CASIA_DB_URL del entorno (dice: $arranque)"

msg "$arranque"
msg "listo: $url → $cuerpo"
msg "CASIA en http://$(hostname -f 2>/dev/null || hostname):$http_port/ · consola de administración en el puerto $admin_port"
