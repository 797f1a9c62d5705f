package es.tgss.casia.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. Its resources are found by scanning; its description is served at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "CASIA API",
                        version = "1",
                        description =
                                "Casos de los autorizados RED con la TGSS (Consultas, Errores/Incidencias y Solicitudes de"
                                        + " Trámite) para programas de nóminas y sistemas de la TGSS. Errores: RFC 9457"
                                        + " (application/problem+json). Textos en español, o en inglés con Accept-Language: en."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(
        securitySchemeName = "token",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "Token personal (casia_…), creado en el portal o con POST /api/v1/tokens")
public class ApiCasia extends Application {}
