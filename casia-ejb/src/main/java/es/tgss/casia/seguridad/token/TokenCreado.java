package es.tgss.casia.seguridad.token;

/**
 * A token just made: the only time the token itself leaves CASIA.
 *
 * @param token what the client sends as {@code Authorization: Bearer <token>}
 */
public record TokenCreado(TokenVisible datos, String token) {}
