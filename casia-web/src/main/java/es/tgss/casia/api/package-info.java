/**
 * The REST API under {@code /api/v1}, for payroll software and TGSS systems: the same services as the portal and the
 * back-office (no rule written twice), JSON in and out, every error an RFC 9457 problem ({@link
 * es.tgss.casia.api.Problemas}), authentication by personal token ({@link es.tgss.casia.api.AutenticacionDeLaApi}).
 */
package es.tgss.casia.api;
