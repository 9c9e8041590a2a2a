package io.blueprint.journey;

import io.blueprint.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of a journey's history: who changed what, and when. Never edited after it is written.
 * The detail names lanes, channels and KPI metrics by their code ("Discover / CUSTOMER_ACTIONS",
 * "RET-WEB-01 · WEB", "CES 6.00 score"), in no reader's language: each page words them for its reader.
 */
@Entity
@Table(name = "journey_change")
public class JourneyChange extends AbstractEntity {

    @Column(name = "journey_id", nullable = false, updatable = false)
    private long journeyId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private ChangeAction action;

    @Column(length = 200, updatable = false)
    private String subject;

    @Column(length = 500, updatable = false)
    private String detail;

    protected JourneyChange() {
    }

    public JourneyChange(long journeyId, String actor, ChangeAction action, String subject, String detail) {
        this.journeyId = journeyId;
        this.at = Instant.now();
        this.actor = actor;
        this.action = action;
        this.subject = clip(subject, 200);
        this.detail = clip(detail, 500);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public long getJourneyId() {
        return journeyId;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public ChangeAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
