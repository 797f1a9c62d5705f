/**
 * Demo data, kept apart from production code: loaded only when CASIA_DEMO_DATA is true (the default for the
 * embedded run and the tests, never for a configured PostgreSQL unless asked).
 */
package es.tgss.casia.demo;
