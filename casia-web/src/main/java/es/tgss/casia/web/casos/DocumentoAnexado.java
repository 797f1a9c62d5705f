package es.tgss.casia.web.casos;

import es.tgss.casia.caso.documento.FicheroRecibido;
import es.tgss.casia.caso.documento.NuevoDocumento;
import java.io.Serializable;

/**
 * A document attached in Anexar Información and not yet sent: what the list shows, and the received file, which
 * stays in its temporary file until the page sends it (Finalizar Alta, Aceptar) or goes away.
 */
public class DocumentoAnexado implements Serializable {

    private final String tipoDocumento;
    private final String nombreTipo;
    private final String titulo;
    private final String nombreFichero;
    /**
     * A temporary file of this server: it cannot travel with a serialised session. Sessions are kept in memory (no
     * session replication); a session restored elsewhere would lose it, and the service would then ask for the file.
     */
    private final transient FicheroRecibido fichero;

    DocumentoAnexado(String nombreTipo, NuevoDocumento documento) {
        this.tipoDocumento = documento.tipoDocumento();
        this.nombreTipo = nombreTipo;
        this.titulo = documento.titulo();
        this.nombreFichero = documento.nombreFichero();
        this.fichero = documento.fichero();
    }

    NuevoDocumento documento() {
        return new NuevoDocumento(tipoDocumento, titulo, nombreFichero, fichero);
    }

    long tamano() {
        return fichero == null ? 0 : fichero.tamano();
    }

    void descartar() {
        if (fichero != null) {
            fichero.close();
        }
    }

    public String getNombreTipo() {
        return nombreTipo;
    }

    public String getTitulo() {
        return titulo;
    }

    public String getNombreFichero() {
        return nombreFichero;
    }

    /** Size in kilobytes, rounded up, for the list. */
    public long getKilobytes() {
        return (tamano() + 1023) / 1024;
    }
}
