package es.tgss.casia.prueba;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Many cases waiting for information with a given last day, inserted in one statement (the job's tests need hundreds;
 * filing each through the service would take minutes). Consultas of autorización 1000003 (Ana), which has no e-mail
 * on file: closing hundreds of them queues no notice that would delay other classes' mail.
 */
public final class CasosVencidosDePrueba {

    private CasosVencidosDePrueba() {}

    /** @return the números, in id order (the order the nightly reader meets them for one last day) */
    public static List<String> insertar(DataSource datos, int cuantos, LocalDate ultimoDia) throws SQLException {
        List<String> numeros = new ArrayList<>();
        try (Connection c = datos.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        insert into caso (id, numero, autorizacion_id, origen, usuario_alta_id, tipo, materia_id,
                            categoria_id, afecta_periodo_en_curso, titulo, descripcion, fecha_alta, subestado,
                            anulacion_pendiente, anulacion_automatica, fecha_ultima_solicitud,
                            ultimo_dia_informacion, version)
                        select nextval('caso_seq'), 'V' || lpad(nextval('caso_numero_seq')::text, 12, '0'),
                            (select id from autorizacion where numero = '1000003'), 'AUTORIZADO',
                            (select id from usuario where login = '11111111H'), 'CONSULTA',
                            (select id from materia where codigo = 'COTIZACION'),
                            (select id from categoria where codigo = 'CON_COT_SLD'), false,
                            'Vencido de prueba ' || g, 'Caso de prueba del cierre de oficio.',
                            now() - interval '60 days', 'SOLICITADA_INFORMACION', false, false,
                            (?::date - 20)::timestamptz, ?, 0
                        from generate_series(1, ?) g
                        returning numero""")) {
            s.setObject(1, ultimoDia);
            s.setObject(2, ultimoDia);
            s.setInt(3, cuantos);
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    numeros.add(r.getString(1));
                }
            }
        }
        return numeros;
    }
}
