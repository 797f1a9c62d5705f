package es.tgss.casia.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;

/**
 * Asked before the database store: a credential the login form validated in this same request is valid without
 * hashing the password again, with the groups the database store gave it then. Anything else is NOT_VALIDATED
 * here and goes on to the database store.
 */
@ApplicationScoped
public class AccesoYaValidado implements IdentityStore {

    @Inject
    private ValidacionDelAcceso validacion;

    @Override
    public CredentialValidationResult validate(Credential credencial) {
        if (credencial instanceof UsernamePasswordCredential usuario) {
            return validacion.para(usuario).orElse(CredentialValidationResult.NOT_VALIDATED_RESULT);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    @Override
    public int priority() {
        return 10; // before the database store (70)
    }

    /**
     * Validates and provides groups: the handler takes a store's groups only from the store that validated (unless
     * a store only provides groups), so the reused result brings the groups the database store gave it.
     */
    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
