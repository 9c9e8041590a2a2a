package io.blueprint.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Identity and the optimistic-lock version that every aggregate shares. */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public boolean isPersisted() {
        return id != null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return id != null && id.equals(((AbstractEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
