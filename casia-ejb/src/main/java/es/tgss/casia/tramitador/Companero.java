package es.tgss.casia.tramitador;

import java.io.Serializable;

/** A tramitador a case can be assigned to, as the back-office lists them ("Asignar a…"). */
public record Companero(String login, String nombreYApellidos, String unidad) implements Serializable {}
