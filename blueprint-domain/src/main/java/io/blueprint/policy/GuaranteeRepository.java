package io.blueprint.policy;

import io.blueprint.journey.Channel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where the versions of service guarantees are kept, and which of them were in force when. */
public interface GuaranteeRepository {

    Optional<ServiceGuarantee> find(long id);

    /** The version, row-locked until the transaction ends. */
    Optional<ServiceGuarantee> lock(long id);

    /** Every version of the guarantee with {@code code}, oldest first. */
    List<ServiceGuarantee> versions(String code);

    boolean codeTaken(String code);

    /** The newest version of every guarantee, optionally only of one service, by code. */
    List<ServiceGuarantee> latestVersions(Long serviceId);

    /** The version of {@code code} being drafted or reviewed, if any: there is at most one. */
    Optional<ServiceGuarantee> openVersion(String code);

    /** The version of {@code code} that is published and not yet replaced or retired. */
    Optional<ServiceGuarantee> published(String code);

    /** The versions in force on {@code date}, by code; optionally only of one service, or kept at touchpoints of one channel. */
    List<ServiceGuarantee> inForce(LocalDate date, Long serviceId, Channel channel);

    /** The version of {@code code} in force on {@code date}. */
    Optional<ServiceGuarantee> inForce(String code, LocalDate date);

    /** Of {@code codes}, those naming a touchpoint of the service that customers see, on a journey in use. */
    Set<String> customerVisibleTouchpoints(long serviceId, Collection<String> codes);

    long count();

    ServiceGuarantee store(ServiceGuarantee guarantee);

    void remove(ServiceGuarantee guarantee);

    void flush();
}
