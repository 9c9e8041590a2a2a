package io.blueprint.journey;

import io.blueprint.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Use cases on the catalogue of services. */
@ApplicationScoped
@Transactional
public class ServiceCatalog {

    @Inject
    ServiceRepository services;

    /** Registers a new service; its name must not be taken. */
    public Service register(String name, String description, String owner) {
        Service service = new Service(name, description, owner);
        if (services.findByName(service.getName()).isPresent()) {
            throw DomainException.conflict("service.name.taken", service.getName());
        }
        return services.store(service);
    }
}
