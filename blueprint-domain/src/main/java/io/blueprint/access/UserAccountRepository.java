package io.blueprint.access;

import java.util.Optional;

/** Where user accounts are kept. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    UserAccount store(UserAccount account);

    long count();
}
