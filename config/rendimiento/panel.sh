#!/usr/bin/env bash
# The Panel's queries on a database of N cases (default 2,000,000), on demand: never part of the build.
#
#   config/rendimiento/panel.sh [casos] [base de datos]
#   SOLO_MEDIR=1 config/rendimiento/panel.sh 0 [base de datos]    # the queries again, on the database already filled
#
# Creates a scratch database (default casia_panel_medida, DROPPED first: never point it at a real one), applies the
# migrations and the demo data with psql, fills caso with generate_series (the demo's autorizaciones and users, the
# catalogue's materias and categorías, 60 unidades), VACUUM ANALYZE (as autovacuum would leave it), then runs each
# query of PanelService three times with EXPLAIN (ANALYZE, BUFFERS) and prints the plan of the third (warm cache).
# The SQL below is PanelService's, with its parameters written in: change one, change the other.
# docs/rendimiento-panel.md has the figures of the last run. Needs psql and a PostgreSQL 15+ at PGHOST (127.0.0.1).
set -euo pipefail

CASOS=${1:-2000000}
BD=${2:-casia_panel_medida}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
RAIZ=$(cd "$(dirname "$0")/../.." && pwd)
DB="$RAIZ/casia-ejb/src/main/resources/db"

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -d "$BD")
if [ -z "${SOLO_MEDIR:-}" ]; then
dropdb --if-exists "$BD"
createdb "$BD"
for f in $(ls "$DB"/migration/V*__*.sql | sort -t V -k2 -n) "$DB"/demo/V1__datos_demo.sql; do
    "${PSQL[@]}" -f "$f"
done

"${PSQL[@]}" <<SQL
\timing on
-- 58 more unidades: the 52 Direcciones Provinciales and some central units, as the TGSS has.
insert into unidad (id, codigo, nombre, tipo, version)
select nextval('unidad_seq'), 'DP-M' || g, 'Dirección Provincial ' || g, 'DIRECCION_PROVINCIAL', 0
from generate_series(1, 58) g;

-- Four years of altas, evenly spread. Cases of the last 90 days are open 70 % of the time (spread over the five
-- subestados; Presentado has no unidad yet); the rest are closed (Resuelto 80 %, Anulado 10 %, De oficio 10 %), and
-- 40 % of the Resueltos and De oficio are rated 1..5. A case in Solicitada Información was asked within the last
-- 20 days (an older one would have been closed de oficio). Unidad and materia at random.
create temporary table cat as
select row_number() over (order by c.id) - 1 as n, c.materia_id, c.id as categoria_id, c.tipo_caso
from categoria c;
create temporary table uni as select row_number() over (order by id) - 1 as n, id from unidad;
create temporary table aut as select row_number() over (order by id) - 1 as n, id from autorizacion;

insert into caso (id, numero, autorizacion_id, origen, usuario_alta_id, tipo, materia_id, categoria_id,
                  afecta_periodo_en_curso, titulo, descripcion, fecha_alta, subestado, anulacion_pendiente,
                  fecha_ultima_solicitud, ultimo_dia_informacion, unidad_id, valoracion, fecha_cierre, version)
select 100000000 + g, 'M' || g, (select id from aut where aut.n = g % 3), 'AUTORIZADO',
       (select id from usuario where login = '12345678Z'), cat.tipo_caso, cat.materia_id, cat.categoria_id,
       false, 'Caso de medida ' || g, 'Descripción del caso de medida.', x.alta, x.subestado, false,
       case when x.subestado = 'SOLICITADA_INFORMACION' then a.pedida end,
       case when x.subestado = 'SOLICITADA_INFORMACION' then (a.pedida at time zone 'Europe/Madrid')::date + 20 end,
       case when x.subestado <> 'PRESENTADO' then (select id from uni where uni.n = a.u) end,
       case when x.subestado in ('RESUELTO', 'DE_OFICIO') and random() < 0.4 then 1 + floor(random() * 5)::int end,
       case when x.subestado in ('RESUELTO', 'ANULADO', 'DE_OFICIO') then x.alta + interval '5 days' end,
       0
from generate_series(1, $CASOS) g
cross join lateral (select now() - (g::float8 / $CASOS) * interval '1460 days' as alta, random() as r,
                           random() as r2, floor(random() * 60)::int as u, floor(random() * 1000)::int as k,
                           now() - random() * interval '20 days' as pedida) a
cross join lateral (
    select a.alta,
           case when a.alta > now() - interval '90 days' and a.r < 0.7
                    then (array['PRESENTADO', 'ASIGNADO', 'SOLICITADA_INFORMACION', 'ESCALADO', 'TRANSFERIDO'])[1 + (g % 5)]
                when a.r2 < 0.1 then 'ANULADO'
                when a.r2 < 0.2 then 'DE_OFICIO'
                else 'RESUELTO' end as subestado) x
join cat on cat.n = a.k % (select count(*) from cat);
vacuum analyze caso;
select count(*) as casos, count(*) filter (where subestado in ('PRESENTADO', 'ASIGNADO', 'SOLICITADA_INFORMACION',
       'ESCALADO', 'TRANSFERIDO')) as abiertos, count(valoracion) as valorados,
       pg_size_pretty(pg_relation_size('caso')) as tabla,
       pg_size_pretty(pg_relation_size('ix_caso_panel_abiertos')) as ix_abiertos,
       pg_size_pretty(pg_relation_size('ix_caso_panel_valoraciones')) as ix_valoraciones,
       pg_size_pretty(pg_relation_size('ix_caso_panel_vencimiento')) as ix_vencimiento
from caso;
SQL
fi

HOY=$(TZ=Europe/Madrid date +%F)
dia() { TZ=Europe/Madrid date -d "$HOY $1 days" +%F; }
# Bounds as PanelService computes them: the start of a Madrid day.
t() { echo "timestamptz '$(dia "$1") 00:00 Europe/Madrid'"; }
DP=$("${PSQL[@]}" -At -c "select id from unidad where codigo = 'DP-28'")

abiertos() {
    cat <<SQL
select u.codigo, u.nombre, a.subestado, a.tramo, a.casos
from (select c.unidad_id, c.subestado,
             case when c.fecha_alta >= $(t -2) then 0 when c.fecha_alta >= $(t -7) then 1
                  when c.fecha_alta >= $(t -14) then 2 when c.fecha_alta >= $(t -30) then 3 else 4 end as tramo,
             count(*) as casos
      from caso c
      where c.subestado in ('PRESENTADO', 'ASIGNADO', 'SOLICITADA_INFORMACION', 'ESCALADO', 'TRANSFERIDO') $1
      group by 1, 2, 3) a
left join unidad u on u.id = a.unidad_id
SQL
}
valoraciones() {
    cat <<SQL
select u.codigo, u.nombre, m.codigo, m.nombre, m.orden, a.valoracion, a.casos
from (select c.unidad_id, c.materia_id, c.valoracion, count(*) as casos
      from caso c
      where c.valoracion is not null $1
      group by 1, 2, 3) a
join materia m on m.id = a.materia_id
left join unidad u on u.id = a.unidad_id
order by m.orden
SQL
}
porCerrar() {
    cat <<SQL
select c.numero, c.titulo, (select u.codigo from unidad u where u.id = c.unidad_id), c.ultimo_dia_informacion
from caso c
where c.ultimo_dia_informacion >= date '$(dia -1)' and c.ultimo_dia_informacion < date '$(dia 7)' $1
order by c.ultimo_dia_informacion
limit 200
SQL
}
cuentaPorCerrar() {
    cat <<SQL
select count(*) from caso c
where c.ultimo_dia_informacion >= date '$(dia -1)' and c.ultimo_dia_informacion < date '$(dia 7)' $1
SQL
}

# Seven runs: the plan of the last, and the minimum and median of the last five "Execution Time"s (the first two
# warm the cache). On a shared machine the minimum is the query's own cost, the median what a user would wait.
medir() {
    local nombre=$1 sql=$2 tiempos=()
    echo "=== $nombre"
    for i in 1 2 3 4 5 6; do
        t=$("${PSQL[@]}" -At -c "explain (analyze) $sql" | sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p')
        [ "$i" -gt 2 ] && tiempos+=("$t")
    done
    "${PSQL[@]}" -c "explain (analyze, buffers) $sql" | tee /tmp/panel-plan.$$
    tiempos+=("$(sed -n 's/^ *Execution Time: \([0-9.]*\) ms$/\1/p' /tmp/panel-plan.$$)")
    rm -f /tmp/panel-plan.$$
    printf '%s\n' "${tiempos[@]}" | sort -n | awk '{v[NR]=$1} END {printf "--- min %.1f ms, mediana %.1f ms (5 ejecuciones)\n", v[1], v[3]}'
}
for alcance in todas "DP-28"; do
    filtro=""
    [ "$alcance" = "DP-28" ] && filtro="and c.unidad_id = $DP"
    medir "Abiertos por unidad, subestado y antigüedad ($alcance)" "$(abiertos "$filtro")"
    medir "Valoraciones por unidad y materia ($alcance)" "$(valoraciones "$filtro")"
    medir "Por cerrar de oficio en 7 días: filas ($alcance)" "$(porCerrar "$filtro")"
    medir "Por cerrar de oficio en 7 días: cuenta ($alcance)" "$(cuentaPorCerrar "$filtro")"
done
