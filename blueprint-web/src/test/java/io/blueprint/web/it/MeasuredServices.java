package io.blueprint.web.it;

import io.blueprint.journey.Channel;
import io.blueprint.journey.Journey;
import io.blueprint.journey.JourneyRepository;
import io.blueprint.journey.Lane;
import io.blueprint.journey.Service;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.journey.Stage;
import io.blueprint.journey.Step;
import io.blueprint.measurement.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * For the in-server import tests: a service of its own per test, with one journey whose touchpoints
 * have the codes and channels asked for, and plain SQL to read back what the import stored.
 */
@ApplicationScoped
public class MeasuredServices {

    /** A service and its journey. */
    public record Made(long serviceId, long journeyId) {
    }

    @Inject
    ServiceRepository services;

    @Inject
    JourneyRepository journeys;

    @Inject
    Jdbc jdbc;

    /** A new service whose journey has touchpoints {@code code → channel}, in the customer-actions lane. */
    @Transactional
    public Made service(Map<String, Channel> touchpoints) {
        Service service = services.store(new Service("Measured " + UUID.randomUUID(), null, null));
        Journey journey = service.startJourney("Return a parcel", null);
        Stage stage = journey.addStage("Return");
        for (Map.Entry<String, Channel> touchpoint : touchpoints.entrySet()) {
            Step step = journey.addStep(stage, Lane.CUSTOMER_ACTIONS, "At " + touchpoint.getKey());
            journey.setTouchpoint(step, touchpoint.getKey(), touchpoint.getValue());
        }
        journeys.store(journey);
        journeys.flush();
        return new Made(service.getId(), journey.getId());
    }

    /**
     * The rows of a query, each as column label → value (labels in lower case), in the query's order: numbers as
     * longs (decimals as text), instants as ISO-8601 text in UTC, binary as bytes, the same on H2 and PostgreSQL.
     */
    @Transactional
    public List<Map<String, Object>> rows(String sql, Object... parameters) {
        return jdbc.work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int c = 1; c <= columns; c++) {
                            Object value = result.getObject(c);
                            if (value instanceof java.sql.Timestamp timestamp) {
                                value = timestamp.toInstant().toString();
                            } else if (value instanceof java.time.OffsetDateTime time) {
                                value = time.toInstant().toString();
                            }
                            row.put(result.getMetaData().getColumnLabel(c).toLowerCase(java.util.Locale.ROOT),
                                    value instanceof Number n && !(value instanceof java.math.BigDecimal) ? n.longValue()
                                            : value instanceof Boolean || value instanceof byte[] || value == null ? value : value.toString());
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        });
    }

    /** Runs an UPDATE (or INSERT, DELETE) and answers the rows it changed; instants are bound as timestamps. */
    @Transactional
    public int update(String sql, Object... parameters) {
        return jdbc.work(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i] instanceof java.time.Instant at
                            ? java.sql.Timestamp.from(at) : parameters[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    /** One number a query answers. */
    public long number(String sql, Object... parameters) {
        Object value = rows(sql, parameters).get(0).values().iterator().next();
        return value == null ? 0 : new java.math.BigDecimal(value.toString()).longValueExact();
    }
}
