package io.blueprint.web.api;

import io.blueprint.access.StaleAccountException;
import io.blueprint.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP status of a refusal comes from its kind, decided where it was thrown, never from its key's spelling. */
class ErrorResponsesTest {

    /** What ErrorResponses.domainAnswer answers (building the Response itself needs the JAX-RS runtime). */
    private static int status(DomainException refusal) {
        return ErrorResponses.status(refusal.getKind()).getStatusCode();
    }

    @Test
    void eachKindHasItsStatus() {
        assertThat(status(new DomainException("step.title.required"))).isEqualTo(400);
        assertThat(status(DomainException.notFound("journey.notFound", 7))).isEqualTo(404);
        assertThat(status(DomainException.forbidden("journey.forbidden", "viewer"))).isEqualTo(403);
        assertThat(status(DomainException.conflict("journey.archived", "Returns"))).isEqualTo(409);
        assertThat(status(new StaleAccountException("dana", "admin", 3))).isEqualTo(412);
    }

    @Test
    void renamingAKeyDoesNotChangeTheAnswer() {
        assertThat(status(new DomainException("journey.notFound", 7))).as("invalid, whatever the key says").isEqualTo(400);
        assertThat(status(DomainException.conflict("something.renamed"))).isEqualTo(409);
    }

    @Test
    void saidOfAFieldTheRefusalKeepsItsKind() {
        assertThat(status(DomainException.conflict("touchpoint.code.taken", "RET-CALL-01").at("code"))).isEqualTo(409);
        assertThat(status(DomainException.notFound("service.notFound", 1).at("serviceId"))).isEqualTo(404);
    }
}
