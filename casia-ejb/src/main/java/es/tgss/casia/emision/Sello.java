package es.tgss.casia.emision;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The seal that signs every justificante and resolución: a private key and its certificate chain. In production the
 * TGSS seal comes from a PKCS#12 file; without one, a self-signed "Sello de pruebas de CASIA" is created once under
 * the data folder, and every document sealed with it says so.
 */
public final class Sello {

    static final String NOMBRE_DE_PRUEBAS = "Sello de pruebas de CASIA";
    static final String FICHERO_DE_PRUEBAS = "sello-de-pruebas.p12";
    /*
     * The demo seal guards nothing (its documents say they are not valid): a fixed password keeps it readable by
     * every instance that shares the data folder without one more setting.
     */
    private static final char[] CONTRASENA_DE_PRUEBAS = "casia-sello-de-pruebas".toCharArray();

    private final PrivateKey clave;
    private final List<X509Certificate> cadena;
    private final boolean dePruebas;

    private Sello(PrivateKey clave, List<X509Certificate> cadena, boolean dePruebas) {
        this.clave = clave;
        this.cadena = List.copyOf(cadena);
        this.dePruebas = dePruebas;
    }

    /** Loads the first key entry of a PKCS#12 file (the TGSS seal as ops configure it). */
    public static Sello dePkcs12(Path p12, char[] contrasena) {
        return cargar(p12, contrasena, false);
    }

    /**
     * Loads the demo seal under {@code carpeta}, creating it the first time. The file is written whole under a
     * temporary name and then linked to its final name, which fails if another instance got there first: that one's
     * seal wins and both sign with the same certificate.
     */
    public static Sello dePruebas(Path carpeta) {
        Path fichero = carpeta.resolve(FICHERO_DE_PRUEBAS);
        if (!Files.exists(fichero)) {
            try {
                Files.createDirectories(carpeta);
                Path temporal = Files.createTempFile(carpeta, ".sello-", ".p12");
                try {
                    try (OutputStream out = Files.newOutputStream(temporal)) {
                        nuevoAlmacenDePruebas().store(out, CONTRASENA_DE_PRUEBAS);
                    }
                    Files.createLink(fichero, temporal);
                } catch (FileAlreadyExistsException otraInstanciaLoCreo) {
                    // The other instance's seal is complete (it was linked only once written): use it.
                } finally {
                    Files.deleteIfExists(temporal);
                }
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("No se pudo crear el sello de pruebas en " + carpeta, e);
            }
        }
        return cargar(fichero, CONTRASENA_DE_PRUEBAS, true);
    }

    /** True for the self-signed demo seal: its documents carry the "Sello de pruebas" notice. */
    public boolean esDePruebas() {
        return dePruebas;
    }

    PrivateKey clave() {
        return clave;
    }

    List<X509Certificate> cadena() {
        return cadena;
    }

    X509Certificate certificado() {
        return cadena.get(0);
    }

    private static Sello cargar(Path p12, char[] contrasena, boolean dePruebas) {
        try (InputStream in = Files.newInputStream(p12)) {
            KeyStore almacen = KeyStore.getInstance("PKCS12");
            almacen.load(in, contrasena);
            for (String alias : Collections.list(almacen.aliases())) {
                if (almacen.isKeyEntry(alias)) {
                    PrivateKey clave = (PrivateKey) almacen.getKey(alias, contrasena);
                    Certificate[] cadena = almacen.getCertificateChain(alias);
                    return new Sello(
                            clave,
                            Arrays.stream(cadena)
                                    .map(X509Certificate.class::cast)
                                    .toList(),
                            dePruebas);
                }
            }
            throw new IllegalStateException("El almacén " + p12 + " no tiene ninguna clave privada");
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el sello " + p12, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No se pudo leer el sello " + p12, e);
        }
    }

    private static KeyStore nuevoAlmacenDePruebas() throws GeneralSecurityException, IOException {
        KeyPairGenerator generador = KeyPairGenerator.getInstance("RSA");
        generador.initialize(2048, new SecureRandom());
        KeyPair par = generador.generateKeyPair();
        X500Principal nombre =
                new X500Principal("CN=" + NOMBRE_DE_PRUEBAS + ", OU=Sin validez para uso real, O=CASIA, C=ES");
        Instant ahora = Instant.now();
        try {
            X509v3CertificateBuilder constructor = new JcaX509v3CertificateBuilder(
                            nombre,
                            new BigInteger(128, new SecureRandom()),
                            Date.from(ahora.minus(Duration.ofDays(1))),
                            Date.from(ahora.plus(Duration.ofDays(3650))),
                            nombre,
                            par.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(par.getPublic()));
            X509Certificate certificado = new JcaX509CertificateConverter()
                    .getCertificate(
                            constructor.build(new JcaContentSignerBuilder("SHA256withRSA").build(par.getPrivate())));
            KeyStore almacen = KeyStore.getInstance("PKCS12");
            almacen.load(null, null);
            almacen.setKeyEntry("sello", par.getPrivate(), CONTRASENA_DE_PRUEBAS, new Certificate[] {certificado});
            return almacen;
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
