package es.tgss.casia.web.http;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in faces-config.xml: puts {@link EstadoDelFormularioExceptionHandler} in front of JSF's own. */
public class EstadoDelFormularioExceptionHandlerFactory extends ExceptionHandlerFactory {

    public EstadoDelFormularioExceptionHandlerFactory(ExceptionHandlerFactory envuelta) {
        super(envuelta);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new EstadoDelFormularioExceptionHandler(getWrapped().getExceptionHandler());
    }
}
