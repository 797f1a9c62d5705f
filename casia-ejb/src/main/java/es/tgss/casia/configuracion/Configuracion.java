package es.tgss.casia.configuracion;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every setting CASIA reads, taken from the environment (or any MicroProfile Config source) once at start-up
 * and checked as a whole, so that a wrong value stops the start with a message naming the setting instead of
 * failing later inside a request.
 */
public final class Configuracion {

    public static final String DB_URL = "CASIA_DB_URL";
    public static final String DB_USER = "CASIA_DB_USER";
    public static final String DB_PASSWORD = "CASIA_DB_PASSWORD";
    public static final String SMTP_HOST = "CASIA_SMTP_HOST";
    public static final String SMTP_PORT = "CASIA_SMTP_PORT";
    public static final String SMTP_USER = "CASIA_SMTP_USER";
    public static final String SMTP_PASSWORD = "CASIA_SMTP_PASSWORD";
    public static final String SMTP_TLS = "CASIA_SMTP_TLS";
    public static final String MAIL_FROM = "CASIA_MAIL_FROM";
    public static final String PUBLIC_URL = "CASIA_PUBLIC_URL";
    public static final String AYUDA_DOCUMENTACION_URL = "CASIA_AYUDA_DOCUMENTACION_URL";
    public static final String DOC_MAX_MB = "CASIA_DOC_MAX_MB";
    public static final String DOC_MAX_TOTAL_MB = "CASIA_DOC_MAX_TOTAL_MB";
    public static final String DOC_STORAGE = "CASIA_DOC_STORAGE";
    public static final String DOC_DIR = "CASIA_DOC_DIR";
    public static final String TIME_ZONE = "CASIA_TIME_ZONE";
    public static final String DEMO_DATA = "CASIA_DEMO_DATA";
    public static final String NIGHTLY_JOBS = "CASIA_NIGHTLY_JOBS";
    public static final String NIGHTLY_JOBS_TIME = "CASIA_NIGHTLY_JOBS_TIME";
    public static final String NIGHTLY_JOBS_HEARTBEAT_TIMEOUT = "CASIA_NIGHTLY_JOBS_HEARTBEAT_TIMEOUT";
    /** Also read by config/micro/arrancar.sh (the embedded database's folder). */
    public static final String DATA_DIR = "CASIA_DATA_DIR";

    public static final String SELLO_P12 = "CASIA_SELLO_P12";
    public static final String SELLO_CONTRASENA = "CASIA_SELLO_CONTRASENA";
    public static final String AVISO_DIAS = "CASIA_AVISO_DIAS";
    /** Read by config/micro/preboot.asadmin (the HTTP listener's address); checked here with every other setting. */
    public static final String BIND = "CASIA_BIND";

    /** Where the bytes of documents and justificantes are kept ({@link es.tgss.casia.almacen}). */
    public enum AlmacenDocumentos {
        POSTGRESQL,
        CARPETA
    }

    /** How the connection to the SMTP server is protected. */
    public enum SeguridadSmtp {
        NINGUNA,
        STARTTLS,
        SSL
    }

    /** SMTP settings; absent when no server is configured, in which case mail stays in the outbox. */
    public record Smtp(
            String host,
            int puerto,
            Optional<String> usuario,
            Optional<String> contrasena,
            SeguridadSmtp seguridad,
            String remitente) {
        @Override
        public String toString() {
            // Never print the password in a log line.
            return host + ":" + puerto + " (" + seguridad + ")";
        }
    }

    /** The TGSS seal that signs justificantes and resoluciones: a PKCS#12 file and its password. */
    public record SelloConfigurado(Path p12, String contrasena) {
        @Override
        public String toString() {
            // Never print the password in a log line.
            return p12.toString();
        }
    }

    private final Optional<String> urlBaseDeDatos;
    private final Optional<String> usuarioBaseDeDatos;
    private final Optional<String> contrasenaBaseDeDatos;
    private final Optional<Smtp> smtp;
    private final URI urlPublica;
    private final URI urlAyudaDocumentacion;
    private final long maxBytesDocumento;
    private final long maxBytesPorCaso;
    private final AlmacenDocumentos almacenDocumentos;
    private final Optional<Path> carpetaDocumentos;
    private final ZoneId zonaHoraria;
    private final boolean datosDemo;
    private final boolean trabajosNocturnos;
    private final LocalTime horaTrabajosNocturnos;
    private final Duration latidoCaducado;
    private final int diasDeAvisoPrevio;
    private final String direccionHttp;
    private final Path carpetaDeDatos;
    private final Optional<SelloConfigurado> sello;

    private Configuracion(Lector lector) {
        urlBaseDeDatos = lector.texto(DB_URL);
        urlBaseDeDatos.ifPresent(url -> {
            if (!url.startsWith("jdbc:postgresql://")) {
                lector.error(
                        DB_URL,
                        "debe ser una URL JDBC de PostgreSQL (jdbc:postgresql://servidor:puerto/base), es '" + url
                                + "'");
            }
        });
        usuarioBaseDeDatos = lector.texto(DB_USER);
        if (urlBaseDeDatos.isPresent() && usuarioBaseDeDatos.isEmpty()) {
            lector.error(DB_USER, "es obligatorio cuando se indica " + DB_URL);
        }
        contrasenaBaseDeDatos = lector.texto(DB_PASSWORD);
        if (urlBaseDeDatos.isPresent() && contrasenaBaseDeDatos.isEmpty()) {
            // The server's connection pool refuses an empty password, even where the database ignores it.
            lector.error(
                    DB_PASSWORD,
                    "es obligatorio cuando se indica " + DB_URL + " (con autenticación trust vale cualquier valor)");
        }
        smtp = lector.texto(SMTP_HOST)
                .map(host -> new Smtp(
                        host,
                        lector.entero(SMTP_PORT, 25, 1, 65535),
                        lector.texto(SMTP_USER),
                        lector.texto(SMTP_PASSWORD),
                        lector.enumerado(SMTP_TLS, SeguridadSmtp.class, SeguridadSmtp.NINGUNA),
                        lector.texto(MAIL_FROM).orElse("no-responder@casia.localhost")));
        urlPublica = lector.uri(PUBLIC_URL, "http://localhost:8080/");
        urlAyudaDocumentacion = lector.uri(
                AYUDA_DOCUMENTACION_URL,
                "https://www.seg-social.es/wps/portal/wss/internet/InformacionUtil/44539/1969/");
        maxBytesDocumento = lector.entero(DOC_MAX_MB, 10, 1, 1024) * 1024L * 1024L;
        maxBytesPorCaso = lector.entero(DOC_MAX_TOTAL_MB, 50, 1, 10240) * 1024L * 1024L;
        if (maxBytesPorCaso < maxBytesDocumento) {
            lector.error(DOC_MAX_TOTAL_MB, "no puede ser menor que " + DOC_MAX_MB);
        }
        almacenDocumentos = lector.enumerado(DOC_STORAGE, AlmacenDocumentos.class, AlmacenDocumentos.POSTGRESQL);
        carpetaDocumentos = lector.texto(DOC_DIR).map(Path::of);
        if (almacenDocumentos == AlmacenDocumentos.CARPETA) {
            if (carpetaDocumentos.isEmpty()) {
                lector.error(DOC_DIR, "es obligatorio cuando " + DOC_STORAGE + " es carpeta");
            } else if (!Files.isDirectory(carpetaDocumentos.get()) || !Files.isWritable(carpetaDocumentos.get())) {
                lector.error(
                        DOC_DIR,
                        "debe ser una carpeta existente en la que CASIA pueda escribir, es '" + carpetaDocumentos.get()
                                + "'");
            }
        }
        zonaHoraria = lector.zona(TIME_ZONE, "Europe/Madrid");
        // Demo data is for the embedded run; on a real database it must be asked for explicitly.
        datosDemo = lector.booleano(DEMO_DATA, urlBaseDeDatos.isEmpty());
        trabajosNocturnos = lector.booleano(NIGHTLY_JOBS, true);
        horaTrabajosNocturnos = lector.hora(NIGHTLY_JOBS_TIME, LocalTime.of(3, 30));
        if (horaTrabajosNocturnos.getHour() == 2) {
            lector.error(
                    NIGHTLY_JOBS_TIME,
                    "no puede estar entre 02:00 y 02:59: en Madrid esa hora no existe una noche de marzo y se repite"
                            + " una de octubre, es '" + horaTrabajosNocturnos + "'");
        }
        // At least 20 s: a run beats every few seconds while it works; a day at most.
        latidoCaducado = Duration.ofSeconds(lector.entero(NIGHTLY_JOBS_HEARTBEAT_TIMEOUT, 120, 20, 86_400));
        // At most 19: the reminder must come before the last of the 20 natural days to answer, not after it.
        diasDeAvisoPrevio = lector.entero(AVISO_DIAS, 5, 0, 19);
        // Loopback by default: the demo users' password is public, so a trial run must not be reachable from the
        // network. Production sets the address its proxy reaches (or 0.0.0.0).
        direccionHttp = lector.direccionIp(BIND, "127.0.0.1");
        carpetaDeDatos = Path.of(lector.texto(DATA_DIR).orElse("data")).toAbsolutePath();
        sello = lector.texto(SELLO_P12).map(Path::of).map(p12 -> {
            if (!Files.isReadable(p12)) {
                lector.error(SELLO_P12, "debe ser un fichero PKCS#12 legible, es '" + p12 + "'");
            }
            String contrasena = lector.texto(SELLO_CONTRASENA).orElse("");
            if (contrasena.isEmpty()) {
                lector.error(SELLO_CONTRASENA, "es obligatorio cuando se indica " + SELLO_P12);
            }
            return new SelloConfigurado(p12, contrasena);
        });
        if (!lector.errores.isEmpty()) {
            throw new ConfiguracionInvalidaException(lector.errores);
        }
    }

    /**
     * Reads and checks every setting.
     *
     * @param fuente returns the raw value of a setting, or null when it is not set
     * @throws ConfiguracionInvalidaException naming every setting that is wrong
     */
    public static Configuracion leer(Function<String, String> fuente) {
        return new Configuracion(new Lector(fuente));
    }

    /** Empty for the embedded PostgreSQL of the default run (config/micro/arrancar.sh starts it). */
    public Optional<String> urlBaseDeDatos() {
        return urlBaseDeDatos;
    }

    public Optional<String> usuarioBaseDeDatos() {
        return usuarioBaseDeDatos;
    }

    public Optional<String> contrasenaBaseDeDatos() {
        return contrasenaBaseDeDatos;
    }

    public boolean baseDeDatosIntegrada() {
        return urlBaseDeDatos.isEmpty();
    }

    public Optional<Smtp> smtp() {
        return smtp;
    }

    public URI urlPublica() {
        return urlPublica;
    }

    /** Ayuda Documentación (manual §5.1.1): the Seguridad Social's page on the documents each trámite needs. */
    public URI urlAyudaDocumentacion() {
        return urlAyudaDocumentacion;
    }

    public long maxBytesDocumento() {
        return maxBytesDocumento;
    }

    public long maxBytesPorCaso() {
        return maxBytesPorCaso;
    }

    public AlmacenDocumentos almacenDocumentos() {
        return almacenDocumentos;
    }

    /** The folder of the folder store; present when {@link #almacenDocumentos()} is {@code CARPETA}. */
    public Optional<Path> carpetaDocumentos() {
        return carpetaDocumentos;
    }

    public ZoneId zonaHoraria() {
        return zonaHoraria;
    }

    public boolean datosDemo() {
        return datosDemo;
    }

    /**
     * Whether this instance's nightly timer launches the jobs (one instance per night runs them anyway); false for
     * an instance that must never run them, and for the tests, which launch them themselves.
     */
    public boolean trabajosNocturnos() {
        return trabajosNocturnos;
    }

    /**
     * The time of night (on the Madrid calendar, like the 20 natural days) at which the nightly jobs are launched;
     * 03:30 by default, an hour that exists exactly once every night (02:00–03:00 is skipped in late March and
     * repeated in late October).
     */
    public LocalTime horaTrabajosNocturnos() {
        return horaTrabajosNocturnos;
    }

    /**
     * How long a running job may go without its heartbeat before operations see it as interrupted (its server was
     * killed) and may launch it again.
     */
    public Duration latidoCaducado() {
        return latidoCaducado;
    }

    /**
     * How many days before a cierre de oficio the autorizado is reminded of a request for information still
     * unanswered; 0: no reminder.
     */
    public int diasDeAvisoPrevio() {
        return diasDeAvisoPrevio;
    }

    /** The address the HTTP listener binds to. */
    public String direccionHttp() {
        return direccionHttp;
    }

    /**
     * Where this instance keeps its files: the embedded database (default run), temporary files and, when no seal
     * is configured, the demo seal it creates on first start.
     */
    public Path carpetaDeDatos() {
        return carpetaDeDatos;
    }

    /** Empty: justificantes are sealed with a self-signed demo seal and say "sello de pruebas". */
    public Optional<SelloConfigurado> sello() {
        return sello;
    }

    /** Reads raw values and collects one message per wrong setting. */
    private static final class Lector {
        private final Function<String, String> fuente;
        private final List<String> errores = new ArrayList<>();

        Lector(Function<String, String> fuente) {
            this.fuente = fuente;
        }

        Optional<String> texto(String nombre) {
            return Optional.ofNullable(fuente.apply(nombre)).map(String::trim).filter(v -> !v.isEmpty());
        }

        void error(String nombre, String mensaje) {
            errores.add(nombre + " " + mensaje);
        }

        int entero(String nombre, int porDefecto, int minimo, int maximo) {
            Optional<String> valor = texto(nombre);
            if (valor.isEmpty()) {
                return porDefecto;
            }
            try {
                int n = Integer.parseInt(valor.get());
                if (n < minimo || n > maximo) {
                    error(nombre, "debe estar entre " + minimo + " y " + maximo + ", es " + n);
                }
                return n;
            } catch (NumberFormatException e) {
                error(nombre, "debe ser un número entero, es '" + valor.get() + "'");
                return porDefecto;
            }
        }

        boolean booleano(String nombre, boolean porDefecto) {
            Optional<String> valor = texto(nombre).map(v -> v.toLowerCase(Locale.ROOT));
            if (valor.isEmpty()) {
                return porDefecto;
            }
            return switch (valor.get()) {
                case "true", "si", "sí", "1" -> true;
                case "false", "no", "0" -> false;
                default -> {
                    error(nombre, "debe ser true o false, es '" + valor.get() + "'");
                    yield porDefecto;
                }
            };
        }

        <E extends Enum<E>> E enumerado(String nombre, Class<E> tipo, E porDefecto) {
            Optional<String> valor = texto(nombre);
            if (valor.isEmpty()) {
                return porDefecto;
            }
            try {
                return Enum.valueOf(tipo, valor.get().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(nombre, "debe ser uno de " + List.of(tipo.getEnumConstants()) + ", es '" + valor.get() + "'");
                return porDefecto;
            }
        }

        URI uri(String nombre, String porDefecto) {
            String valor = texto(nombre).orElse(porDefecto);
            try {
                URI uri = URI.create(valor.endsWith("/") ? valor : valor + "/");
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    error(nombre, "debe ser una URL http(s) absoluta, es '" + valor + "'");
                }
                return uri;
            } catch (IllegalArgumentException e) {
                error(nombre, "no es una URL válida: '" + valor + "'");
                return URI.create(porDefecto);
            }
        }

        /** An IPv4 or IPv6 literal: a host name would need a name lookup, and could name another machine. */
        String direccionIp(String nombre, String porDefecto) {
            String valor = texto(nombre).orElse(porDefecto);
            boolean literal =
                    valor.matches("(\\d{1,3}\\.){3}\\d{1,3}") || valor.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
            try {
                if (literal) {
                    InetAddress.getByName(valor);
                    return valor;
                }
            } catch (UnknownHostException e) {
                // Falls through to the message below.
            }
            error(nombre, "debe ser una dirección IP de este equipo (p. ej. 127.0.0.1 o 0.0.0.0), es '" + valor + "'");
            return porDefecto;
        }

        LocalTime hora(String nombre, LocalTime porDefecto) {
            Optional<String> valor = texto(nombre);
            if (valor.isEmpty()) {
                return porDefecto;
            }
            if (valor.get().matches("\\d{2}:\\d{2}")) {
                try {
                    return LocalTime.parse(valor.get());
                } catch (DateTimeParseException e) {
                    // Falls through to the message below.
                }
            }
            error(nombre, "debe ser una hora HH:MM (p. ej. 03:30), es '" + valor.get() + "'");
            return porDefecto;
        }

        ZoneId zona(String nombre, String porDefecto) {
            String valor = texto(nombre).orElse(porDefecto);
            try {
                return ZoneId.of(valor);
            } catch (DateTimeException e) {
                error(nombre, "no es una zona horaria conocida (p. ej. Europe/Madrid), es '" + valor + "'");
                return ZoneId.of(porDefecto);
            }
        }
    }
}
