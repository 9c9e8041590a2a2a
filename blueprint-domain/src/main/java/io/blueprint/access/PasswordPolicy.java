package io.blueprint.access;

import com.nulabinc.zxcvbn.Zxcvbn;
import io.blueprint.shared.DomainException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (OWASP ASVS 2.1, NIST SP 800-63B): at least {@code minLength}
 * characters, at most {@code maxLength} (so hashing it stays bounded), not the user name or a
 * part of it, not one of the 30,000 most common passwords that the zxcvbn library ships (nor one of
 * them with digits or symbols added), and not guessable by zxcvbn's estimate below {@code minScore}
 * (0–4; 0 switches the estimate off). No rules about character classes: length beats them.
 */
public final class PasswordPolicy {

    private static final String COMMON_PASSWORDS = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    /**
     * zxcvbn's dictionaries and the common-password list, loaded once on first use: building an
     * estimator reads every dictionary again (tens of milliseconds), measuring with it takes a few.
     */
    private static final class Lists {
        static final Zxcvbn ESTIMATOR = new Zxcvbn();
        static final Set<String> COMMON = load();
    }

    private final int minLength;
    private final int maxLength;
    private final int minScore;

    public PasswordPolicy(int minLength, int maxLength, int minScore) {
        if (minLength < 8 || maxLength < minLength || minScore < 0 || minScore > 4) {
            throw new IllegalArgumentException("password policy: 8 <= min <= max, score 0..4");
        }
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.minScore = minScore;
    }

    /** At least 12 characters, at most 128, zxcvbn score at least 3. */
    public static PasswordPolicy defaults() {
        return new PasswordPolicy(12, 128, 3);
    }

    public int minLength() {
        return minLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /** Refuses {@code password} for {@code username} with the first reason it fails, said of the field "password". */
    public void check(String username, char[] password) {
        String candidate = password == null ? "" : new String(password);
        int length = candidate.codePointCount(0, candidate.length());
        if (length < minLength) {
            throw new DomainException("password.tooShort", minLength).at("password");
        }
        if (length > maxLength) {
            throw new DomainException("password.tooLong", maxLength).at("password");
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && containsName(lower, username.toLowerCase(Locale.ROOT))) {
            throw new DomainException("password.containsUsername").at("password");
        }
        if (isCommon(lower)) {
            throw new DomainException("password.common").at("password");
        }
        if (minScore > 0 && Lists.ESTIMATOR.measure(candidate, username == null ? List.of() : List.of(username))
                .getScore() < minScore) {
            throw new DomainException("password.guessable").at("password");
        }
    }

    /** The name itself, or its part before an @ when it is an e-mail address. */
    private static boolean containsName(String password, String username) {
        String local = username.contains("@") ? username.substring(0, username.indexOf('@')) : username;
        return password.contains(username) || (local.length() >= 3 && password.contains(local));
    }

    /** On the list as it is, or once the digits and symbols people add at either end are taken off. */
    static boolean isCommon(String lowerCasePassword) {
        Set<String> list = Lists.COMMON;
        if (list.contains(lowerCasePassword)) {
            return true;
        }
        String core = lowerCasePassword.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return core.length() >= 4 && !core.equals(lowerCasePassword) && list.contains(core);
    }

    private static Set<String> load() {
        try (InputStream in = Zxcvbn.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("the common-password list is missing from zxcvbn: " + COMMON_PASSWORDS);
            }
            Set<String> words = new HashSet<>(40_000);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (!line.isBlank()) {
                        words.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
