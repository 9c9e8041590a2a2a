package io.blueprint.web.policy;

import io.blueprint.policy.GuaranteeDesk;
import io.blueprint.policy.GuaranteeDiff;
import io.blueprint.shared.DomainException;
import io.blueprint.web.i18n.Messages;
import io.blueprint.web.navigation.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The differences between two versions of a guarantee, field by field; either version can be changed from the history. */
@Named
@ViewScoped
public class GuaranteeCompareView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GuaranteeFacade facade;

    @Inject
    GuaranteeDesk desk;

    @Inject
    Messages messages;

    private Long from;
    private Long to;
    private GuaranteeModel before;
    private GuaranteeModel after;
    private List<GuaranteeDiff.Change> changes = List.of();

    /** f:viewAction: compare the versions named in the URL; without "from", the version before "to". */
    public void load() {
        if (to == null) {
            NotFound.respond("guarantee");
            return;
        }
        try {
            after = facade.load(to);
            if (from == null) {
                from = after.versions().stream().filter(v -> v.revision() < after.revision())
                        .reduce((a, b) -> b).map(GuaranteeModel.VersionRow::id).orElse(to);
            }
            compare();
        } catch (DomainException missing) {
            NotFound.respond("guarantee");
        }
    }

    /** Compares the two chosen versions again. */
    public void compare() {
        before = facade.load(from);
        after = facade.load(to);
        changes = desk.compare(from, to);
    }

    /** "3 differences between version 1 and version 2", its particles fitted to the numbers in Korean. */
    public String getCountLine() {
        return messages.get("compare.count", changes.size(), before == null ? null : before.revision(),
                after == null ? null : after.revision());
    }

    public Long getFrom() {
        return from;
    }

    public void setFrom(Long from) {
        this.from = from;
    }

    public Long getTo() {
        return to;
    }

    public void setTo(Long to) {
        this.to = to;
    }

    public GuaranteeModel getBefore() {
        return before;
    }

    public GuaranteeModel getAfter() {
        return after;
    }

    public List<GuaranteeDiff.Change> getChanges() {
        return changes;
    }
}
