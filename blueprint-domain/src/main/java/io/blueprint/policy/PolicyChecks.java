package io.blueprint.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a guarantee's terms against principle 5 (a guarantee must be explicit). Reads only the
 * terms, so a form can be checked while it is typed; which touchpoints are customer-visible is
 * told by the caller, who can look them up.
 */
public final class PolicyChecks {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。\\n;]+");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

    private final PolicySettings settings;
    private final List<Pattern> vagueWords;

    public PolicyChecks(PolicySettings settings) {
        this.settings = settings;
        // longest first, so "as soon as possible" is named rather than the "soon" inside it
        this.vagueWords = settings.vagueWords().stream().filter(w -> !w.isBlank())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(PolicyChecks::wordPattern).toList();
    }

    /** Korean words take particles after them ("최대한의"), so only their start must stand free. */
    private static Pattern wordPattern(String word) {
        String quoted = Pattern.quote(word.strip().toLowerCase(Locale.ROOT));
        boolean hangul = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + quoted + (hangul ? "" : "(?![\\p{L}\\p{N}])"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Every finding for these terms, errors first.
     *
     * @param visibleTouchpoints the linked codes that name a customer-visible touchpoint of the guarantee's service
     */
    public List<PolicyFinding> check(GuaranteeTerms terms, Collection<String> visibleTouchpoints) {
        List<PolicyFinding> findings = new ArrayList<>();
        condition(terms, findings);
        claimChannels(terms, findings);
        exclusions(terms, findings);
        refundRules(terms, findings);
        touchpoints(terms, Set.copyOf(visibleTouchpoints), findings);
        words(terms, findings);
        findings.sort((a, b) -> a.severity().compareTo(b.severity()));
        return List.copyOf(findings);
    }

    /** Whether any finding keeps the terms from being published. */
    public static boolean blocksPublishing(List<PolicyFinding> findings) {
        return findings.stream().anyMatch(PolicyFinding::blocksPublishing);
    }

    private void add(List<PolicyFinding> findings, PolicyCheck check, String key, String path, Object... args) {
        findings.add(new PolicyFinding(check, settings.severityOf(check), key, List.of(args), path));
    }

    private void condition(GuaranteeTerms terms, List<PolicyFinding> findings) {
        GuaranteeCondition c = terms.condition();
        if (c.getMetric() == null) {
            add(findings, PolicyCheck.MEASURABLE_CONDITION, "policy.condition.metric", "condition.metric");
        }
        if (c.getOperator() == null) {
            add(findings, PolicyCheck.MEASURABLE_CONDITION, "policy.condition.operator", "condition.operator");
        }
        if (c.getThreshold() == null) {
            add(findings, PolicyCheck.MEASURABLE_CONDITION, "policy.condition.threshold", "condition.threshold");
        }
        if (c.getUnit() == null) {
            add(findings, PolicyCheck.MEASURABLE_CONDITION, "policy.condition.unit", "condition.unit");
        }
    }

    private void claimChannels(GuaranteeTerms terms, List<PolicyFinding> findings) {
        List<ClaimChannel> channels = terms.claimChannels();
        if (channels.isEmpty()) {
            add(findings, PolicyCheck.CLAIM_CHANNEL, "policy.claimChannel.none", "claimChannels");
            return;
        }
        for (int i = 0; i < channels.size(); i++) {
            ClaimChannel channel = channels.get(i);
            String path = "claimChannels[" + i + "]";
            int n = i + 1;
            channel.problem().ifPresent(key -> add(findings, PolicyCheck.CLAIM_CHANNEL, key, path, n,
                    channel.getContact() == null ? "" : channel.getContact()));
        }
    }

    private void exclusions(GuaranteeTerms terms, List<PolicyFinding> findings) {
        if (terms.exclusions().size() > settings.maxExclusions()) {
            add(findings, PolicyCheck.FEW_EXCLUSIONS, "policy.exclusions.tooMany", "exclusions",
                    terms.exclusions().size(), settings.maxExclusions());
        }
    }

    private void refundRules(GuaranteeTerms terms, List<PolicyFinding> findings) {
        List<RefundRuleTerms> rules = terms.refundRules();
        if (rules.isEmpty()) {
            add(findings, PolicyCheck.EXPLICIT_REMEDY, "policy.refundRule.none", "refundRules");
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            RefundRuleTerms rule = rules.get(i);
            String path = "refundRules[" + i + "]";
            int n = i + 1;
            if (rule.remedy() == null) {
                add(findings, PolicyCheck.EXPLICIT_REMEDY, "policy.refundRule.remedy", path + ".remedy", n);
            }
            if (rule.amountKind() == null || rule.amount() == null || rule.amount().signum() == 0) {
                add(findings, PolicyCheck.EXPLICIT_REMEDY, "policy.refundRule.amount", path + ".amount", n);
            }
            if (rule.payout() == Payout.ON_CLAIM) {
                if (rule.claimSteps().isEmpty()) {
                    add(findings, PolicyCheck.CLAIM_PROCEDURE_STATED, "policy.claim.noSteps", path + ".claimSteps", n);
                } else if (rule.claimSteps().size() > settings.maxClaimSteps()) {
                    add(findings, PolicyCheck.SHORT_CLAIM, "policy.claim.tooManySteps", path + ".claimSteps", n,
                            rule.claimSteps().size(), settings.maxClaimSteps());
                }
                if (rule.claimDeadlineDays() == null) {
                    add(findings, PolicyCheck.CLAIM_PROCEDURE_STATED, "policy.claim.noDeadline", path + ".claimDeadlineDays",
                            n);
                }
            }
        }
    }

    private void touchpoints(GuaranteeTerms terms, Set<String> visible, List<PolicyFinding> findings) {
        if (terms.touchpointCodes().isEmpty()) {
            add(findings, PolicyCheck.CUSTOMER_TOUCHPOINT, "policy.touchpoint.none", "touchpointCodes");
            return;
        }
        List<String> unknown = terms.touchpointCodes().stream().filter(code -> !visible.contains(code)).toList();
        if (unknown.size() == terms.touchpointCodes().size()) {
            add(findings, PolicyCheck.CUSTOMER_TOUCHPOINT, "policy.touchpoint.noneVisible", "touchpointCodes",
                    String.join(", ", unknown));
        } else if (!unknown.isEmpty()) {
            findings.add(new PolicyFinding(PolicyCheck.CUSTOMER_TOUCHPOINT, Severity.WARNING,
                    "policy.touchpoint.someUnknown", List.of(String.join(", ", unknown)), "touchpointCodes"));
        }
    }

    private void words(GuaranteeTerms terms, List<PolicyFinding> findings) {
        for (Map.Entry<String, String> text : List.of(Map.entry("title", nullToEmpty(terms.title())),
                Map.entry("promise", nullToEmpty(terms.promise())), Map.entry("scope", nullToEmpty(terms.scope())))) {
            for (String sentence : SENTENCE_END.split(text.getValue())) {
                if (DIGIT.matcher(sentence).find()) {
                    continue;
                }
                for (Pattern word : vagueWords) {
                    Matcher m = word.matcher(sentence);
                    if (m.find()) {
                        add(findings, PolicyCheck.EXACT_WORDS, "policy.words.vague", text.getKey(), m.group(), sentence.strip());
                        break;
                    }
                }
            }
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
