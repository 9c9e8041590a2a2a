package io.blueprint.policy;

import io.blueprint.shared.AbstractEntity;
import io.blueprint.shared.DomainException;
import io.blueprint.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * What a customer gets when the guarantee it belongs to is broken: the remedy, the amount
 * (fixed, a percentage of the order, or per unit of breach), a cap, and how to claim it.
 */
@Entity
@Table(name = "refund_rule")
public class RefundRule extends AbstractEntity {

    public static final int CLAIM_STEP_MAX = 300;
    public static final int CLAIM_STEPS_LIMIT = 10;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guarantee_id", nullable = false)
    private ServiceGuarantee guarantee;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Remedy remedy;

    @Enumerated(EnumType.STRING)
    @Column(name = "amount_kind", length = 30)
    private AmountKind amountKind;

    @Column(precision = 14, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "breach_unit", length = 20)
    private BreachUnit breachUnit;

    @Column(name = "breach_unit_size")
    private Integer breachUnitSize;

    @Column(precision = 14, scale = 2)
    private BigDecimal cap;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Payout payout;

    @ElementCollection
    @CollectionTable(name = "refund_rule_claim_step", joinColumns = @JoinColumn(name = "refund_rule_id"))
    @OrderColumn(name = "position")
    @Column(name = "step", nullable = false, length = CLAIM_STEP_MAX)
    private List<String> claimSteps = new ArrayList<>();

    @Column(name = "claim_deadline_days")
    private Integer claimDeadlineDays;

    protected RefundRule() {
    }

    RefundRule(ServiceGuarantee guarantee, int position, RefundRuleTerms terms) {
        this.guarantee = guarantee;
        this.position = position;
        validate(terms);
        this.remedy = terms.remedy();
        this.amountKind = terms.amountKind();
        this.amount = terms.amount();
        this.breachUnit = terms.amountKind() == AmountKind.PER_BREACH_UNIT ? terms.breachUnit() : null;
        this.breachUnitSize = terms.amountKind() == AmountKind.PER_BREACH_UNIT
                ? (terms.breachUnitSize() == null ? Integer.valueOf(1) : terms.breachUnitSize()) : null;
        this.cap = terms.cap();
        this.currency = terms.currency();
        this.payout = terms.payout();
        this.claimSteps = new ArrayList<>(terms.payout() == Payout.AUTOMATIC ? List.of()
                : terms.claimSteps().stream().map(String::strip).toList());
        this.claimDeadlineDays = terms.payout() == Payout.AUTOMATIC ? null : terms.claimDeadlineDays();
    }

    /** Refuses what no draft should hold: negative sums, percentages over 100, unknown currencies. */
    public static void validate(RefundRuleTerms terms) {
        if (terms.amount() != null && terms.amount().signum() < 0) {
            throw new DomainException("refundRule.amount.negative").at("amount");
        }
        if (terms.amount() != null && terms.amount().scale() > 2) {
            throw new DomainException("refundRule.amount.scale").at("amount");
        }
        if (terms.amountKind() == AmountKind.PERCENT_OF_ORDER && terms.amount() != null
                && terms.amount().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new DomainException("refundRule.percent.range").at("amount");
        }
        if (terms.amount() != null && GuaranteeCondition.integerDigits(terms.amount()) > GuaranteeCondition.INTEGER_DIGITS) {
            throw new DomainException("refundRule.amount.tooLarge", GuaranteeCondition.MAX_NUMBER).at("amount");
        }
        if (terms.cap() != null && terms.cap().signum() < 0) {
            throw new DomainException("refundRule.cap.negative").at("cap");
        }
        if (terms.cap() != null && (terms.cap().scale() > 2
                || GuaranteeCondition.integerDigits(terms.cap()) > GuaranteeCondition.INTEGER_DIGITS)) {
            throw new DomainException("refundRule.cap.tooLarge", GuaranteeCondition.MAX_NUMBER).at("cap");
        }
        if (terms.breachUnitSize() != null && terms.breachUnitSize() < 1) {
            throw new DomainException("refundRule.breachUnitSize.range").at("breachUnitSize");
        }
        if (terms.amountKind() == AmountKind.PER_BREACH_UNIT && terms.breachUnit() == null) {
            throw new DomainException("refundRule.breachUnit.required").at("breachUnit");
        }
        if (terms.claimDeadlineDays() != null && terms.claimDeadlineDays() < 1) {
            throw new DomainException("refundRule.claimDeadline.range").at("claimDeadlineDays");
        }
        try {
            Currency.getInstance(terms.currency());
        } catch (IllegalArgumentException e) {
            throw new DomainException("refundRule.currency.unknown", terms.currency()).at("currency");
        }
        if (terms.claimSteps().size() > CLAIM_STEPS_LIMIT) {
            throw new DomainException("refundRule.claimSteps.tooMany", CLAIM_STEPS_LIMIT).at("claimSteps");
        }
        for (int i = 0; i < terms.claimSteps().size(); i++) {
            try {
                Text.required(terms.claimSteps().get(i), CLAIM_STEP_MAX, "refundRule.claimStep");
            } catch (DomainException e) {
                throw e.at("claimSteps[" + i + "]");
            }
        }
    }

    /** What a customer is owed under this rule: see {@link RefundRuleTerms#compensation}. */
    public BigDecimal compensation(BigDecimal orderValue, BigDecimal breach) {
        return terms().compensation(orderValue, breach);
    }

    public RefundRuleTerms terms() {
        return new RefundRuleTerms(remedy, amountKind, GuaranteeCondition.plain(amount), breachUnit, breachUnitSize,
                GuaranteeCondition.plain(cap), currency, payout,
                List.copyOf(claimSteps), claimDeadlineDays);
    }

    public ServiceGuarantee getGuarantee() {
        return guarantee;
    }

    public int getPosition() {
        return position;
    }

    public Remedy getRemedy() {
        return remedy;
    }

    public AmountKind getAmountKind() {
        return amountKind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BreachUnit getBreachUnit() {
        return breachUnit;
    }

    public Integer getBreachUnitSize() {
        return breachUnitSize;
    }

    public BigDecimal getCap() {
        return cap;
    }

    public String getCurrency() {
        return currency;
    }

    public Payout getPayout() {
        return payout;
    }

    public List<String> getClaimSteps() {
        return List.copyOf(claimSteps);
    }

    public Integer getClaimDeadlineDays() {
        return claimDeadlineDays;
    }
}
