/** The tramitador back-office: work queue and the actions of the TGSS on cases. */
package es.tgss.casia.web.backoffice;
