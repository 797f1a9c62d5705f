package es.tgss.casia.catalogo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the migrations (V3__catalogo.sql among them) with Flyway on a throwaway database of the machine's PostgreSQL
 * (production's version), then checks the catalogue.
 *
 * PostgreSQL: 127.0.0.1:5432, user postgres (override with -Dpg.host, -Dpg.port, -Dpg.user, -Dpg.password).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogoMigracionesTest {

    static final String PG_HOST = System.getProperty("pg.host", "127.0.0.1");
    static final String PG_PORT = System.getProperty("pg.port", "5432");
    static final String PG_USER = System.getProperty("pg.user", "postgres");
    static final String PG_PASSWORD = System.getProperty("pg.password", "postgres");
    static final String PG_DB =
            "casia_catalogo_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;

    static final Set<String> CATALOGUE_TABLES =
            Set.of("materia", "materia_tipo_caso", "categoria", "subcategoria", "tipo_documento", "documento_tramite");

    /** FAQ (seeds/004) "What procedures can I apply for?": materia → categoría → subcategorías, in order. */
    static final Map<String, Map<String, List<String>>> TRAMITES_FAQ = new LinkedHashMap<>();

    static {
        Map<String, List<String>> ins = new LinkedHashMap<>();
        ins.put("Asignación de CCC", List.of("Anotación TRL no implementada en RED"));
        ins.put(
                "Aportar documentación acreditativa",
                List.of("Cumplimiento de obligaciones tributarias", "Aportar documentación acreditativa"));
        ins.put(
                "Modificaciones de datos",
                List.of(
                        "Cambio de CNAE",
                        "Declaración Responsable F.D. Turismo",
                        "Renuncia a exenciones por reparto de dividendos"));
        TRAMITES_FAQ.put("INSCRIPCION_EMPRESAS", ins);

        Map<String, List<String>> afi = new LinkedHashMap<>();
        afi.put("Alta de trabajadores por cuenta propia", List.of("Alta de trabajadores autónomos fuera de plazo"));
        afi.put(
                "Alta de trabajadores por cuenta ajena",
                List.of(
                        "Solicitud de número de Seguridad Social",
                        "Alta de trabajadores fuera de plazo",
                        "Anulación de alta consolidada fuera de plazo",
                        "Modificación de fecha de alta y efectos del alta fuera de plazo",
                        "Jornadas reales fuera de plazo",
                        "SEFHort: anotación de días no trabajados fuera de plazo",
                        "Altas no admitidas por RED"));
        afi.put(
                "Variaciones de datos de trabajadores por cuenta propia",
                List.of(
                        "Modificación trabajador SETA y familiares",
                        "Modificación trabajador TRADE",
                        "Reconocimiento de beneficios por resolución judicial",
                        "Solicitud de reducción de bases por pluriactividad fuera de plazo",
                        "Solicitud de beneficios en la cotización por discapacidad sobrevenida",
                        "Trabajador autónomo de institución religiosa",
                        "Solicitud de beneficios en la cotización por conciliación familiar",
                        "Acreditación de violencia de género/víctima de terrorismo",
                        "Cambio de condición de persona física a socio-administrador",
                        "Solicitud de beneficios en la cotización de familiares colaboradores",
                        "Cambio de CNAE"));
        afi.put(
                "Variación de datos de trabajadores del SE de Empleados de Hogar",
                List.of(
                        "Anotación de la condición de familia numerosa",
                        "Cambio de retribución con efectos retroactivos",
                        "Contrato de sustitución/interinidad",
                        "Cambio de responsable del ingreso de cuotas (<60 h mensuales)",
                        "Cambio de contrato con efectos retroactivos",
                        "Cambio de n.º de horas/mes con efectos retroactivos"));
        afi.put(
                "Variación de datos de trabajadores por cuenta ajena",
                List.of(
                        "Coeficiente reductor de la edad de jubilación",
                        "Colectivo de trabajador",
                        "Condición de desempleado",
                        "Contrato de trabajo",
                        "Excedencias",
                        "Fecha de inicio del contrato de trabajo",
                        "Grado de discapacidad",
                        "Reducción de jornada por guarda legal fuera de plazo",
                        "Tipo de ocupación",
                        "Variación del coeficiente de tiempo parcial",
                        "Anotar situaciones adicionales 001 y 015 y modificación/eliminación fuera de plazo",
                        "ERTE: situaciones especiales y 406",
                        "Declaración Responsable ERTE La Palma"));
        afi.put(
                "Alta/Variación de Datos Integrados de Bases Adicionales (DIBA)",
                List.of("Bases adicionales tipo 001: asignación/rescisión CCC TRABAJO CONCENTRADO"));
        afi.put("Baja de trabajadores por cuenta propia", List.of("Baja de trabajadores autónomos fuera de plazo"));
        afi.put(
                "Baja de trabajadores por cuenta ajena",
                List.of(
                        "Baja de trabajadores fuera de plazo",
                        "Anulación de baja consolidada fuera de plazo",
                        "Modificación de clave derivada de baja fuera de plazo",
                        "Modificación de la fecha de efectos de la baja fuera de plazo"));
        afi.put(
                "Aportar documentación acreditativa",
                List.of(
                        "Exclusión social/víctimas de violencia de género",
                        "Trabajadores por cuenta ajena",
                        "Trabajadores por cuenta propia",
                        "Existencia de ERTE"));
        TRAMITES_FAQ.put("AFILIACION", afi);

        Map<String, List<String>> cot = new LinkedHashMap<>();
        cot.put("Empleados de Hogar", List.of("Solicitud de cambio de datos bancarios"));
        cot.put(
                "Aportar documentación acreditativa",
                List.of(
                        "Conceptos retributivos abonados (CRA) > BBCC",
                        "Interrupción de la prescripción",
                        "Actualización de liquidaciones fuera de plazo"));
        TRAMITES_FAQ.put("COTIZACION", cot);

        Map<String, List<String>> aut = new LinkedHashMap<>();
        aut.put("Cambio de medio de transmisión del autorizado RED", List.of());
        aut.put("Cambio de usuario principal de la autorización RED", List.of());
        aut.put("Cambio de razón social de la autorización RED", List.of());
        aut.put("Cambio de tipo de autorización RED", List.of());
        aut.put("Modificación del domicilio de la autorización RED", List.of());
        TRAMITES_FAQ.put("GESTION_AUTORIZACIONES", aut);
    }

    Connection pg;
    MigrateResult migration;

    @BeforeAll
    void migrate() throws SQLException {
        try (Connection admin = DriverManager.getConnection(pgUrl("postgres"), PG_USER, PG_PASSWORD);
                Statement st = admin.createStatement()) {
            st.execute("create database " + PG_DB + " encoding 'UTF8' template template0");
        }
        pg = DriverManager.getConnection(pgUrl(PG_DB), PG_USER, PG_PASSWORD);
        migration = migrate(pgUrl(PG_DB), PG_USER, PG_PASSWORD);
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        if (pg != null) {
            pg.close();
        }
        try (Connection admin = DriverManager.getConnection(pgUrl("postgres"), PG_USER, PG_PASSWORD);
                Statement st = admin.createStatement()) {
            st.execute("drop database if exists " + PG_DB + " with (force)");
        }
    }

    static String pgUrl(String db) {
        return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + db;
    }

    static MigrateResult migrate(String url, String user, String password) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    static List<List<Object>> rows(Connection c, String sql, Object... params) throws SQLException {
        try (var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<List<Object>> out = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getObject(i));
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    static List<String> strings(Connection c, String sql, Object... params) throws SQLException {
        return rows(c, sql, params).stream().map(r -> String.valueOf(r.get(0))).toList();
    }

    // ------------------------------------------------------------------------------------------------

    @Test
    void allMigrationsApply() throws SQLException {
        MigrateResult result = migration;
        assertThat(result.success).isTrue();
        assertThat(result.migrations).extracting(m -> m.version).contains("3");
        assertThat(strings(pg, "select count(*) from materia")).containsExactly("8");
    }

    @Test
    void materiasPerTipoFollowTheSeeds() throws SQLException {
        String sql = """
                select m.nombre from materia m join materia_tipo_caso mt on mt.materia_id = m.id
                where mt.tipo_caso = ? and mt.activa and m.activa order by mt.orden""";
        Connection c = pg;
        assertThat(strings(c, sql, "CONSULTA"))
                .containsExactly(
                        "Inscripción de empresas",
                        "Afiliación, altas y bajas",
                        "Cotización",
                        "Técnica",
                        "Gestión de Autorizaciones RED",
                        "Sede Electrónica",
                        "Información General",
                        "Recaudación");
        assertThat(strings(c, sql, "ERROR_INCIDENCIA"))
                .containsExactly(
                        "Afiliación, altas y bajas",
                        "Cotización",
                        "Técnica",
                        "Gestión de Autorizaciones RED",
                        "Sede Electrónica");
        assertThat(strings(c, sql, "TRAMITE"))
                .containsExactly(
                        "Inscripción de empresas",
                        "Afiliación, altas y bajas",
                        "Cotización",
                        "Gestión de Autorizaciones RED");
    }

    @Test
    void recaudacionExistsOnlyForConsulta() throws SQLException {
        Connection c = pg;
        assertThat(strings(c, """
                select mt.tipo_caso from materia_tipo_caso mt join materia m on m.id = mt.materia_id
                where m.codigo = 'RECAUDACION'""")).containsExactly("CONSULTA");
        assertThat(strings(c, """
                select distinct c.tipo_caso from categoria c join materia m on m.id = c.materia_id
                where m.codigo = 'RECAUDACION'""")).containsExactly("CONSULTA");
        assertThat(strings(c, "select nombre from materia where codigo = 'RECAUDACION'"))
                .containsExactly("Recaudación");
    }

    @Test
    void everyFaqTramiteIsUnderItsMateriaForTramite() throws SQLException {
        Connection c = pg;
        Map<String, Map<String, List<String>>> actual = new LinkedHashMap<>();
        for (List<Object> r : rows(c, """
                select m.codigo, c.nombre, s.nombre
                from categoria c
                join materia m on m.id = c.materia_id
                left join subcategoria s on s.categoria_id = c.id and s.activa
                where c.tipo_caso = 'TRAMITE' and c.activa
                order by m.orden, c.orden, s.orden""")) {
            List<String> subs = actual.computeIfAbsent((String) r.get(0), k -> new LinkedHashMap<>())
                    .computeIfAbsent((String) r.get(1), k -> new ArrayList<>());
            if (r.get(2) != null) {
                subs.add((String) r.get(2));
            }
        }
        // exactly the FAQ catalogue, in the FAQ's order, nothing more
        assertThat(actual).isEqualTo(TRAMITES_FAQ);
        assertThat(strings(c, """
                select count(*) from subcategoria s join categoria c on c.id = s.categoria_id
                where c.tipo_caso = 'TRAMITE'""")).containsExactly("58"); // the FAQ's 58 inner bullets
        assertThat(TRAMITES_FAQ.values().stream()
                        .flatMap(m -> m.values().stream())
                        .mapToInt(List::size)
                        .sum())
                .isEqualTo(58);
    }

    @Test
    void onlyTecnicaErrorIncidenciaRequiresTheTechnicalForm() throws SQLException {
        assertThat(rows(pg, """
                select m.codigo, mt.tipo_caso from materia_tipo_caso mt join materia m on m.id = mt.materia_id
                where mt.requiere_formulario_tecnico""")).containsExactly(List.of("TECNICA", "ERROR_INCIDENCIA"));
        // and a case classified under any Técnica error categoría finds the flag through its categoría
        assertThat(strings(pg, """
                select distinct mt.requiere_formulario_tecnico from categoria c
                join materia_tipo_caso mt on mt.materia_id = c.materia_id and mt.tipo_caso = c.tipo_caso
                where c.codigo like 'ERR_TEC_%'""")).containsExactly("true");
    }

    @Test
    void aCategoriaCannotExistForATipoItsMateriaDoesNotOffer() throws SQLException {
        Connection c = pg;
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("""
                    insert into categoria (id, materia_id, tipo_caso, codigo, nombre, activa, orden, version)
                    values (nextval('categoria_seq'), (select id from materia where codigo = 'RECAUDACION'),
                            'TRAMITE', 'TRA_REC_X', 'X', true, 10, 0)"""))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("fk_categoria_materia_tipo_caso");
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    @Test
    void aRetiredEntryStaysInTheTableAndDropsOutOfTheLists() throws SQLException {
        Connection c = pg;
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("update subcategoria set activa = false, version = version + 1"
                            + " where codigo = 'TRA_AFI_VCA_DR_ERTE_LA_PALMA'"))
                    .isEqualTo(1);
            assertThat(strings(c, """
                    select s.nombre from subcategoria s join categoria c on c.id = s.categoria_id
                    where c.codigo = 'TRA_AFI_VAR_CTA_AJENA' and s.activa order by s.orden""")).hasSize(12).doesNotContain("Declaración Responsable ERTE La Palma");
            assertThat(strings(c, "select version from subcategoria where codigo = 'TRA_AFI_VCA_DR_ERTE_LA_PALMA'"))
                    .containsExactly("1");
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    @Test
    void conventionsHold() throws SQLException {
        Connection c = pg;
        for (String table : CATALOGUE_TABLES) {
            // ids come from <table>_seq (start 50, increment 50): every id is a positive multiple of 50
            assertThat(strings(c, "select count(*) from " + table + " where id < 50 or mod(id, 50) <> 0"))
                    .as(table)
                    .containsExactly("0");
            assertThat(strings(c, "select count(*) from " + table + " where version <> 0"))
                    .as(table)
                    .containsExactly("0");
            assertThat(strings(c, "select count(*) from " + table)).as(table).isNotEqualTo(List.of("0"));
            // the next id continues the sequence after the seeded rows
            long max = Long.parseLong(strings(c, "select max(id) from " + table).get(0));
            long next = Long.parseLong(
                    strings(c, "select nextval('" + table + "_seq')").get(0));
            assertThat(next).as(table).isEqualTo(max + 50);
        }
        List<List<Object>> cols = columns(c);
        assertThat(cols).extracting(r -> r.get(0)).containsOnlyElementsOf(CATALOGUE_TABLES);
        for (String table : CATALOGUE_TABLES) {
            assertThat(cols).as(table + ".id bigint not null").contains(List.of(table, "id", "bigint", -1, "NO"));
            assertThat(cols)
                    .as(table + ".version integer not null")
                    .contains(List.of(table, "version", "integer", -1, "NO"));
        }
        assertThat(cols).extracting(r -> r.get(2)).containsOnly("bigint", "integer", "boolean", "character varying");
        assertThat(cols)
                .filteredOn(r -> r.get(2).equals("character varying"))
                .allSatisfy(r -> assertThat((Integer) r.get(3)).isPositive());
    }

    @Test
    void accentsSurviveTheRoundTrip() throws SQLException {
        assertThat(strings(pg, "select nombre from subcategoria where codigo = 'TRA_AFI_HOG_HORAS_RETROACTIVO'"))
                .containsExactly("Cambio de n.º de horas/mes con efectos retroactivos");
        assertThat(strings(pg, "select nombre from tipo_documento where codigo = 'FORMULARIO_DATOS_TECNICOS'"))
                .containsExactly("Formulario de datos técnicos");
    }

    @Test
    void namedConstraintsOfTheCatalogue() throws SQLException {
        assertThat(constraints(pg).get("categoria"))
                .contains(
                        "pk_categoria:PRIMARY KEY",
                        "uk_categoria_codigo:UNIQUE",
                        "fk_categoria_materia_tipo_caso:FOREIGN KEY",
                        "ck_categoria_tipo:CHECK");
    }

    /** table, column, data type (lower case), character length (-1 when none), nullable; by table and position. */
    static List<List<Object>> columns(Connection c) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> r : rows(c, """
                select table_name, column_name, data_type, character_maximum_length, is_nullable
                from information_schema.columns
                where table_schema = 'public' and table_name in
                      ('materia', 'materia_tipo_caso', 'categoria', 'subcategoria', 'tipo_documento',
                       'documento_tramite')
                order by table_name, ordinal_position""")) {
            out.add(List.of(
                    r.get(0),
                    r.get(1),
                    String.valueOf(r.get(2)).toLowerCase(),
                    r.get(3) == null ? -1 : ((Number) r.get(3)).intValue(),
                    r.get(4)));
        }
        return out;
    }

    /** our named constraints (pk_, uk_, fk_, ck_) per table, as name:type. */
    static Map<String, Set<String>> constraints(Connection c) throws SQLException {
        Map<String, Set<String>> out = new TreeMap<>();
        for (List<Object> r : rows(c, """
                select table_name, constraint_name, constraint_type from information_schema.table_constraints
                where table_schema = 'public' and table_name in
                      ('materia', 'materia_tipo_caso', 'categoria', 'subcategoria', 'tipo_documento',
                       'documento_tramite')""")) {
            String cn = String.valueOf(r.get(1));
            if (cn.matches("^(pk|uk|fk|ck)_.*")) {
                out.computeIfAbsent((String) r.get(0), k -> new TreeSet<>()).add(cn + ":" + r.get(2));
            }
        }
        return out;
    }
}
