/** The embedded PostgreSQL of the default run: started by config/micro/arrancar.sh, never part of the WAR. */
package es.tgss.casia.integrada;
