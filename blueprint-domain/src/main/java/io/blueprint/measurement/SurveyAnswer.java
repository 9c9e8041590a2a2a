package io.blueprint.measurement;

import io.blueprint.journey.Channel;

import java.time.Instant;

/** A survey response: a CES answer with its scale, optional CSAT (1–5) and NPS (0–10). */
public record SurveyAnswer(long line, String id, String touchpointCode, Instant answeredAt, Channel channel,
                           int ces, CesScale scale, Integer csat, Integer nps, String customer) implements MeasuredRow {
    @Override
    public Instant at() {
        return answeredAt;
    }
}
