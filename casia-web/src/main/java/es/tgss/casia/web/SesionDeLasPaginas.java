package es.tgss.casia.web;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @AutoApplySession} for the pages only ({@link SesionDeLasPaginasInterceptor}): a logged-in session goes on as
 * its caller, and a login registers the session; the REST API keeps no session.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SesionDeLasPaginas {}
