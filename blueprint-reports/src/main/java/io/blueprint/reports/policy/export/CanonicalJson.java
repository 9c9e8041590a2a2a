package io.blueprint.reports.policy.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical form of exported guarantees and its SHA-256. The canonical form is the compact JSON
 * array of {@link ExportedGuarantee}s (fields in their declared order, nulls kept, ISO dates, plain
 * decimals, UTF-8): exactly the {@code guarantees} array of the JSON export, so anyone can recompute it.
 */
public final class CanonicalJson {

    /** Dates as ISO text without the JSR-310 module: WildFly does not hand that module to every deployment. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("iso-dates")
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(Instant.class, ToStringSerializer.instance))
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private CanonicalJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The canonical bytes of these guarantees. */
    public static byte[] of(List<ExportedGuarantee> guarantees) {
        try {
            return MAPPER.writeValueAsString(guarantees).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower-case hex SHA-256 of the canonical form: equal for two files that describe the same versions. */
    public static String checksum(List<ExportedGuarantee> guarantees) {
        return HexFormat.of().formatHex(sha256(of(guarantees)));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
