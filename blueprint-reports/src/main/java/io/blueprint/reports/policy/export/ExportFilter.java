package io.blueprint.reports.policy.export;

import io.blueprint.journey.Channel;
import io.blueprint.reports.export.ExportFormat;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which guarantees an export holds: those in force on {@code asOf}, optionally of one service and/or
 * kept at touchpoints of one channel.
 *
 * @param serviceName the name of {@code serviceId}, for the reader; null when no service is chosen
 */
public record ExportFilter(LocalDate asOf, Long serviceId, String serviceName, Channel channel) {

    public ExportFilter {
        Objects.requireNonNull(asOf, "asOf");
    }

    /** Every guarantee in force on the day. */
    public static ExportFilter onDay(LocalDate asOf) {
        return new ExportFilter(asOf, null, null, null);
    }

    /** "guarantees-2026-11-23.csv": the as-of date names the file, so two days' files never clash. */
    public String fileName(ExportFormat format) {
        return "guarantees-" + asOf + "." + format.extension();
    }
}
