package io.blueprint.policy.outcome;

import java.time.LocalDate;

/**
 * What an open version's tried terms would have done over the last whole months, beside the version in force today.
 *
 * @param revision        the open version tried
 * @param projected       its outcome with the tried terms, as if in force over the whole period
 * @param inForceRevision the version in force today, or null when none is
 * @param inForce         that version's outcome over the same period, or null
 */
public record WhatIf(String code, int revision, LocalDate from, LocalDate to, Outcome projected,
                     Integer inForceRevision, Outcome inForce) {
}
