package io.blueprint.reports.policy.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonExporterTest {

    /** A reader that keeps decimals exact, as a careful client would. */
    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static JsonNode json(GuaranteeExport export) throws IOException {
        return READER.readTree(new JsonExporter().write(export, new ExportTexts(Fixtures.KEYS)));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void parsesBackWithTheGuaranteesInAFixedFieldOrder() throws IOException {
        JsonNode document = json(Fixtures.export(Fixtures.careCall(2, 120), Fixtures.refund()));

        assertThat(fieldNames(document)).containsExactly("asOf", "serviceId", "service", "channel", "count",
                "checksumAlgorithm", "checksum", "guarantees");
        JsonNode refund = document.get("guarantees").get(1);
        assertThat(fieldNames(refund)).containsExactly("code", "revision", "serviceId", "service", "title", "promise",
                "condition", "scope", "exclusions", "claimChannels", "effectiveFrom", "lastDayInForce", "touchpoints",
                "refundRules", "owner", "approvedBy", "approvedAt");
        assertThat(document.get("asOf").asText()).isEqualTo("2026-11-23");
        assertThat(refund.get("title").asText()).isEqualTo(Fixtures.REFUND_TITLE);
        assertThat(refund.get("claimChannels").get(1).get("contact").asText()).isEqualTo(Fixtures.POSTAL_ADDRESS);
        assertThat(refund.get("refundRules").get(0).get("amount").decimalValue()).isEqualByComparingTo("2000");
        assertThat(refund.get("refundRules").get(0).get("currency").asText()).isEqualTo("KRW");
        assertThat(refund.get("effectiveFrom").asText()).isEqualTo("2026-05-27");
        assertThat(document.get("guarantees").get(0).get("condition").get("threshold").asText()).isEqualTo("120");
    }

    @Test
    void theChecksumIsTheSha256OfTheCompactGuaranteesArray() throws IOException, NoSuchAlgorithmException {
        JsonNode document = json(Fixtures.export(Fixtures.careCall(2, 120), Fixtures.refund()));

        byte[] canonical = READER.writeValueAsString(document.get("guarantees")).getBytes(StandardCharsets.UTF_8);
        String recomputed = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));

        assertThat(document.get("checksum").asText()).isEqualTo(recomputed);
    }
}
