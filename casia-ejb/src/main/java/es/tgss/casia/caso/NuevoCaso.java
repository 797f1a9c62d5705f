package es.tgss.casia.caso;

import es.tgss.casia.caso.documento.NuevoDocumento;
import es.tgss.casia.catalogo.TipoCaso;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nuevo caso form as the autorizado (or a tramitador opening a case) filled it in. Nothing here is trusted:
 * the service checks it all.
 *
 * @param afectaPeriodoEnCurso "Afecta al Período de Presentación en Curso": SI/NO, required (null = not answered)
 * @param documentos           Anexar Información: documents sent with the form
 * @param tokenAlta            the client's token of this submission; the same token twice creates one case
 */
public record NuevoCaso(
        TipoCaso tipo,
        String materia,
        String categoria,
        String subcategoria,
        Boolean afectaPeriodoEnCurso,
        String titulo,
        String descripcion,
        List<LineaDatosComplementarios> datosComplementarios,
        List<NuevoDocumento> documentos,
        String tokenAlta) {

    public NuevoCaso {
        datosComplementarios = datosComplementarios == null ? List.of() : List.copyOf(datosComplementarios);
        documentos = documentos == null ? List.of() : List.copyOf(documentos);
    }

    /** A form of that tipo, filled field by field as the screen and the API do; anything left out stays empty. */
    public static Builder de(TipoCaso tipo) {
        return new Builder(tipo);
    }

    /** Fills a {@link NuevoCaso} by the names of its fields instead of ten positional arguments. */
    public static final class Builder {
        private final TipoCaso tipo;
        private String materia;
        private String categoria;
        private String subcategoria;
        private Boolean afectaPeriodoEnCurso;
        private String titulo;
        private String descripcion;
        private final List<LineaDatosComplementarios> datos = new ArrayList<>();
        private final List<NuevoDocumento> documentos = new ArrayList<>();
        private String tokenAlta;

        private Builder(TipoCaso tipo) {
            this.tipo = tipo;
        }

        /** Materia, categoría and subcategoría by their códigos (subcategoría may be null). */
        public Builder clasificacion(String materia, String categoria, String subcategoria) {
            this.materia = materia;
            this.categoria = categoria;
            this.subcategoria = subcategoria;
            return this;
        }

        public Builder afectaPeriodoEnCurso(Boolean afecta) {
            this.afectaPeriodoEnCurso = afecta;
            return this;
        }

        public Builder titulo(String texto) {
            this.titulo = texto;
            return this;
        }

        public Builder descripcion(String texto) {
            this.descripcion = texto;
            return this;
        }

        /** One more line of datos complementarios. */
        public Builder dato(LineaDatosComplementarios linea) {
            datos.add(linea);
            return this;
        }

        /** One more document (Anexar Información). */
        public Builder documento(NuevoDocumento documento) {
            documentos.add(documento);
            return this;
        }

        public Builder tokenAlta(String token) {
            this.tokenAlta = token;
            return this;
        }

        public NuevoCaso crear() {
            return new NuevoCaso(
                    tipo,
                    materia,
                    categoria,
                    subcategoria,
                    afectaPeriodoEnCurso,
                    titulo,
                    descripcion,
                    datos,
                    documentos,
                    tokenAlta);
        }
    }
}
