package io.blueprint.reports.policy;

import io.blueprint.policy.GuaranteeStatus;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of the guarantee list: a guarantee by its latest version, the version in force today
 * (if any) and how that latest version fares in the policy checks.
 *
 * @param inForceRevision the revision in force today, or null when none is
 * @param inForceUntil    the last day the version in force today stays in force, or null when no end is set
 */
public record GuaranteeRow(long id, String code, int revision, String title, long serviceId, String serviceName,
                           GuaranteeStatus status, String owner, Integer inForceRevision, LocalDate inForceFrom,
                           LocalDate inForceUntil, long errors, long warnings) implements Serializable {

    public boolean isInForce() {
        return inForceRevision != null;
    }
}
