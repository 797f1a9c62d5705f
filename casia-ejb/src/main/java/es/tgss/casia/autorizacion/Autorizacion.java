package es.tgss.casia.autorizacion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/** An autorización RED: the account of a firm in the Sistema RED, identified by its número. */
@Entity
@Table(name = "autorizacion")
@NamedQuery(name = Autorizacion.POR_NUMERO, query = "select a from Autorizacion a where a.numero = :numero")
public class Autorizacion {

    static final String POR_NUMERO = "Autorizacion.porNumero";

    @Id
    @SequenceGenerator(name = "autorizacion_seq", sequenceName = "autorizacion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "autorizacion_seq")
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String numero;

    @Column(name = "razon_social", nullable = false, length = 150)
    private String razonSocial;

    @Column(name = "nif_titular", nullable = false, length = 9)
    private String nifTitular;

    @Column(name = "email_contacto", length = 254)
    private String emailContacto;

    @Version
    private int version;

    protected Autorizacion() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getNumero() {
        return numero;
    }

    public String getRazonSocial() {
        return razonSocial;
    }

    public String getNifTitular() {
        return nifTitular;
    }

    void cambiarEmailContacto(String email) {
        this.emailContacto = email;
    }

    /** Where every notice about the autorización's cases goes; none on file means no notice. */
    public Optional<String> getEmailContacto() {
        return Optional.ofNullable(emailContacto);
    }
}
