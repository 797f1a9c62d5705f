/** The public CEA verification page ({@code /verificar/}, no login) and how often one address may try it. */
package es.tgss.casia.web.verificar;
