package io.blueprint.web.policy;

import io.blueprint.policy.AmountKind;
import io.blueprint.policy.BreachUnit;
import io.blueprint.policy.ClaimChannel;
import io.blueprint.policy.ClaimChannelKind;
import io.blueprint.policy.ConditionOperator;
import io.blueprint.policy.ConditionUnit;
import io.blueprint.policy.GuaranteeCondition;
import io.blueprint.policy.GuaranteeMetric;
import io.blueprint.policy.GuaranteeTerms;
import io.blueprint.policy.Payout;
import io.blueprint.policy.RefundRuleTerms;
import io.blueprint.policy.Remedy;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The guarantee editor's fields as the page binds them, with its growing and shrinking lists;
 * turns into {@link GuaranteeTerms} for the domain to check and store. Holds no rule of its own.
 */
public class GuaranteeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String promise;
    private GuaranteeMetric metric;
    private ConditionOperator operator;
    private BigDecimal threshold;
    private ConditionUnit unit;
    private String scope;
    private String owner;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private final List<Line> exclusions = new ArrayList<>();
    private final List<Channel> claimChannels = new ArrayList<>();
    private List<String> touchpointCodes = new ArrayList<>();
    private final List<Rule> refundRules = new ArrayList<>();

    public static GuaranteeForm of(GuaranteeTerms terms) {
        GuaranteeForm form = new GuaranteeForm();
        form.title = terms.title();
        form.promise = terms.promise();
        form.metric = terms.condition().getMetric();
        form.operator = terms.condition().getOperator();
        form.threshold = terms.condition().getThreshold();
        form.unit = terms.condition().getUnit();
        form.scope = terms.scope();
        form.owner = terms.owner();
        form.effectiveFrom = terms.effectiveFrom();
        form.effectiveTo = terms.effectiveTo();
        terms.exclusions().forEach(text -> form.exclusions.add(new Line(text)));
        terms.claimChannels().forEach(c -> form.claimChannels.add(new Channel(c.getKind(), c.getContact(), c.getPostalCode())));
        form.touchpointCodes = new ArrayList<>(terms.touchpointCodes());
        terms.refundRules().forEach(r -> form.refundRules.add(Rule.of(r)));
        return form;
    }

    /** The terms as typed; a claim channel's constructor may refuse what it cannot hold (a text too long). */
    public GuaranteeTerms toTerms() {
        return new GuaranteeTerms(title, promise, new GuaranteeCondition(metric, operator, threshold, unit), scope,
                exclusions.stream().map(Line::getText).toList(),
                claimChannels.stream().map(c -> new ClaimChannel(c.kind, c.contact, c.postalCode)).toList(),
                effectiveFrom, effectiveTo, List.copyOf(touchpointCodes), owner,
                refundRules.stream().map(Rule::toTerms).toList());
    }

    // ---- the lists

    public void addExclusion() {
        exclusions.add(new Line(null));
    }

    public void removeExclusion(int index) {
        exclusions.remove(index);
    }

    public void addClaimChannel() {
        claimChannels.add(new Channel(ClaimChannelKind.WEB, null, null));
    }

    public void removeClaimChannel(int index) {
        claimChannels.remove(index);
    }

    public void addRefundRule() {
        refundRules.add(new Rule());
    }

    public void removeRefundRule(int index) {
        refundRules.remove(index);
    }

    /** One line of text in a list (an exclusion, a claim step), so the page can bind and remove it. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;
        private String text;

        public Line(String text) {
            this.text = text;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** One way to claim, as typed. */
    public static class Channel implements Serializable {

        private static final long serialVersionUID = 1L;
        private ClaimChannelKind kind;
        private String contact;
        private String postalCode;

        public Channel(ClaimChannelKind kind, String contact, String postalCode) {
            this.kind = kind;
            this.contact = contact;
            this.postalCode = postalCode;
        }

        public boolean isPost() {
            return kind == ClaimChannelKind.POST;
        }

        public ClaimChannelKind getKind() {
            return kind;
        }

        public void setKind(ClaimChannelKind kind) {
            this.kind = kind;
        }

        public String getContact() {
            return contact;
        }

        public void setContact(String contact) {
            this.contact = contact;
        }

        public String getPostalCode() {
            return postalCode;
        }

        public void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }
    }

    /** One refund rule, as typed. */
    public static class Rule implements Serializable {

        private static final long serialVersionUID = 1L;
        private Remedy remedy;
        private AmountKind amountKind;
        private BigDecimal amount;
        private BreachUnit breachUnit;
        private Integer breachUnitSize;
        private BigDecimal cap;
        private String currency = RefundRuleTerms.DEFAULT_CURRENCY;
        private Payout payout = Payout.ON_CLAIM;
        private final List<Line> claimSteps = new ArrayList<>();
        private Integer claimDeadlineDays;

        static Rule of(RefundRuleTerms terms) {
            Rule rule = new Rule();
            rule.remedy = terms.remedy();
            rule.amountKind = terms.amountKind();
            rule.amount = terms.amount();
            rule.breachUnit = terms.breachUnit();
            rule.breachUnitSize = terms.breachUnitSize();
            rule.cap = terms.cap();
            rule.currency = terms.currency();
            rule.payout = terms.payout();
            terms.claimSteps().forEach(step -> rule.claimSteps.add(new Line(step)));
            rule.claimDeadlineDays = terms.claimDeadlineDays();
            return rule;
        }

        RefundRuleTerms toTerms() {
            return new RefundRuleTerms(remedy, amountKind, amount, breachUnit, breachUnitSize, cap, currency, payout,
                    claimSteps.stream().map(Line::getText).toList(), claimDeadlineDays);
        }

        public boolean isPerBreachUnit() {
            return amountKind == AmountKind.PER_BREACH_UNIT;
        }

        public boolean isOnClaim() {
            return payout == Payout.ON_CLAIM;
        }

        public void addClaimStep() {
            claimSteps.add(new Line(null));
        }

        public void removeClaimStep(int index) {
            claimSteps.remove(index);
        }

        /** Moves a claim step one place earlier: the order is the order the customer follows. */
        public void moveClaimStepUp(int index) {
            if (index > 0 && index < claimSteps.size()) {
                claimSteps.add(index - 1, claimSteps.remove(index));
            }
        }

        public Remedy getRemedy() {
            return remedy;
        }

        public void setRemedy(Remedy remedy) {
            this.remedy = remedy;
        }

        public AmountKind getAmountKind() {
            return amountKind;
        }

        public void setAmountKind(AmountKind amountKind) {
            this.amountKind = amountKind;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public BreachUnit getBreachUnit() {
            return breachUnit;
        }

        public void setBreachUnit(BreachUnit breachUnit) {
            this.breachUnit = breachUnit;
        }

        public Integer getBreachUnitSize() {
            return breachUnitSize;
        }

        public void setBreachUnitSize(Integer breachUnitSize) {
            this.breachUnitSize = breachUnitSize;
        }

        public BigDecimal getCap() {
            return cap;
        }

        public void setCap(BigDecimal cap) {
            this.cap = cap;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }

        public Payout getPayout() {
            return payout;
        }

        public void setPayout(Payout payout) {
            this.payout = payout;
        }

        public List<Line> getClaimSteps() {
            return claimSteps;
        }

        public Integer getClaimDeadlineDays() {
            return claimDeadlineDays;
        }

        public void setClaimDeadlineDays(Integer claimDeadlineDays) {
            this.claimDeadlineDays = claimDeadlineDays;
        }
    }

    // ---- the fields

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPromise() {
        return promise;
    }

    public void setPromise(String promise) {
        this.promise = promise;
    }

    public GuaranteeMetric getMetric() {
        return metric;
    }

    public void setMetric(GuaranteeMetric metric) {
        this.metric = metric;
    }

    public ConditionOperator getOperator() {
        return operator;
    }

    public void setOperator(ConditionOperator operator) {
        this.operator = operator;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public ConditionUnit getUnit() {
        return unit;
    }

    public void setUnit(ConditionUnit unit) {
        this.unit = unit;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public void setEffectiveTo(LocalDate effectiveTo) {
        this.effectiveTo = effectiveTo;
    }

    public List<Line> getExclusions() {
        return exclusions;
    }

    public List<Channel> getClaimChannels() {
        return claimChannels;
    }

    public List<String> getTouchpointCodes() {
        return touchpointCodes;
    }

    public void setTouchpointCodes(List<String> touchpointCodes) {
        this.touchpointCodes = touchpointCodes == null ? new ArrayList<>() : new ArrayList<>(touchpointCodes);
    }

    public List<Rule> getRefundRules() {
        return refundRules;
    }
}
