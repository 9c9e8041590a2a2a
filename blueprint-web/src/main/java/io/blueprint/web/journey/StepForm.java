package io.blueprint.web.journey;

import io.blueprint.journey.Channel;
import io.blueprint.journey.Lane;

import java.io.Serializable;
import java.math.BigDecimal;

/** What the step dialog edits: the card, where it sits, and its touchpoint with the effort plan. */
public class StepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long stepId;
    private Long stageId;
    private Lane lane;
    private String title;
    private String description;
    private String owningTeam;
    private boolean failPoint;
    private boolean waitPoint;
    private boolean touchpoint;
    private String code;
    private Channel channel;
    private BigDecimal targetCes;
    private Integer maxSteps;
    private Integer maxHandoffs;
    private Integer maxWaitSeconds;
    private Integer targetFcrPercent;

    /** A new card for the cell (stage, lane). */
    static StepForm blank(long stageId, Lane lane) {
        StepForm form = new StepForm();
        form.stageId = stageId;
        form.lane = lane;
        return form;
    }

    /** The dialog for an existing card. */
    static StepForm of(BlueprintModel.Card card) {
        StepForm form = new StepForm();
        form.stepId = card.id();
        form.stageId = card.stageId();
        form.lane = card.lane();
        form.title = card.title();
        form.description = card.description();
        form.owningTeam = card.owningTeam();
        form.failPoint = card.failPoint();
        form.waitPoint = card.waitPoint();
        form.touchpoint = card.isTouchpoint();
        form.code = card.code();
        form.channel = card.channel();
        form.targetCes = card.targetCes();
        form.maxSteps = card.maxSteps();
        form.maxHandoffs = card.maxHandoffs();
        form.maxWaitSeconds = card.maxWaitSeconds();
        form.targetFcrPercent = card.targetFcrPercent();
        return form;
    }

    public boolean isNew() {
        return stepId == null;
    }

    public Long getStepId() {
        return stepId;
    }

    public Long getStageId() {
        return stageId;
    }

    public void setStageId(Long stageId) {
        this.stageId = stageId;
    }

    public Lane getLane() {
        return lane;
    }

    public void setLane(Lane lane) {
        this.lane = lane;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwningTeam() {
        return owningTeam;
    }

    public void setOwningTeam(String owningTeam) {
        this.owningTeam = owningTeam;
    }

    public boolean isFailPoint() {
        return failPoint;
    }

    public void setFailPoint(boolean failPoint) {
        this.failPoint = failPoint;
    }

    public boolean isWaitPoint() {
        return waitPoint;
    }

    public void setWaitPoint(boolean waitPoint) {
        this.waitPoint = waitPoint;
    }

    public boolean isTouchpoint() {
        return touchpoint;
    }

    public void setTouchpoint(boolean touchpoint) {
        this.touchpoint = touchpoint;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public BigDecimal getTargetCes() {
        return targetCes;
    }

    public void setTargetCes(BigDecimal targetCes) {
        this.targetCes = targetCes;
    }

    public Integer getMaxSteps() {
        return maxSteps;
    }

    public void setMaxSteps(Integer maxSteps) {
        this.maxSteps = maxSteps;
    }

    public Integer getMaxHandoffs() {
        return maxHandoffs;
    }

    public void setMaxHandoffs(Integer maxHandoffs) {
        this.maxHandoffs = maxHandoffs;
    }

    public Integer getMaxWaitSeconds() {
        return maxWaitSeconds;
    }

    public void setMaxWaitSeconds(Integer maxWaitSeconds) {
        this.maxWaitSeconds = maxWaitSeconds;
    }

    public Integer getTargetFcrPercent() {
        return targetFcrPercent;
    }

    public void setTargetFcrPercent(Integer targetFcrPercent) {
        this.targetFcrPercent = targetFcrPercent;
    }
}
