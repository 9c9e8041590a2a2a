package io.blueprint.policy;

import io.blueprint.shared.DomainException;
import io.blueprint.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One way to claim: a web address, an e-mail address, a phone number, or a postal address with
 * its postal code. A draft may hold incomplete details; {@link #problem()} says what is missing.
 */
@Embeddable
public class ClaimChannel implements java.io.Serializable {

    /** Only https: a claim form over plain http would send the customer's details readable to anyone on the way. */
    private static final Pattern URL = Pattern.compile("https://[^\\s/$.?#][^\\s]*\\.[^\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{2,}[0-9]");
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 \\-]{2,9}");

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ClaimChannelKind kind;

    @Column(name = "contact", length = 500)
    private String contact;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    protected ClaimChannel() {
    }

    public ClaimChannel(ClaimChannelKind kind, String contact, String postalCode) {
        if (kind == null) {
            throw new DomainException("claimChannel.kind.required").at("kind");
        }
        this.kind = kind;
        this.contact = Text.optional(contact, 500, "claimChannel.contact");
        this.postalCode = kind == ClaimChannelKind.POST ? Text.optional(postalCode, 20, "claimChannel.postalCode") : null;
    }

    /** The message key of what keeps a customer from using this channel, or empty when it is complete. */
    public Optional<String> problem() {
        if (contact == null) {
            return Optional.of("policy.claimChannel.contactMissing");
        }
        return switch (kind) {
            case WEB -> URL.matcher(contact).matches() ? Optional.empty() : Optional.of("policy.claimChannel.badUrl");
            case EMAIL -> EMAIL.matcher(contact).matches() ? Optional.empty() : Optional.of("policy.claimChannel.badEmail");
            case PHONE -> PHONE.matcher(contact).matches() && contact.chars().filter(Character::isDigit).count() >= 3
                    ? Optional.empty() : Optional.of("policy.claimChannel.badPhone");
            case POST -> postalCode == null || !POSTAL_CODE.matcher(postalCode).matches()
                    ? Optional.of("policy.claimChannel.postalCodeMissing") : Optional.empty();
        };
    }

    public boolean isComplete() {
        return problem().isEmpty();
    }

    public ClaimChannelKind getKind() {
        return kind;
    }

    public String getContact() {
        return contact;
    }

    /** Only for postal claims; null otherwise. */
    public String getPostalCode() {
        return postalCode;
    }

    @Override
    public String toString() {
        return kind + " " + (contact == null ? "" : contact) + (postalCode == null ? "" : " (" + postalCode + ")");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimChannel c && kind == c.kind && Objects.equals(contact, c.contact)
                && Objects.equals(postalCode, c.postalCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, contact, postalCode);
    }
}
