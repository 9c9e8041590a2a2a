package io.blueprint.measurement;

import io.blueprint.journey.Channel;
import io.blueprint.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/** The touchpoint codes of a service, which measured rows must name, with their journey and channel. */
@ApplicationScoped
public class ServiceTouchpoints {

    /** A touchpoint as the import needs it. */
    public record Ref(long journeyId, Channel channel) {
    }

    @Inject
    Jdbc jdbc;

    /** The service's touchpoints by code; refuses a service that does not exist. */
    @Transactional
    public Map<String, Ref> of(long serviceId) {
        return jdbc.work(connection -> {
            try (PreparedStatement service = connection.prepareStatement("SELECT id FROM service WHERE id = ?")) {
                service.setLong(1, serviceId);
                try (ResultSet rows = service.executeQuery()) {
                    if (!rows.next()) {
                        throw DomainException.notFound("import.service.notFound", serviceId);
                    }
                }
            }
            Map<String, Ref> codes = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT code, journey_id, channel FROM touchpoint WHERE service_id = ?")) {
                statement.setLong(1, serviceId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        codes.put(rows.getString(1), new Ref(rows.getLong(2), Channel.valueOf(rows.getString(3))));
                    }
                }
            }
            return codes;
        });
    }
}
