package io.blueprint.web.policy;

import io.blueprint.journey.Channel;
import io.blueprint.journey.Service;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.reports.export.ExportFormat;
import io.blueprint.reports.policy.export.ExportFilter;
import io.blueprint.shared.DomainException;
import io.blueprint.web.api.DateParameter;
import io.blueprint.web.i18n.Messages;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An export as a person or a client asks for it in words (format "csv", date "2026-11-23", service
 * "3", channel "phone", lang "ko"), checked: a bad word is refused naming the parameter, so the
 * REST API and the page give the same answers.
 */
public record ExportRequest(ExportFormat format, ExportFilter filter, Locale locale) {

    /** Reads the parameters; a missing date means {@code today}, a missing language English. */
    public static ExportRequest read(String format, String date, String service, String channel, String lang,
                                     LocalDate today, ServiceRepository services) {
        ExportFormat exportFormat = ExportFormat.of(format)
                .orElseThrow(() -> new DomainException("export.param.format", String.valueOf(format)).at("format"));
        Service chosen = service(service, services);
        ExportFilter filter = new ExportFilter(date(date, today), chosen == null ? null : chosen.getId(),
                chosen == null ? null : chosen.getName(), channel(channel));
        return new ExportRequest(exportFormat, filter, locale(lang));
    }

    private static LocalDate date(String date, LocalDate today) {
        LocalDate day = DateParameter.read(date);
        return day == null ? today : day;
    }

    private static Service service(String service, ServiceRepository services) {
        if (service == null || service.isBlank()) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(service.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("export.param.service", service).at("service");
        }
        return services.find(id).orElseThrow(() -> DomainException.notFound("export.service.notFound", service.strip())
                .at("service"));
    }

    private static Channel channel(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        try {
            return Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String known = Arrays.stream(Channel.values()).map(Channel::name).collect(Collectors.joining(", "));
            throw new DomainException("export.param.channel", channel, known).at("channel");
        }
    }

    /** The language of an export's texts asked for as "en" or "ko"; English when left out. */
    public static Locale locale(String lang) {
        if (lang == null || lang.isBlank()) {
            return Messages.ENGLISH;
        }
        String language = lang.strip().toLowerCase(Locale.ROOT);
        if (language.equals("en") || language.equals("ko")) {
            return Locale.forLanguageTag(language);
        }
        throw new DomainException("export.param.lang", lang).at("lang");
    }
}
