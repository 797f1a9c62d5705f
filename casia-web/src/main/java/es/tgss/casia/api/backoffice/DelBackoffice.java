package es.tgss.casia.api.backoffice;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A resource of the TGSS's back-office: {@link AccesoAlBackoffice} lets only tramitadores and supervisores in. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface DelBackoffice {}
