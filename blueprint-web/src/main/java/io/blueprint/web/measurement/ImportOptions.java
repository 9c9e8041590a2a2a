package io.blueprint.web.measurement;

import io.blueprint.measurement.ImportMode;
import io.blueprint.measurement.ImportSources;
import io.blueprint.measurement.read.ReadOptions;
import io.blueprint.shared.DomainException;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/**
 * An import's parameters as a person or a script gives them (the page's fields, the API's query
 * parameters), checked one by one so that a refusal names the parameter.
 */
public record ImportOptions(long serviceId, String source, ImportMode mode, ZoneId zone, ReadOptions readOptions) {

    public static ImportOptions parse(Long service, String source, String mode, String zone, String encoding,
                                      String separator) {
        if (service == null) {
            throw new DomainException("import.service.required").at("service");
        }
        return new ImportOptions(service, ImportSources.checkName(source), mode(mode), zone(zone),
                ReadOptions.detect().withEncoding(encoding(encoding)).withSeparator(separator(separator)));
    }

    static ImportMode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            return ImportMode.PARTIAL;
        }
        try {
            return ImportMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("import.mode.unknown", mode).at("mode");
        }
    }

    public static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new DomainException("import.zone.unknown", zone).at("zone");
        }
    }

    public static Charset encoding(String encoding) {
        if (encoding == null || encoding.isBlank()) {
            return null;
        }
        String name = encoding.strip().toUpperCase(Locale.ROOT);
        try {
            return Charset.forName(name.equals("CP949") || name.equals("EUC-KR") ? "x-windows-949" : name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new DomainException("import.encoding.unknown", encoding).at("encoding");
        }
    }

    public static Character separator(String separator) {
        if (separator == null || separator.isEmpty()) {
            return null;
        }
        return switch (separator.strip().toLowerCase(Locale.ROOT)) {
            case ",", "comma" -> ',';
            case ";", "semicolon" -> ';';
            case "tab", "\\t" -> '\t';
            default -> {
                if (separator.equals("\t")) {
                    yield '\t';
                }
                throw new DomainException("import.separator.unknown", separator).at("separator");
            }
        };
    }
}
