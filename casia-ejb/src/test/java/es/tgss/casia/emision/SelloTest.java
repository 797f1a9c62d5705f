package es.tgss.casia.emision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelloTest {

    @TempDir
    Path carpeta;

    @Test
    void elSelloDePruebasSeCreaUnaVezYSeVuelveACargarIgual() throws Exception {
        Path datos = carpeta.resolve("sello");
        Sello primero = Sello.dePruebas(datos);
        Sello segundo = Sello.dePruebas(datos);

        assertThat(primero.esDePruebas()).isTrue();
        assertThat(segundo.certificado()).isEqualTo(primero.certificado());
        assertThat(segundo.clave().getEncoded()).isEqualTo(primero.clave().getEncoded());
        assertThat(primero.certificado().getSubjectX500Principal().getName()).contains("Sello de pruebas de CASIA");
        primero.certificado().checkValidity();
        // Only the seal is left in the folder: the temporary file of its creation is gone.
        try (var ficheros = Files.list(datos)) {
            assertThat(ficheros.map(f -> f.getFileName().toString())).containsExactly(Sello.FICHERO_DE_PRUEBAS);
        }
    }

    @Test
    void dosInstanciasQueArrancanALaVezAcabanConElMismoSello() throws Exception {
        int instancias = 4;
        ExecutorService hilos = Executors.newFixedThreadPool(instancias);
        try {
            CountDownLatch salida = new CountDownLatch(1);
            List<Future<Sello>> sellos = new ArrayList<>();
            for (int i = 0; i < instancias; i++) {
                Callable<Sello> arrancar = () -> {
                    salida.await();
                    return Sello.dePruebas(carpeta);
                };
                sellos.add(hilos.submit(arrancar));
            }
            salida.countDown();
            X509Certificate primero = sellos.get(0).get().certificado();
            for (Future<Sello> sello : sellos) {
                assertThat(sello.get().certificado()).isEqualTo(primero);
            }
            assertThat(Sello.dePruebas(carpeta).certificado()).isEqualTo(primero);
        } finally {
            hilos.shutdownNow();
        }
    }

    @Test
    void unPkcs12ConfiguradoEsElSelloReal() throws Exception {
        // Java's PKCS#12 refuses passwords that are not ASCII (PBKDF2 over the password's bytes).
        char[] contrasena = "otra-contrasena".toCharArray();
        Path p12 = almacenDePrueba(carpeta.resolve("tgss.p12"), contrasena, "CN=Sello de la TGSS de prueba, C=ES");

        Sello sello = Sello.dePkcs12(p12, contrasena);

        assertThat(sello.esDePruebas()).isFalse();
        assertThat(sello.certificado().getSubjectX500Principal().getName()).contains("Sello de la TGSS de prueba");
        assertThat(sello.cadena()).hasSize(1);
    }

    /** A PKCS#12 made here for the test: no keystore is ever committed. */
    static Path almacenDePrueba(Path p12, char[] contrasena, String nombre) throws Exception {
        KeyPairGenerator generador = KeyPairGenerator.getInstance("RSA");
        generador.initialize(2048);
        KeyPair par = generador.generateKeyPair();
        X500Principal sujeto = new X500Principal(nombre);
        Instant ahora = Instant.now();
        X509Certificate certificado = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                sujeto,
                                BigInteger.valueOf(ahora.toEpochMilli()),
                                Date.from(ahora.minus(Duration.ofDays(1))),
                                Date.from(ahora.plus(Duration.ofDays(365))),
                                sujeto,
                                par.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(par.getPrivate())));
        KeyStore almacen = KeyStore.getInstance("PKCS12");
        almacen.load(null, null);
        almacen.setKeyEntry("tgss", par.getPrivate(), contrasena, new Certificate[] {certificado});
        try (OutputStream out = Files.newOutputStream(p12)) {
            almacen.store(out, contrasena);
        }
        return p12;
    }
}
