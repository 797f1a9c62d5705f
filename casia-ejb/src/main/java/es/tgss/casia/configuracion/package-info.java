/** The settings CASIA takes from its environment, checked once at start-up. */
package es.tgss.casia.configuracion;
