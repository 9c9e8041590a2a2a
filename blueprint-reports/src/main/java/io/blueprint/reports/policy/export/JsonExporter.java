package io.blueprint.reports.policy.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.blueprint.journey.Channel;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * JSON for programs: the filter, the checksum and the guarantees, fields in a fixed order, in no
 * language (codes, enum names, ISO dates). Its {@code guarantees} array is the canonical form the
 * checksum is taken over.
 */
public final class JsonExporter implements GuaranteeExporter {

    /** The whole document. */
    @JsonPropertyOrder({"asOf", "serviceId", "service", "channel", "count", "checksumAlgorithm", "checksum", "guarantees"})
    public record Document(LocalDate asOf, Long serviceId, String service, Channel channel, int count,
                           String checksumAlgorithm, String checksum, List<ExportedGuarantee> guarantees) {
    }

    @Override
    public byte[] write(GuaranteeExport export, ExportTexts texts) {
        ExportFilter filter = export.filter();
        Document document = new Document(filter.asOf(), filter.serviceId(), filter.serviceName(), filter.channel(),
                export.guarantees().size(), "SHA-256", export.checksum(), export.guarantees());
        try {
            return CanonicalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
