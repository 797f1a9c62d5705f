/**
 * The case: its entity, the life-cycle rule ({@link es.tgss.casia.caso.CicloDeVidaCaso}, the one class that decides
 * transitions), the validation of Nuevo caso, and {@link es.tgss.casia.caso.CasoService}, through which every
 * screen, the API and the nightly jobs act on cases (they read them through {@code vista}).
 */
package es.tgss.casia.caso;
