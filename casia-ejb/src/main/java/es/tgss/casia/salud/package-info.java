/** MicroProfile Health checks: what {@code /health/ready} reports. */
package es.tgss.casia.salud;
