package io.blueprint.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready only while the database answers: without it Blueprint can show nothing. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/BlueprintDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(TIMEOUT_SECONDS))
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (SQLException | RuntimeException unreachable) {
            // the class and SQL state say enough; the message could reveal hosts and users
            return response.down()
                    .withData("error", unreachable.getClass().getSimpleName())
                    .withData("sqlState", unreachable instanceof SQLException sql && sql.getSQLState() != null
                            ? sql.getSQLState() : "none")
                    .build();
        }
    }
}
