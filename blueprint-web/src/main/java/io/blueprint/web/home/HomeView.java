package io.blueprint.web.home;

import io.blueprint.reports.catalog.CatalogQuery;
import io.blueprint.reports.catalog.ServiceSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The home page: every service with its journeys. */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogQuery catalog;

    private List<ServiceSummary> services;

    @PostConstruct
    void load() {
        services = catalog.services();
    }

    public List<ServiceSummary> getServices() {
        return services;
    }

    public long getJourneyCount() {
        return services.stream().mapToLong(s -> s.journeys().size()).sum();
    }
}
