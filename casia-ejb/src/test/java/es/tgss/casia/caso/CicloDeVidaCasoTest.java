package es.tgss.casia.caso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.tgss.casia.calendario.Calendario;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Textos;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Prueba cada acción en cada estado alcanzable contra una tabla escrita a mano (no derivada del código), más el
 * reloj de 20 días naturales en sus bordes.
 */
class CicloDeVidaCasoTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    /** Última solicitud de información de los casos de la tabla que están en Solicitada Información. */
    private static final Instant T0 = madrid(2025, 3, 1, 10, 0);
    /** Momento de cada acción de la tabla: 31 días después de T0, así que el plazo ya venció. */
    private static final Instant AHORA = madrid(2025, 4, 1, 10, 0);

    /**
     * Estado de partida | acción (con su actor legítimo) | resultado | efectos para un Trámite con documentos.
     * Estados: NUEVO = el caso aún no existe; +P = anulación pendiente; +V = valorado; +A = anulado
     * automáticamente (desde Presentado); Solicitada Información
     * de partida tiene su última solicitud en T0; "@ahora" = el reloj vuelve a empezar en AHORA (sin "@ahora" la
     * fecha se conserva). Resultado "!MOTIVO" = rechazo con ese motivo.
     */
    private static final String TABLA = """
            # --- el caso aún no existe ---
            NUEVO                    | FINALIZAR_ALTA        | PRESENTADO                      | NOTIFICAR_AUTORIZADO JUSTIFICANTE_APERTURA
            NUEVO                    | ABRIR_POR_TGSS        | SOLICITADA_INFORMACION@ahora    | NOTIFICAR_AUTORIZADO RELOJ_INICIA
            NUEVO                    | ASIGNAR               | !CASO_NO_EXISTE                 |
            NUEVO                    | REASIGNAR             | !CASO_NO_EXISTE                 |
            NUEVO                    | SOLICITAR_INFORMACION | !CASO_NO_EXISTE                 |
            NUEVO                    | MODIFICAR_INFORMACION | !CASO_NO_EXISTE                 |
            NUEVO                    | ESCALAR               | !CASO_NO_EXISTE                 |
            NUEVO                    | TRANSFERIR            | !CASO_NO_EXISTE                 |
            NUEVO                    | RESOLVER              | !CASO_NO_EXISTE                 |
            NUEVO                    | SOLICITAR_ANULACION   | !CASO_NO_EXISTE                 |
            NUEVO                    | APROBAR_ANULACION     | !CASO_NO_EXISTE                 |
            NUEVO                    | RECHAZAR_ANULACION    | !CASO_NO_EXISTE                 |
            NUEVO                    | CERRAR_DE_OFICIO      | !CASO_NO_EXISTE                 |
            NUEVO                    | RECLASIFICAR          | !CASO_NO_EXISTE                 |
            NUEVO                    | VALORAR               | !CASO_NO_EXISTE                 |
            NUEVO                    | NOTA_INTERNA          | !CASO_NO_EXISTE                 |
            # --- Abierto/Presentado (no admite anulación pendiente: la anulación es inmediata) ---
            PRESENTADO               | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            PRESENTADO               | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            PRESENTADO               | ASIGNAR               | ASIGNADO                        |
            PRESENTADO               | REASIGNAR             | !SUBESTADO_NO_PERMITIDO         |
            PRESENTADO               | SOLICITAR_INFORMACION | !SUBESTADO_NO_PERMITIDO         |
            PRESENTADO               | MODIFICAR_INFORMACION | PRESENTADO                      | JUSTIFICANTE_DOCUMENTACION
            PRESENTADO               | ESCALAR               | !SUBESTADO_NO_PERMITIDO         |
            PRESENTADO               | TRANSFERIR            | !SUBESTADO_NO_PERMITIDO         |
            PRESENTADO               | RESOLVER              | !SUBESTADO_NO_PERMITIDO         |
            PRESENTADO               | SOLICITAR_ANULACION   | ANULADO+A                       | NOTIFICAR_AUTORIZADO
            PRESENTADO               | APROBAR_ANULACION     | !SIN_ANULACION_PENDIENTE        |
            PRESENTADO               | RECHAZAR_ANULACION    | !SIN_ANULACION_PENDIENTE        |
            PRESENTADO               | CERRAR_DE_OFICIO      | !SUBESTADO_NO_PERMITIDO         |
            PRESENTADO               | RECLASIFICAR          | PRESENTADO                      | NOTIFICAR_AUTORIZADO
            PRESENTADO               | VALORAR               | !CASO_NO_CERRADO                |
            PRESENTADO               | NOTA_INTERNA          | PRESENTADO                      |
            # --- Abierto/Asignado ---
            ASIGNADO                 | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            ASIGNADO                 | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            ASIGNADO                 | ASIGNAR               | !SUBESTADO_NO_PERMITIDO         |
            ASIGNADO                 | REASIGNAR             | ASIGNADO                        |
            ASIGNADO                 | SOLICITAR_INFORMACION | SOLICITADA_INFORMACION@ahora    | NOTIFICAR_AUTORIZADO RELOJ_INICIA
            ASIGNADO                 | MODIFICAR_INFORMACION | ASIGNADO                        | JUSTIFICANTE_DOCUMENTACION
            ASIGNADO                 | ESCALAR               | ESCALADO                        |
            ASIGNADO                 | TRANSFERIR            | TRANSFERIDO                     |
            ASIGNADO                 | RESOLVER              | RESUELTO                        | NOTIFICAR_AUTORIZADO
            ASIGNADO                 | SOLICITAR_ANULACION   | ASIGNADO+P                      |
            ASIGNADO                 | APROBAR_ANULACION     | !SIN_ANULACION_PENDIENTE        |
            ASIGNADO                 | RECHAZAR_ANULACION    | !SIN_ANULACION_PENDIENTE        |
            ASIGNADO                 | CERRAR_DE_OFICIO      | !SUBESTADO_NO_PERMITIDO         |
            ASIGNADO                 | RECLASIFICAR          | ASIGNADO                        | NOTIFICAR_AUTORIZADO
            ASIGNADO                 | VALORAR               | !CASO_NO_CERRADO                |
            ASIGNADO                 | NOTA_INTERNA          | ASIGNADO                        |
            ASIGNADO+P               | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            ASIGNADO+P               | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            ASIGNADO+P               | ASIGNAR               | !SUBESTADO_NO_PERMITIDO         |
            ASIGNADO+P               | REASIGNAR             | ASIGNADO+P                      |
            ASIGNADO+P               | SOLICITAR_INFORMACION | !ANULACION_PENDIENTE            |
            ASIGNADO+P               | MODIFICAR_INFORMACION | ASIGNADO+P                      | JUSTIFICANTE_DOCUMENTACION
            ASIGNADO+P               | ESCALAR               | !ANULACION_PENDIENTE            |
            ASIGNADO+P               | TRANSFERIR            | !ANULACION_PENDIENTE            |
            ASIGNADO+P               | RESOLVER              | !ANULACION_PENDIENTE            |
            ASIGNADO+P               | SOLICITAR_ANULACION   | !ANULACION_YA_SOLICITADA        |
            ASIGNADO+P               | APROBAR_ANULACION     | ANULADO                         | NOTIFICAR_AUTORIZADO
            ASIGNADO+P               | RECHAZAR_ANULACION    | ASIGNADO                        | NOTIFICAR_AUTORIZADO
            ASIGNADO+P               | CERRAR_DE_OFICIO      | !SUBESTADO_NO_PERMITIDO         |
            ASIGNADO+P               | RECLASIFICAR          | ASIGNADO+P                      | NOTIFICAR_AUTORIZADO
            ASIGNADO+P               | VALORAR               | !CASO_NO_CERRADO                |
            ASIGNADO+P               | NOTA_INTERNA          | ASIGNADO+P                      |
            # --- Abierto/Solicitada Información (última solicitud en T0; el plazo ya venció en AHORA) ---
            SOLICITADA_INFORMACION   | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            SOLICITADA_INFORMACION   | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            SOLICITADA_INFORMACION   | ASIGNAR               | !SUBESTADO_NO_PERMITIDO         |
            SOLICITADA_INFORMACION   | REASIGNAR             | SOLICITADA_INFORMACION          |
            SOLICITADA_INFORMACION   | SOLICITAR_INFORMACION | !SUBESTADO_NO_PERMITIDO         |
            SOLICITADA_INFORMACION   | MODIFICAR_INFORMACION | ASIGNADO                        | JUSTIFICANTE_DOCUMENTACION RELOJ_PARA
            SOLICITADA_INFORMACION   | ESCALAR               | !SUBESTADO_NO_PERMITIDO         |
            SOLICITADA_INFORMACION   | TRANSFERIR            | !SUBESTADO_NO_PERMITIDO         |
            SOLICITADA_INFORMACION   | RESOLVER              | RESUELTO                        | NOTIFICAR_AUTORIZADO RELOJ_PARA
            SOLICITADA_INFORMACION   | SOLICITAR_ANULACION   | SOLICITADA_INFORMACION+P        |
            SOLICITADA_INFORMACION   | APROBAR_ANULACION     | !SIN_ANULACION_PENDIENTE        |
            SOLICITADA_INFORMACION   | RECHAZAR_ANULACION    | !SIN_ANULACION_PENDIENTE        |
            SOLICITADA_INFORMACION   | CERRAR_DE_OFICIO      | DE_OFICIO                       | NOTIFICAR_AUTORIZADO RELOJ_PARA RESOLUCION_DESISTIMIENTO
            SOLICITADA_INFORMACION   | RECLASIFICAR          | SOLICITADA_INFORMACION          | NOTIFICAR_AUTORIZADO
            SOLICITADA_INFORMACION   | VALORAR               | !CASO_NO_CERRADO                |
            SOLICITADA_INFORMACION   | NOTA_INTERNA          | SOLICITADA_INFORMACION          |
            SOLICITADA_INFORMACION+P | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            SOLICITADA_INFORMACION+P | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            SOLICITADA_INFORMACION+P | ASIGNAR               | !SUBESTADO_NO_PERMITIDO         |
            SOLICITADA_INFORMACION+P | REASIGNAR             | SOLICITADA_INFORMACION+P        |
            SOLICITADA_INFORMACION+P | SOLICITAR_INFORMACION | !SUBESTADO_NO_PERMITIDO         |
            SOLICITADA_INFORMACION+P | MODIFICAR_INFORMACION | ASIGNADO+P                      | JUSTIFICANTE_DOCUMENTACION RELOJ_PARA
            SOLICITADA_INFORMACION+P | ESCALAR               | !SUBESTADO_NO_PERMITIDO         |
            SOLICITADA_INFORMACION+P | TRANSFERIR            | !SUBESTADO_NO_PERMITIDO         |
            SOLICITADA_INFORMACION+P | RESOLVER              | !ANULACION_PENDIENTE            |
            SOLICITADA_INFORMACION+P | SOLICITAR_ANULACION   | !ANULACION_YA_SOLICITADA        |
            SOLICITADA_INFORMACION+P | APROBAR_ANULACION     | ANULADO                         | NOTIFICAR_AUTORIZADO RELOJ_PARA
            SOLICITADA_INFORMACION+P | RECHAZAR_ANULACION    | SOLICITADA_INFORMACION@ahora    | NOTIFICAR_AUTORIZADO RELOJ_INICIA
            SOLICITADA_INFORMACION+P | CERRAR_DE_OFICIO      | DE_OFICIO                       | NOTIFICAR_AUTORIZADO RELOJ_PARA RESOLUCION_DESISTIMIENTO
            SOLICITADA_INFORMACION+P | RECLASIFICAR          | SOLICITADA_INFORMACION+P        | NOTIFICAR_AUTORIZADO
            SOLICITADA_INFORMACION+P | VALORAR               | !CASO_NO_CERRADO                |
            SOLICITADA_INFORMACION+P | NOTA_INTERNA          | SOLICITADA_INFORMACION+P        |
            # --- Abierto/Escalado ---
            ESCALADO                 | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            ESCALADO                 | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            ESCALADO                 | ASIGNAR               | ASIGNADO                        |
            ESCALADO                 | REASIGNAR             | ESCALADO                        |
            ESCALADO                 | SOLICITAR_INFORMACION | SOLICITADA_INFORMACION@ahora    | NOTIFICAR_AUTORIZADO RELOJ_INICIA
            ESCALADO                 | MODIFICAR_INFORMACION | ESCALADO                        | JUSTIFICANTE_DOCUMENTACION
            ESCALADO                 | ESCALAR               | !SUBESTADO_NO_PERMITIDO         |
            ESCALADO                 | TRANSFERIR            | !SUBESTADO_NO_PERMITIDO         |
            ESCALADO                 | RESOLVER              | RESUELTO                        | NOTIFICAR_AUTORIZADO
            ESCALADO                 | SOLICITAR_ANULACION   | ESCALADO+P                      |
            ESCALADO                 | APROBAR_ANULACION     | !SIN_ANULACION_PENDIENTE        |
            ESCALADO                 | RECHAZAR_ANULACION    | !SIN_ANULACION_PENDIENTE        |
            ESCALADO                 | CERRAR_DE_OFICIO      | !SUBESTADO_NO_PERMITIDO         |
            ESCALADO                 | RECLASIFICAR          | ESCALADO                        | NOTIFICAR_AUTORIZADO
            ESCALADO                 | VALORAR               | !CASO_NO_CERRADO                |
            ESCALADO                 | NOTA_INTERNA          | ESCALADO                        |
            ESCALADO+P               | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            ESCALADO+P               | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            ESCALADO+P               | ASIGNAR               | ASIGNADO+P                      |
            ESCALADO+P               | REASIGNAR             | ESCALADO+P                      |
            ESCALADO+P               | SOLICITAR_INFORMACION | !ANULACION_PENDIENTE            |
            ESCALADO+P               | MODIFICAR_INFORMACION | ESCALADO+P                      | JUSTIFICANTE_DOCUMENTACION
            ESCALADO+P               | ESCALAR               | !SUBESTADO_NO_PERMITIDO         |
            ESCALADO+P               | TRANSFERIR            | !SUBESTADO_NO_PERMITIDO         |
            ESCALADO+P               | RESOLVER              | !ANULACION_PENDIENTE            |
            ESCALADO+P               | SOLICITAR_ANULACION   | !ANULACION_YA_SOLICITADA        |
            ESCALADO+P               | APROBAR_ANULACION     | ANULADO                         | NOTIFICAR_AUTORIZADO
            ESCALADO+P               | RECHAZAR_ANULACION    | ESCALADO                        | NOTIFICAR_AUTORIZADO
            ESCALADO+P               | CERRAR_DE_OFICIO      | !SUBESTADO_NO_PERMITIDO         |
            ESCALADO+P               | RECLASIFICAR          | ESCALADO+P                      | NOTIFICAR_AUTORIZADO
            ESCALADO+P               | VALORAR               | !CASO_NO_CERRADO                |
            ESCALADO+P               | NOTA_INTERNA          | ESCALADO+P                      |
            # --- Abierto/Transferido ---
            TRANSFERIDO              | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            TRANSFERIDO              | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            TRANSFERIDO              | ASIGNAR               | ASIGNADO                        |
            TRANSFERIDO              | REASIGNAR             | TRANSFERIDO                     |
            TRANSFERIDO              | SOLICITAR_INFORMACION | SOLICITADA_INFORMACION@ahora    | NOTIFICAR_AUTORIZADO RELOJ_INICIA
            TRANSFERIDO              | MODIFICAR_INFORMACION | TRANSFERIDO                     | JUSTIFICANTE_DOCUMENTACION
            TRANSFERIDO              | ESCALAR               | !SUBESTADO_NO_PERMITIDO         |
            TRANSFERIDO              | TRANSFERIR            | !SUBESTADO_NO_PERMITIDO         |
            TRANSFERIDO              | RESOLVER              | RESUELTO                        | NOTIFICAR_AUTORIZADO
            TRANSFERIDO              | SOLICITAR_ANULACION   | TRANSFERIDO+P                   |
            TRANSFERIDO              | APROBAR_ANULACION     | !SIN_ANULACION_PENDIENTE        |
            TRANSFERIDO              | RECHAZAR_ANULACION    | !SIN_ANULACION_PENDIENTE        |
            TRANSFERIDO              | CERRAR_DE_OFICIO      | !SUBESTADO_NO_PERMITIDO         |
            TRANSFERIDO              | RECLASIFICAR          | TRANSFERIDO                     | NOTIFICAR_AUTORIZADO
            TRANSFERIDO              | VALORAR               | !CASO_NO_CERRADO                |
            TRANSFERIDO              | NOTA_INTERNA          | TRANSFERIDO                     |
            TRANSFERIDO+P            | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            TRANSFERIDO+P            | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            TRANSFERIDO+P            | ASIGNAR               | ASIGNADO+P                      |
            TRANSFERIDO+P            | REASIGNAR             | TRANSFERIDO+P                   |
            TRANSFERIDO+P            | SOLICITAR_INFORMACION | !ANULACION_PENDIENTE            |
            TRANSFERIDO+P            | MODIFICAR_INFORMACION | TRANSFERIDO+P                   | JUSTIFICANTE_DOCUMENTACION
            TRANSFERIDO+P            | ESCALAR               | !SUBESTADO_NO_PERMITIDO         |
            TRANSFERIDO+P            | TRANSFERIR            | !SUBESTADO_NO_PERMITIDO         |
            TRANSFERIDO+P            | RESOLVER              | !ANULACION_PENDIENTE            |
            TRANSFERIDO+P            | SOLICITAR_ANULACION   | !ANULACION_YA_SOLICITADA        |
            TRANSFERIDO+P            | APROBAR_ANULACION     | ANULADO                         | NOTIFICAR_AUTORIZADO
            TRANSFERIDO+P            | RECHAZAR_ANULACION    | TRANSFERIDO                     | NOTIFICAR_AUTORIZADO
            TRANSFERIDO+P            | CERRAR_DE_OFICIO      | !SUBESTADO_NO_PERMITIDO         |
            TRANSFERIDO+P            | RECLASIFICAR          | TRANSFERIDO+P                   | NOTIFICAR_AUTORIZADO
            TRANSFERIDO+P            | VALORAR               | !CASO_NO_CERRADO                |
            TRANSFERIDO+P            | NOTA_INTERNA          | TRANSFERIDO+P                   |
            # --- Cerrado/Anulado ---
            ANULADO                  | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            ANULADO                  | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            ANULADO                  | ASIGNAR               | !CASO_CERRADO                   |
            ANULADO                  | REASIGNAR             | !CASO_CERRADO                   |
            ANULADO                  | SOLICITAR_INFORMACION | !CASO_CERRADO                   |
            ANULADO                  | MODIFICAR_INFORMACION | !CASO_CERRADO                   |
            ANULADO                  | ESCALAR               | !CASO_CERRADO                   |
            ANULADO                  | TRANSFERIR            | !CASO_CERRADO                   |
            ANULADO                  | RESOLVER              | !CASO_CERRADO                   |
            ANULADO                  | SOLICITAR_ANULACION   | !CASO_CERRADO                   |
            ANULADO                  | APROBAR_ANULACION     | !CASO_CERRADO                   |
            ANULADO                  | RECHAZAR_ANULACION    | !CASO_CERRADO                   |
            ANULADO                  | CERRAR_DE_OFICIO      | !CASO_CERRADO                   |
            ANULADO                  | RECLASIFICAR          | !CASO_CERRADO                   |
            ANULADO                  | VALORAR               | ANULADO+V                       |
            ANULADO                  | NOTA_INTERNA          | ANULADO                         |
            ANULADO+V                | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            ANULADO+V                | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            ANULADO+V                | ASIGNAR               | !CASO_CERRADO                   |
            ANULADO+V                | REASIGNAR             | !CASO_CERRADO                   |
            ANULADO+V                | SOLICITAR_INFORMACION | !CASO_CERRADO                   |
            ANULADO+V                | MODIFICAR_INFORMACION | !CASO_CERRADO                   |
            ANULADO+V                | ESCALAR               | !CASO_CERRADO                   |
            ANULADO+V                | TRANSFERIR            | !CASO_CERRADO                   |
            ANULADO+V                | RESOLVER              | !CASO_CERRADO                   |
            ANULADO+V                | SOLICITAR_ANULACION   | !CASO_CERRADO                   |
            ANULADO+V                | APROBAR_ANULACION     | !CASO_CERRADO                   |
            ANULADO+V                | RECHAZAR_ANULACION    | !CASO_CERRADO                   |
            ANULADO+V                | CERRAR_DE_OFICIO      | !CASO_CERRADO                   |
            ANULADO+V                | RECLASIFICAR          | !CASO_CERRADO                   |
            ANULADO+V                | VALORAR               | !YA_VALORADO                    |
            ANULADO+V                | NOTA_INTERNA          | ANULADO+V                       |
            # --- Cerrado/Anulado automáticamente desde Presentado: nadie lo atendió, no se valora ---
            ANULADO+A                | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            ANULADO+A                | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            ANULADO+A                | ASIGNAR               | !CASO_CERRADO                   |
            ANULADO+A                | REASIGNAR             | !CASO_CERRADO                   |
            ANULADO+A                | SOLICITAR_INFORMACION | !CASO_CERRADO                   |
            ANULADO+A                | MODIFICAR_INFORMACION | !CASO_CERRADO                   |
            ANULADO+A                | ESCALAR               | !CASO_CERRADO                   |
            ANULADO+A                | TRANSFERIR            | !CASO_CERRADO                   |
            ANULADO+A                | RESOLVER              | !CASO_CERRADO                   |
            ANULADO+A                | SOLICITAR_ANULACION   | !CASO_CERRADO                   |
            ANULADO+A                | APROBAR_ANULACION     | !CASO_CERRADO                   |
            ANULADO+A                | RECHAZAR_ANULACION    | !CASO_CERRADO                   |
            ANULADO+A                | CERRAR_DE_OFICIO      | !CASO_CERRADO                   |
            ANULADO+A                | RECLASIFICAR          | !CASO_CERRADO                   |
            ANULADO+A                | VALORAR               | !NO_VALORABLE                   |
            ANULADO+A                | NOTA_INTERNA          | ANULADO+A                       |
            # --- Cerrado/Resuelto ---
            RESUELTO                 | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            RESUELTO                 | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            RESUELTO                 | ASIGNAR               | !CASO_CERRADO                   |
            RESUELTO                 | REASIGNAR             | !CASO_CERRADO                   |
            RESUELTO                 | SOLICITAR_INFORMACION | !CASO_CERRADO                   |
            RESUELTO                 | MODIFICAR_INFORMACION | !CASO_CERRADO                   |
            RESUELTO                 | ESCALAR               | !CASO_CERRADO                   |
            RESUELTO                 | TRANSFERIR            | !CASO_CERRADO                   |
            RESUELTO                 | RESOLVER              | !CASO_CERRADO                   |
            RESUELTO                 | SOLICITAR_ANULACION   | !CASO_CERRADO                   |
            RESUELTO                 | APROBAR_ANULACION     | !CASO_CERRADO                   |
            RESUELTO                 | RECHAZAR_ANULACION    | !CASO_CERRADO                   |
            RESUELTO                 | CERRAR_DE_OFICIO      | !CASO_CERRADO                   |
            RESUELTO                 | RECLASIFICAR          | !CASO_CERRADO                   |
            RESUELTO                 | VALORAR               | RESUELTO+V                      |
            RESUELTO                 | NOTA_INTERNA          | RESUELTO                        |
            RESUELTO+V               | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            RESUELTO+V               | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            RESUELTO+V               | ASIGNAR               | !CASO_CERRADO                   |
            RESUELTO+V               | REASIGNAR             | !CASO_CERRADO                   |
            RESUELTO+V               | SOLICITAR_INFORMACION | !CASO_CERRADO                   |
            RESUELTO+V               | MODIFICAR_INFORMACION | !CASO_CERRADO                   |
            RESUELTO+V               | ESCALAR               | !CASO_CERRADO                   |
            RESUELTO+V               | TRANSFERIR            | !CASO_CERRADO                   |
            RESUELTO+V               | RESOLVER              | !CASO_CERRADO                   |
            RESUELTO+V               | SOLICITAR_ANULACION   | !CASO_CERRADO                   |
            RESUELTO+V               | APROBAR_ANULACION     | !CASO_CERRADO                   |
            RESUELTO+V               | RECHAZAR_ANULACION    | !CASO_CERRADO                   |
            RESUELTO+V               | CERRAR_DE_OFICIO      | !CASO_CERRADO                   |
            RESUELTO+V               | RECLASIFICAR          | !CASO_CERRADO                   |
            RESUELTO+V               | VALORAR               | !YA_VALORADO                    |
            RESUELTO+V               | NOTA_INTERNA          | RESUELTO+V                      |
            # --- Cerrado/De oficio ---
            DE_OFICIO                | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            DE_OFICIO                | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            DE_OFICIO                | ASIGNAR               | !CASO_CERRADO                   |
            DE_OFICIO                | REASIGNAR             | !CASO_CERRADO                   |
            DE_OFICIO                | SOLICITAR_INFORMACION | !CASO_CERRADO                   |
            DE_OFICIO                | MODIFICAR_INFORMACION | !CASO_CERRADO                   |
            DE_OFICIO                | ESCALAR               | !CASO_CERRADO                   |
            DE_OFICIO                | TRANSFERIR            | !CASO_CERRADO                   |
            DE_OFICIO                | RESOLVER              | !CASO_CERRADO                   |
            DE_OFICIO                | SOLICITAR_ANULACION   | !CASO_CERRADO                   |
            DE_OFICIO                | APROBAR_ANULACION     | !CASO_CERRADO                   |
            DE_OFICIO                | RECHAZAR_ANULACION    | !CASO_CERRADO                   |
            DE_OFICIO                | CERRAR_DE_OFICIO      | !CASO_CERRADO                   |
            DE_OFICIO                | RECLASIFICAR          | !CASO_CERRADO                   |
            DE_OFICIO                | VALORAR               | DE_OFICIO+V                     |
            DE_OFICIO                | NOTA_INTERNA          | DE_OFICIO                       |
            DE_OFICIO+V              | FINALIZAR_ALTA        | !CASO_YA_EXISTE                 |
            DE_OFICIO+V              | ABRIR_POR_TGSS        | !CASO_YA_EXISTE                 |
            DE_OFICIO+V              | ASIGNAR               | !CASO_CERRADO                   |
            DE_OFICIO+V              | REASIGNAR             | !CASO_CERRADO                   |
            DE_OFICIO+V              | SOLICITAR_INFORMACION | !CASO_CERRADO                   |
            DE_OFICIO+V              | MODIFICAR_INFORMACION | !CASO_CERRADO                   |
            DE_OFICIO+V              | ESCALAR               | !CASO_CERRADO                   |
            DE_OFICIO+V              | TRANSFERIR            | !CASO_CERRADO                   |
            DE_OFICIO+V              | RESOLVER              | !CASO_CERRADO                   |
            DE_OFICIO+V              | SOLICITAR_ANULACION   | !CASO_CERRADO                   |
            DE_OFICIO+V              | APROBAR_ANULACION     | !CASO_CERRADO                   |
            DE_OFICIO+V              | RECHAZAR_ANULACION    | !CASO_CERRADO                   |
            DE_OFICIO+V              | CERRAR_DE_OFICIO      | !CASO_CERRADO                   |
            DE_OFICIO+V              | RECLASIFICAR          | !CASO_CERRADO                   |
            DE_OFICIO+V              | VALORAR               | !YA_VALORADO                    |
            DE_OFICIO+V              | NOTA_INTERNA          | DE_OFICIO+V                     |
            """;

    /** Quién hace cada acción, según la tabla de DESIGN.md (escrito aquí, no leído de {@link Accion}). */
    private static final Map<Accion, TipoActor> ACTOR = Map.ofEntries(
            Map.entry(Accion.FINALIZAR_ALTA, TipoActor.AUTORIZADO),
            Map.entry(Accion.ABRIR_POR_TGSS, TipoActor.TRAMITADOR),
            Map.entry(Accion.ASIGNAR, TipoActor.TRAMITADOR),
            Map.entry(Accion.REASIGNAR, TipoActor.TRAMITADOR),
            Map.entry(Accion.SOLICITAR_INFORMACION, TipoActor.TRAMITADOR),
            Map.entry(Accion.MODIFICAR_INFORMACION, TipoActor.AUTORIZADO),
            Map.entry(Accion.ESCALAR, TipoActor.TRAMITADOR),
            Map.entry(Accion.TRANSFERIR, TipoActor.TRAMITADOR),
            Map.entry(Accion.RESOLVER, TipoActor.TRAMITADOR),
            Map.entry(Accion.SOLICITAR_ANULACION, TipoActor.AUTORIZADO),
            Map.entry(Accion.APROBAR_ANULACION, TipoActor.TRAMITADOR),
            Map.entry(Accion.RECHAZAR_ANULACION, TipoActor.TRAMITADOR),
            Map.entry(Accion.CERRAR_DE_OFICIO, TipoActor.SISTEMA),
            Map.entry(Accion.RECLASIFICAR, TipoActor.TRAMITADOR),
            Map.entry(Accion.VALORAR, TipoActor.AUTORIZADO),
            Map.entry(Accion.NOTA_INTERNA, TipoActor.TRAMITADOR));

    /** Efectos que solo existen para Trámites; para Consultas y Errores/Incidencias no deben aparecer. */
    private static final Set<Efecto> SOLO_TRAMITE = EnumSet.of(
            Efecto.JUSTIFICANTE_APERTURA, Efecto.JUSTIFICANTE_DOCUMENTACION, Efecto.RESOLUCION_DESISTIMIENTO);

    /** Los tres casos que cambian los efectos: la tabla está escrita para el primero. */
    enum Variante {
        TRAMITE_CON_DOCUMENTOS,
        TRAMITE_SIN_DOCUMENTOS,
        CONSULTA_CON_DOCUMENTOS
    }

    record Fila(String desde, Accion accion, String resultado, Set<Efecto> efectos) {
        boolean rechazada() {
            return resultado.startsWith("!");
        }
    }

    static List<Fila> filas() {
        List<Fila> filas = new ArrayList<>();
        for (String linea : TABLA.split("\n")) {
            if (linea.isBlank() || linea.startsWith("#")) {
                continue;
            }
            String[] c = linea.split("\\|", -1);
            Set<Efecto> efectos = EnumSet.noneOf(Efecto.class);
            for (String e : c[3].trim().split("\\s+")) {
                if (!e.isEmpty()) {
                    efectos.add(Efecto.valueOf(e));
                }
            }
            filas.add(new Fila(c[0].trim(), Accion.valueOf(c[1].trim()), c[2].trim(), efectos));
        }
        return filas;
    }

    static Stream<Arguments> casos() {
        return filas().stream()
                .flatMap(f -> Arrays.stream(Variante.values()).map(v -> Arguments.of(f.desde(), f.accion(), v, f)));
    }

    @ParameterizedTest(name = "{0} + {1} [{2}]")
    @MethodSource("casos")
    void cadaAccionEnCadaEstado(String desde, Accion accion, Variante variante, Fila fila) {
        Contexto ctx = switch (variante) {
            case TRAMITE_CON_DOCUMENTOS ->
                Contexto.en(AHORA, true).conDocumentos().conPuntuacion(4);
            case TRAMITE_SIN_DOCUMENTOS -> Contexto.en(AHORA, true).conPuntuacion(4);
            case CONSULTA_CON_DOCUMENTOS ->
                Contexto.en(AHORA, false).conDocumentos().conPuntuacion(4);
        };
        TipoActor actor = ACTOR.get(accion);

        if (fila.rechazada()) {
            var motivo = MotivoRechazo.valueOf(fila.resultado().substring(1));
            assertThatThrownBy(() -> ejecutar(desde, accion, actor, ctx))
                    .isInstanceOfSatisfying(ErrorDeNegocio.class, e -> {
                        assertThat(motivo(e)).isEqualTo(motivo);
                        assertThat(e.getMessage()).isNotBlank().endsWith(".");
                        assertThat(Textos.en(Locale.ENGLISH).de(e)).isNotBlank().endsWith(".");
                    });
            return;
        }

        Set<Efecto> esperados = EnumSet.noneOf(Efecto.class);
        esperados.addAll(fila.efectos());
        if (variante == Variante.CONSULTA_CON_DOCUMENTOS) {
            esperados.removeAll(SOLO_TRAMITE);
        }
        if (variante == Variante.TRAMITE_SIN_DOCUMENTOS) {
            esperados.remove(Efecto.JUSTIFICANTE_DOCUMENTACION);
        }

        Transicion t = ejecutar(desde, accion, actor, ctx);

        assertThat(t.nuevo()).isEqualTo(estado(fila.resultado()));
        assertThat(t.efectos()).containsExactlyInAnyOrderElementsOf(esperados);
    }

    /**
     * What the portal offers is read from these predicates: in every state of the table they must agree with what
     * the rule then accepts, or the page would show an action that fails (or hide one that works).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estadosDeLaTabla")
    void loQueSeOfreceEsLoQueLaReglaAdmite(String desde) {
        EstadoCaso e = estado(desde);
        Contexto ctx = Contexto.en(AHORA, true).conPuntuacion(4);
        assertThat(CicloDeVidaCaso.anulacionAdmitida(e.subestado(), e.anulacionPendiente()))
                .isEqualTo(admite(e, Accion.SOLICITAR_ANULACION, ctx));
        assertThat(CicloDeVidaCaso.valorable(e.subestado(), e.valorado(), e.anulacionAutomatica()))
                .isEqualTo(admite(e, Accion.VALORAR, ctx));
        if (CicloDeVidaCaso.anulacionAdmitida(e.subestado(), e.anulacionPendiente())) {
            Transicion t = CicloDeVidaCaso.aplicar(e, Accion.SOLICITAR_ANULACION, TipoActor.AUTORIZADO, ctx);
            assertThat(t.nuevo().subestado() == Subestado.ANULADO)
                    .isEqualTo(CicloDeVidaCaso.anulacionAutomatica(e.subestado()));
        }
    }

    /**
     * The back-office offers the actions {@link CicloDeVidaCaso#admitidas} returns: in every state of the table, for
     * each kind of person, exactly the rows the table accepts.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("estadosDeLaTabla")
    void lasAccionesAdmitidasSonLasQueLaTablaAcepta(String desde) {
        for (TipoActor actor : List.of(TipoActor.AUTORIZADO, TipoActor.TRAMITADOR)) {
            Set<Accion> esperadas = EnumSet.noneOf(Accion.class);
            filas().stream()
                    .filter(f -> f.desde().equals(desde) && f.accion().actor() == actor && !f.rechazada())
                    .forEach(f -> esperadas.add(f.accion()));
            assertThat(CicloDeVidaCaso.admitidas(estado(desde), actor))
                    .as("%s, %s", desde, actor)
                    .containsExactlyInAnyOrderElementsOf(esperadas);
        }
    }

    static Stream<String> estadosDeLaTabla() {
        return filas().stream().map(Fila::desde).filter(d -> !d.equals("NUEVO")).distinct();
    }

    private static boolean admite(EstadoCaso e, Accion accion, Contexto ctx) {
        try {
            CicloDeVidaCaso.aplicar(e, accion, accion.actor(), ctx);
            return true;
        } catch (ErrorDeNegocio rechazo) {
            return false;
        }
    }

    @Test
    void laTablaCubreCadaAccionEnCadaEstadoUnaSolaVez() {
        List<Fila> filas = filas();
        Set<String> estados = new HashSet<>();
        Set<String> pares = new HashSet<>();
        for (Fila f : filas) {
            estados.add(f.desde());
            assertThat(pares.add(f.desde() + "/" + f.accion()))
                    .as("fila repetida %s", f)
                    .isTrue();
        }
        // NUEVO + 1 Presentado + 4 abiertos × {sin, con anulación pendiente} + 3 cerrados × {sin, con valoración}
        // + Anulado automáticamente
        assertThat(estados).hasSize(1 + 1 + 4 * 2 + 3 * 2 + 1);
        long acciones = Arrays.stream(Accion.values())
                .filter(a -> !a.deLaNotificacion())
                .count();
        assertThat(filas).hasSize(estados.size() * (int) acciones);
    }

    @ParameterizedTest
    @EnumSource(
            value = Accion.class,
            mode = EnumSource.Mode.EXCLUDE,
            names = {"PUESTA_A_DISPOSICION", "COMPARECENCIA", "NOTIFICACION_RECHAZADA"})
    void cadaAccionLaHaceSuActorYNingunOtro(Accion accion) {
        assertThat(accion.actor()).isEqualTo(ACTOR.get(accion));
        for (TipoActor otro : TipoActor.values()) {
            if (otro == ACTOR.get(accion)) {
                continue;
            }
            // En un estado en que la acción sería posible para su actor, el actor equivocado es rechazado.
            String desde = switch (accion) {
                case FINALIZAR_ALTA, ABRIR_POR_TGSS -> "NUEVO";
                case ASIGNAR -> "PRESENTADO";
                case APROBAR_ANULACION, RECHAZAR_ANULACION -> "ASIGNADO+P";
                case CERRAR_DE_OFICIO -> "SOLICITADA_INFORMACION";
                case VALORAR -> "RESUELTO";
                default -> "ASIGNADO";
            };
            Contexto ctx = Contexto.en(AHORA, true).conPuntuacion(3);
            assertThatThrownBy(() -> ejecutar(desde, accion, otro, ctx))
                    .isInstanceOfSatisfying(ErrorDeNegocio.class, e -> {
                        assertThat(motivo(e)).isEqualTo(MotivoRechazo.ACTOR_NO_PERMITIDO);
                        assertThat(e.getMessage()).startsWith("Esta acción solo la");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Accion.class,
            names = {"PUESTA_A_DISPOSICION", "COMPARECENCIA", "NOTIFICACION_RECHAZADA"})
    void losPasosDeLaNotificacionSoloSeAnotanNoSonTransiciones(Accion accion) {
        assertThat(accion.deLaNotificacion()).isTrue();
        assertThatThrownBy(() -> CicloDeVidaCaso.aplicar(
                        EstadoCaso.en(Subestado.ASIGNADO), accion, TipoActor.SISTEMA, Contexto.en(AHORA, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CicloDeVidaCaso.admitidas(EstadoCaso.en(Subestado.ASIGNADO), TipoActor.TRAMITADOR))
                .doesNotContain(accion);
    }

    @Test
    void etiquetasYEstadoDeCadaSubestadoComoEnElManual() {
        assertThat(Estado.ABIERTO.etiqueta()).isEqualTo("Abierto");
        assertThat(Estado.CERRADO.etiqueta()).isEqualTo("Cerrado");
        Map<Subestado, String> etiquetas = Map.of(
                Subestado.PRESENTADO, "Abierto/Presentado",
                Subestado.ASIGNADO, "Abierto/Asignado",
                Subestado.SOLICITADA_INFORMACION, "Abierto/Solicitada Información",
                Subestado.ESCALADO, "Abierto/Escalado",
                Subestado.TRANSFERIDO, "Abierto/Transferido",
                Subestado.ANULADO, "Cerrado/Anulado",
                Subestado.RESUELTO, "Cerrado/Resuelto",
                Subestado.DE_OFICIO, "Cerrado/De oficio");
        assertThat(etiquetas).hasSize(Subestado.values().length);
        etiquetas.forEach((s, etiqueta) ->
                assertThat(s.estado().etiqueta() + "/" + s.etiqueta()).isEqualTo(etiqueta));
    }

    @Test
    void noSePuedenConstruirEstadosQueNingunaTransicionProduce() {
        LocalDate dia = LocalDate.of(2025, 3, 21);
        assertThatThrownBy(() -> new EstadoCaso(Subestado.PRESENTADO, true, null, null, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EstadoCaso(Subestado.RESUELTO, true, null, null, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EstadoCaso(Subestado.ASIGNADO, false, T0, dia, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EstadoCaso(Subestado.SOLICITADA_INFORMACION, false, null, null, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EstadoCaso(Subestado.SOLICITADA_INFORMACION, false, T0, null, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EstadoCaso(Subestado.ASIGNADO, false, null, null, true, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EstadoCaso(Subestado.RESUELTO, false, null, null, false, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EstadoCaso(Subestado.ANULADO, false, null, null, true, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void laValoracionVaDe1a5(int puntuacion) {
        assertThatThrownBy(() -> CicloDeVidaCaso.aplicar(
                        EstadoCaso.en(Subestado.RESUELTO),
                        Accion.VALORAR,
                        TipoActor.AUTORIZADO,
                        Contexto.en(AHORA, false).conPuntuacion(puntuacion)))
                .isInstanceOfSatisfying(
                        ErrorDeNegocio.class, e -> assertThat(motivo(e)).isEqualTo(MotivoRechazo.PUNTUACION_NO_VALIDA));
        assertThatThrownBy(() -> CicloDeVidaCaso.aplicar(
                        EstadoCaso.en(Subestado.RESUELTO),
                        Accion.VALORAR,
                        TipoActor.AUTORIZADO,
                        Contexto.en(AHORA, false)))
                .isInstanceOf(ErrorDeNegocio.class);
        for (int valida : new int[] {1, 5}) {
            assertThat(CicloDeVidaCaso.aplicar(
                                    EstadoCaso.en(Subestado.RESUELTO),
                                    Accion.VALORAR,
                                    TipoActor.AUTORIZADO,
                                    Contexto.en(AHORA, false).conPuntuacion(valida))
                            .nuevo()
                            .valorado())
                    .isTrue();
        }
    }

    /**
     * El último día se calcula al pedir la información (Calendario, con sus días inhábiles) y se guarda en el estado:
     * el cierre de oficio cabe desde el día siguiente, en fecha de Madrid. CalendarioTest prueba el cálculo.
     */
    @Nested
    class RelojDeVeinteDias {

        @Test
        void solicitarGuardaElUltimoDiaDelCalendario() {
            // Pedida el 01/12/2026: 20 días llegan al 21/12 (lunes); con el 21 inhábil en el calendario, el 22.
            Instant pedida = madrid(2026, 12, 1, 10, 0);
            Calendario conFiesta = new Calendario(Set.of(LocalDate.of(2026, 12, 21)));
            Transicion t = CicloDeVidaCaso.aplicar(
                    EstadoCaso.en(Subestado.ASIGNADO),
                    Accion.SOLICITAR_INFORMACION,
                    TipoActor.TRAMITADOR,
                    Contexto.en(pedida, false).conCalendario(conFiesta));
            assertThat(t.nuevo().fechaUltimaSolicitudInformacion()).isEqualTo(pedida);
            assertThat(t.nuevo().ultimoDiaParaResponder()).isEqualTo(LocalDate.of(2026, 12, 22));
        }

        @Test
        void vencidoDesdeElPrimerInstanteDelDiaSiguienteAlUltimoEnMadrid() {
            LocalDate ultimo = LocalDate.of(2025, 3, 31);
            // El 01/04 empieza en Madrid a las 22:00 UTC del 31/03 (horario de verano desde el 30/03).
            assertThat(CicloDeVidaCaso.plazoDeInformacionVencido(ultimo, Instant.parse("2025-03-31T21:59:59Z")))
                    .isFalse();
            assertThat(CicloDeVidaCaso.plazoDeInformacionVencido(ultimo, Instant.parse("2025-03-31T22:00:00Z")))
                    .isTrue();
            assertThat(CicloDeVidaCaso.plazoDeInformacionVencido(ultimo, madrid(2025, 4, 5, 12, 0)))
                    .isTrue();
        }

        @Test
        void elCierreDeOficioRespetaElPlazoYAvisaDeLaFecha() {
            EstadoCaso caso = EstadoCaso.solicitadaInformacion(madrid(2025, 6, 10, 9, 0), LocalDate.of(2025, 6, 30));

            assertThatThrownBy(() -> CicloDeVidaCaso.aplicar(
                            caso,
                            Accion.CERRAR_DE_OFICIO,
                            TipoActor.SISTEMA,
                            Contexto.en(madrid(2025, 6, 30, 23, 59), true)))
                    .isInstanceOfSatisfying(ErrorDeNegocio.class, e -> {
                        assertThat(motivo(e)).isEqualTo(MotivoRechazo.PLAZO_NO_VENCIDO);
                        assertThat(e.getMessage()).contains("01/07/2025");
                    });

            Transicion t = CicloDeVidaCaso.aplicar(
                    caso, Accion.CERRAR_DE_OFICIO, TipoActor.SISTEMA, Contexto.en(madrid(2025, 7, 1, 0, 0), true));
            assertThat(t.nuevo()).isEqualTo(EstadoCaso.en(Subestado.DE_OFICIO));
        }

        @Test
        void cadaNuevaSolicitudReiniciaElPlazo() {
            Instant primera = madrid(2025, 6, 1, 10, 0);
            Instant segunda = madrid(2025, 6, 15, 10, 0);
            EstadoCaso caso = EstadoCaso.solicitadaInformacion(primera, LocalDate.of(2025, 6, 23));
            caso = CicloDeVidaCaso.aplicar(
                            caso,
                            Accion.MODIFICAR_INFORMACION,
                            TipoActor.AUTORIZADO,
                            Contexto.en(madrid(2025, 6, 10, 10, 0), false))
                    .nuevo();
            caso = CicloDeVidaCaso.aplicar(
                            caso, Accion.SOLICITAR_INFORMACION, TipoActor.TRAMITADOR, Contexto.en(segunda, false))
                    .nuevo();
            assertThat(caso.fechaUltimaSolicitudInformacion()).isEqualTo(segunda);
            // 15/06 + 20 = 05/07, sábado: el plazo acaba el lunes 07/07 y el cierre cabe desde el 08/07.
            assertThat(caso.ultimoDiaParaResponder()).isEqualTo(LocalDate.of(2025, 7, 7));

            EstadoCaso enEspera = caso;
            assertThatThrownBy(() -> CicloDeVidaCaso.aplicar(
                            enEspera,
                            Accion.CERRAR_DE_OFICIO,
                            TipoActor.SISTEMA,
                            Contexto.en(madrid(2025, 7, 7, 23, 59), false)))
                    .isInstanceOf(ErrorDeNegocio.class);
            assertThat(CicloDeVidaCaso.aplicar(
                                    enEspera,
                                    Accion.CERRAR_DE_OFICIO,
                                    TipoActor.SISTEMA,
                                    Contexto.en(madrid(2025, 7, 8, 0, 0), false))
                            .nuevo()
                            .subestado())
                    .isEqualTo(Subestado.DE_OFICIO);
        }
    }

    // --- auxiliares -----------------------------------------------------------------------------------------

    /** Why the rule refused, read from the key of its error: {@code transicion.<MOTIVO>[.<acción o actor>]}. */
    private static MotivoRechazo motivo(ErrorDeNegocio e) {
        assertThat(e.codigo()).isEqualTo(CodigoError.TRANSICION_NO_PERMITIDA);
        String clave = e.mensaje().orElseThrow().clave();
        assertThat(clave).startsWith("transicion.");
        return MotivoRechazo.valueOf(clave.split("\\.")[1]);
    }

    private static Transicion ejecutar(String desde, Accion accion, TipoActor actor, Contexto ctx) {
        return desde.equals("NUEVO")
                ? CicloDeVidaCaso.crear(accion, actor, ctx)
                : CicloDeVidaCaso.aplicar(estado(desde), accion, actor, ctx);
    }

    /** "SUBESTADO[+P][+V][+A][@ahora]" → EstadoCaso; la fecha de la solicitud es T0, o AHORA con "@ahora". */
    private static EstadoCaso estado(String codigo) {
        boolean ahora = codigo.endsWith("@ahora");
        String sinFecha = codigo.replace("@ahora", "");
        boolean pendiente = sinFecha.contains("+P");
        boolean valorado = sinFecha.contains("+V");
        boolean automatica = sinFecha.contains("+A");
        Subestado s =
                Subestado.valueOf(sinFecha.replace("+P", "").replace("+V", "").replace("+A", ""));
        Instant fecha = s == Subestado.SOLICITADA_INFORMACION ? (ahora ? AHORA : T0) : null;
        LocalDate ultimoDia = fecha == null
                ? null
                : Calendario.SOLO_FINES_DE_SEMANA.ultimoDiaDelPlazo(fecha, CicloDeVidaCaso.DIAS_PLAZO_INFORMACION);
        return new EstadoCaso(s, pendiente, fecha, ultimoDia, valorado, automatica);
    }

    private static Instant madrid(int anio, int mes, int dia, int hora, int minuto) {
        return ZonedDateTime.of(anio, mes, dia, hora, minuto, 0, 0, MADRID).toInstant();
    }
}
