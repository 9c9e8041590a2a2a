package io.blueprint.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of an account's history: who did what to it, and when. Never changed once written. */
@Entity
@Table(name = "account_event")
public class AccountEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = UserAccount.MAX_USERNAME, updatable = false)
    private String username;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = UserAccount.MAX_USERNAME, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private AccountAction action;

    @Column(length = 500, updatable = false)
    private String detail;

    protected AccountEvent() {
    }

    public AccountEvent(String username, Instant at, String actor, AccountAction action, String detail) {
        this.username = username;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public AccountAction getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
