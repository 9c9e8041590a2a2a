package io.blueprint.access;

/** Turns passwords into salted, slow hashes and checks them; the web module provides PBKDF2. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean verify(char[] password, String storedHash);

    /** Whether a hash was made with less work than is required today, so it is made again at the next sign-in. */
    boolean isOutdated(String storedHash);

    /** Spends the time of one verification on nothing, so an unknown user name takes as long as a known one. */
    void verifyDecoy(char[] password);
}
