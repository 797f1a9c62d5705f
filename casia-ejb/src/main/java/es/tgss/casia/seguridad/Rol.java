package es.tgss.casia.seguridad;

/** The roles of CASIA; their names are the groups the identity store returns and the roles of web.xml. */
public enum Rol {
    AUTORIZADO,
    TRAMITADOR,
    SUPERVISOR,
    OPS;

    /** The same names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Nombre {
        public static final String AUTORIZADO = "AUTORIZADO";
        public static final String TRAMITADOR = "TRAMITADOR";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String OPS = "OPS";

        private Nombre() {
        }
    }
}
