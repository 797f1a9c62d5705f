/** The operations page: links to health and metrics, and the nightly jobs (state, launch, restart). */
package es.tgss.casia.web.ops;
