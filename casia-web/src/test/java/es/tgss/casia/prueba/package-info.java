/**
 * Test infrastructure shared by the in-container and browser tests: the suite deployment and its helpers, and the
 * demo users the in-container tests log in as ({@code Actores}, with {@code ComoSistema} for the system identity).
 */
package es.tgss.casia.prueba;
