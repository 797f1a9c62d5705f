package es.tgss.casia.seguridad;

/** The roles of CASIA; their names are the groups the identity store returns and the roles of web.xml. */
public enum Rol {
    AUTORIZADO,
    TRAMITADOR,
    SUPERVISOR,
    OPS;

    /**
     * The principal the system identity runs as (glassfish-web.xml maps it to {@link Nombre#SISTEMA}); the history
     * shows it as the actor of the nightly cierre de oficio. The identity store refuses it as a login.
     */
    public static final String PRINCIPAL_SISTEMA = "sistema";

    /** The same names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Nombre {
        public static final String AUTORIZADO = "AUTORIZADO";
        public static final String TRAMITADOR = "TRAMITADOR";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String OPS = "OPS";
        /**
         * Not a role of any person: what the nightly jobs and the outbox sender run as ({@code @RunAs}). No user
         * can hold it: the database allows only the four roles above (check constraint ck_usuario_rol).
         */
        public static final String SISTEMA = "SISTEMA";

        private Nombre() {}
    }
}
