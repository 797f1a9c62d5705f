package es.tgss.casia.caso.documento;

import es.tgss.casia.almacen.AlmacenDeContenidos;
import es.tgss.casia.almacen.ContenidoGuardado;
import es.tgss.casia.caso.Caso;
import es.tgss.casia.catalogo.TipoDocumento;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A document of a case as stored: what describes it. The bytes live in the {@link AlmacenDeContenidos} under
 * {@link #referencia}, read only on download. Nothing here can change after it is written ("después de Finalizar Alta
 * no se podrá eliminar ni modificar"): every column is insert-only, no service offers an update or a delete, and
 * the database refuses both (migration V9). Written by
 * {@link DocumentosCaso}, read only in JPQL into read models ({@link es.tgss.casia.caso.vista.VistaDeCasos}): so it
 * has no getters.
 */
@Entity
@Table(name = "documento_caso")
public class DocumentoCaso {

    @Id
    @SequenceGenerator(name = "documento_caso_seq", sequenceName = "documento_caso_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "documento_caso_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "caso_id", nullable = false, updatable = false)
    private Caso caso;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tipo_documento_id", nullable = false, updatable = false)
    private TipoDocumento tipoDocumento;

    @Column(nullable = false, length = ValidacionDocumentos.MAX_TITULO, updatable = false)
    private String titulo;

    @Column(
            name = "nombre_fichero",
            nullable = false,
            length = ValidacionDocumentos.MAX_NOMBRE_FICHERO,
            updatable = false)
    private String nombreFichero;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Formato formato;

    @Column(nullable = false, updatable = false)
    private long tamano;

    @Column(name = "huella_sha256", nullable = false, length = 64, updatable = false)
    private String huellaSha256;

    @Column(nullable = false, length = 64, updatable = false)
    private String autor;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime fecha;

    /** Where the store keeps its bytes ({@link ContenidoGuardado#referencia()}). */
    @Column(nullable = false, length = ContenidoGuardado.MAX_REFERENCIA, updatable = false)
    private String referencia;

    /** Attached at Finalizar Alta (justificante de apertura) or later (de documentación complementaria). */
    @Column(name = "en_alta", nullable = false, updatable = false)
    private boolean enAlta;

    protected DocumentoCaso() {
        // for JPA
    }

    public DocumentoCaso(
            Caso caso,
            DocumentoComprobado d,
            ContenidoGuardado contenido,
            String autor,
            OffsetDateTime fecha,
            boolean enAlta) {
        this.caso = caso;
        this.tipoDocumento = d.tipo();
        this.titulo = d.titulo();
        this.nombreFichero = d.nombreFichero();
        this.formato = d.formato();
        this.tamano = contenido.tamano();
        this.huellaSha256 = contenido.huellaSha256();
        this.referencia = contenido.referencia();
        this.autor = autor;
        this.fecha = fecha;
        this.enAlta = enAlta;
    }
}
