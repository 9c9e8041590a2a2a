package io.blueprint.policy;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The thresholds the policy checks apply, and the company's time zone that decides which day
 * "today" is for effective dates. The web module reads them from MicroProfile Config.
 *
 * @param severities a severity per check; a check missing here keeps its default
 * @param fourEyes   the executive who publishes a version must not be the one who drafted or submitted it
 */
public record PolicySettings(int maxExclusions, int maxClaimSteps, List<String> vagueWords,
                             Map<PolicyCheck, Severity> severities, ZoneId zone, boolean fourEyes) {

    public static final List<String> DEFAULT_VAGUE_WORDS = List.of(
            "quickly", "promptly", "as soon as possible", "asap", "fast", "soon", "in a timely manner", "swiftly",
            "빠르게", "빨리", "최대한", "신속히", "신속하게", "조속히", "가능한 한", "즉시");

    public PolicySettings {
        vagueWords = List.copyOf(vagueWords);
        EnumMap<PolicyCheck, Severity> all = new EnumMap<>(PolicyCheck.class);
        for (PolicyCheck check : PolicyCheck.values()) {
            all.put(check, severities.getOrDefault(check, check.defaultSeverity()));
        }
        severities = Map.copyOf(all);
    }

    /** The defaults the product ships with: at most 3 exclusions, at most 3 claim steps, Seoul time, four eyes. */
    public static PolicySettings defaults() {
        return new PolicySettings(3, 3, DEFAULT_VAGUE_WORDS, Map.of(), ZoneId.of("Asia/Seoul"), true);
    }

    public Severity severityOf(PolicyCheck check) {
        return severities.get(check);
    }
}
