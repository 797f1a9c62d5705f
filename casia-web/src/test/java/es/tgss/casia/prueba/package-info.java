/** Test infrastructure shared by the in-container and browser tests: the suite deployment and its helpers. */
package es.tgss.casia.prueba;
