package io.blueprint.web.security.sso;

/** A sign-in through the identity provider that cannot go on; the detail is for the log, never the page. */
public class SsoFailure extends RuntimeException {

    private final SsoRefusal refusal;

    public SsoFailure(SsoRefusal refusal, String detail) {
        this(refusal, detail, null);
    }

    public SsoFailure(SsoRefusal refusal, String detail, Throwable cause) {
        super(detail, cause);
        this.refusal = refusal;
    }

    public SsoRefusal refusal() {
        return refusal;
    }
}
