package es.tgss.casia.caso.documento;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The bytes of a document, apart so that listing a case's documents never loads them. */
@Entity
@Table(name = "contenido_documento")
public class ContenidoDocumento {

    @Id
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "documento_id")
    private DocumentoCaso documento;

    @Column(nullable = false, updatable = false)
    private byte[] datos;

    protected ContenidoDocumento() {
        // for JPA
    }

    public ContenidoDocumento(DocumentoCaso documento, byte[] datos) {
        this.documento = documento;
        this.datos = datos;
    }
}
