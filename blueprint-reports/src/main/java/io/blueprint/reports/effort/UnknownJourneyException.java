package io.blueprint.reports.effort;

import io.blueprint.shared.DomainException;

/** A report asked for a journey that does not exist: not found ({@code journey.notFound}, 404 in the API). */
public class UnknownJourneyException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnknownJourneyException(long journeyId) {
        super(Kind.NOT_FOUND, "journey.notFound", journeyId);
    }
}
