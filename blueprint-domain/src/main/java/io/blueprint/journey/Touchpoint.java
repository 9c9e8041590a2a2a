package io.blueprint.journey;

import io.blueprint.shared.AbstractEntity;
import io.blueprint.shared.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A customer-facing step with a channel and a stable code (e.g. {@code RET-CALL-01}) that
 * measured data refers to, its effort plan and its KPIs.
 */
@Entity
@Table(name = "touchpoint")
public class Touchpoint extends AbstractEntity {

    public static final int CODE_MAX = 40;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journey_id", nullable = false)
    private Journey journey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private Service service;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_id", nullable = false, unique = true)
    private Step step;

    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Embedded
    private EffortPlan effortPlan;

    @OneToMany(mappedBy = "touchpoint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Kpi> kpis = new ArrayList<>();

    protected Touchpoint() {
    }

    Touchpoint(Journey journey, Step step, String code, Channel channel) {
        this.journey = journey;
        this.service = journey.getService();
        this.step = step;
        recode(code);
        rechannel(channel);
    }

    /** Normalises a code as people type it ("ret-call-01 " → "RET-CALL-01") and checks its form. */
    public static String normaliseCode(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("touchpoint.code.required").at("code");
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (code.length() > CODE_MAX) {
            throw new DomainException("touchpoint.code.tooLong", CODE_MAX).at("code");
        }
        if (!CODE.matcher(code).matches()) {
            throw new DomainException("touchpoint.code.format", code).at("code");
        }
        return code;
    }

    /**
     * The refusal of a code that {@code holder} already has: it names the step and stage (and the
     * journey, when it is another one) so that the designer knows where to look.
     */
    public static DomainException codeTakenBy(Touchpoint holder) {
        return codeTakenBy(holder.getCode(), holder.getStep(), holder.getJourney());
    }

    static DomainException codeTakenBy(String code, Step holder, Journey journey) {
        return DomainException.conflict("touchpoint.code.taken", code, holder.getTitle(),
                holder.getStage().getName(), journey.getName()).at("code");
    }

    final void recode(String newCode) {
        this.code = normaliseCode(newCode);
    }

    final void rechannel(Channel newChannel) {
        if (newChannel == null) {
            throw new DomainException("touchpoint.channel.required").at("channel");
        }
        this.channel = newChannel;
    }

    public void plan(EffortPlan plan) {
        this.effortPlan = plan;
    }

    public Kpi addKpi(KpiMetric metric, BigDecimal target, String unit, KpiDirection direction, String owner) {
        Kpi kpi = new Kpi(this, metric, target, unit, direction, owner);
        kpis.add(kpi);
        return kpi;
    }

    public Kpi kpi(long kpiId) {
        return kpis.stream().filter(k -> k.getId() != null && k.getId() == kpiId).findFirst()
                .orElseThrow(() -> DomainException.notFound("kpi.notFound", kpiId));
    }

    public void removeKpi(Kpi kpi) {
        kpis.remove(kpi);
    }

    public boolean hasEffortPlan() {
        return effortPlan != null && effortPlan.isDefined();
    }

    public Journey getJourney() {
        return journey;
    }

    public Step getStep() {
        return step;
    }

    public String getCode() {
        return code;
    }

    public Channel getChannel() {
        return channel;
    }

    /** The plan, or null when none was set. */
    public EffortPlan getEffortPlan() {
        return effortPlan;
    }

    public List<Kpi> getKpis() {
        return Collections.unmodifiableList(kpis);
    }
}
