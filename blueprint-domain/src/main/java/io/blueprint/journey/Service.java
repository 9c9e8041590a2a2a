package io.blueprint.journey;

import io.blueprint.shared.Auditable;
import io.blueprint.shared.Text;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Something the company delivers to customers, e.g. "Online store customer care". Owns journeys. */
@Entity
@Table(name = "service")
public class Service extends Auditable {

    public static final int NAME_MAX = 200;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(length = 200)
    private String owner;

    @OneToMany(mappedBy = "service", cascade = CascadeType.PERSIST)
    @OrderBy("name")
    private List<Journey> journeys = new ArrayList<>();

    protected Service() {
    }

    public Service(String name, String description, String owner) {
        rename(name);
        describe(description, owner);
    }

    public final void rename(String newName) {
        this.name = Text.required(newName, NAME_MAX, "service.name");
    }

    public final void describe(String newDescription, String newOwner) {
        this.description = Text.optional(newDescription, 2000, "service.description");
        this.owner = Text.optional(newOwner, 200, "service.owner");
    }

    /** Starts a new journey through this service. */
    public Journey startJourney(String journeyName, String persona) {
        Journey journey = new Journey(this, journeyName, persona);
        journeys.add(journey);
        return journey;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public List<Journey> getJourneys() {
        return Collections.unmodifiableList(journeys);
    }
}
