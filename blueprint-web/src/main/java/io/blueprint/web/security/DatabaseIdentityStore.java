package io.blueprint.web.security;

import io.blueprint.access.UserAccount;
import io.blueprint.access.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Signs people in against the user accounts in Blueprint's own database. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHashing passwords;

    @Transactional
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        char[] password = credential.getPassword().getValue();
        Optional<UserAccount> account = users.findByUsername(credential.getCaller());
        if (account.isEmpty()) {
            passwords.verifyDecoy(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount user = account.get();
        if (!passwords.verify(password, user.getPasswordHash()) || !user.isEnabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.getUsername(), user.roleNames());
    }
}
