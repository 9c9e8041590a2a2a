package io.blueprint.web.account;

import io.blueprint.access.AccountAction;
import io.blueprint.access.AccountEvent;

import java.io.Serializable;
import java.time.Instant;

/** One line of an account's history: when, who, what, and a detail such as the roles before and after. */
public record HistoryLine(Instant at, String actor, AccountAction action, String detail) implements Serializable {

    public static HistoryLine of(AccountEvent event) {
        return new HistoryLine(event.getAt(), event.getActor(), event.getAction(), event.getDetail());
    }
}
