package io.blueprint.journey;

import java.util.List;
import java.util.Optional;

/** Where services are kept. */
public interface ServiceRepository {

    List<Service> findAll();

    Optional<Service> find(long id);

    Optional<Service> findByName(String name);

    Service store(Service service);

    long count();
}
