package io.blueprint.journey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** {@link ServiceRepository} on JPA. */
@ApplicationScoped
public class JpaServiceRepository implements ServiceRepository {

    @PersistenceContext(unitName = "blueprint")
    EntityManager em;

    @Override
    public List<Service> findAll() {
        return em.createQuery("select s from Service s order by s.name", Service.class).getResultList();
    }

    @Override
    public Optional<Service> find(long id) {
        return Optional.ofNullable(em.find(Service.class, id));
    }

    @Override
    public Optional<Service> findByName(String name) {
        return em.createQuery("select s from Service s where s.name = :name", Service.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Service store(Service service) {
        if (service.isPersisted()) {
            return em.merge(service);
        }
        em.persist(service);
        return service;
    }

    @Override
    public long count() {
        return em.createQuery("select count(s) from Service s", Long.class).getSingleResult();
    }
}
