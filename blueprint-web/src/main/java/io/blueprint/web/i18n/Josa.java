package io.blueprint.web.i18n;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles that follow a noun only known at run time: 은/는, 이/가, 을/를, 과/와, 으로/로.
 * The Korean bundle writes the pair ("{0}은(는)", "{0}(으)로") and {@link #resolve} keeps the form the
 * noun takes, by whether the noun's last sound is a final consonant (받침) — for digits and Latin
 * letters by how a Korean reader says them ("2" 이, "7" 칠, "MIN" 민, "Okta" 옥타).
 */
public final class Josa {

    /** What the last spoken syllable of a noun ends in. */
    enum Ending { VOWEL, CONSONANT, RIEUL, UNKNOWN }

    /** A particle pair: the form after a final consonant, the form after a vowel (and, for 으로, after ㄹ). */
    public enum Particle {
        TOPIC("은", "는", "은(는)"),
        SUBJECT("이", "가", "이(가)"),
        OBJECT("을", "를", "을(를)"),
        AND("과", "와", "과(와)"),
        TOWARDS("으로", "로", "(으)로");

        private final String afterConsonant;
        private final String afterVowel;
        private final String marker;

        Particle(String afterConsonant, String afterVowel, String marker) {
            this.afterConsonant = afterConsonant;
            this.afterVowel = afterVowel;
            this.marker = marker;
        }

        String after(Ending ending) {
            return switch (ending) {
                case CONSONANT -> afterConsonant;
                case VOWEL -> afterVowel;
                // ㄹ takes 로 ("서울로"); for the other particles ㄹ is a final consonant like any other
                case RIEUL -> this == TOWARDS ? afterVowel : afterConsonant;
                case UNKNOWN -> marker;
            };
        }
    }

    private static final Pattern MARKER = Pattern.compile("은\\(는\\)|이\\(가\\)|을\\(를\\)|과\\(와\\)|\\(으\\)로");
    /** Closing marks between a noun and its particle: {@code "빠르게"는}, {@code (RET-CALL-01)을}. */
    private static final String CLOSERS = "\"'”’」』》〉)]}>»";
    /** How the letters of the Latin alphabet are named in Korean, when a word is read letter by letter. */
    private static final String LETTER_NAMES_WITH_FINAL = "LMNR";

    private Josa() {
    }

    /** {@code noun} followed by the form of {@code particle} it takes: ("서비스", OBJECT) → "서비스를". */
    public static String attach(String noun, Particle particle) {
        return noun + particle.after(ending(noun, noun.length()));
    }

    /** Every particle pair in {@code text} ("은(는)", "(으)로", …) replaced by the form its noun takes. */
    public static String resolve(String text) {
        if (text == null || text.indexOf('(') < 0) {
            return text;
        }
        Matcher matcher = MARKER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (matcher.find()) {
            out.append(text, copied, matcher.start());
            Particle particle = particleOf(matcher.group());
            out.append(particle.after(ending(text, matcher.start())));
            copied = matcher.end();
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    private static Particle particleOf(String marker) {
        for (Particle particle : Particle.values()) {
            if (particle.marker.equals(marker)) {
                return particle;
            }
        }
        throw new IllegalArgumentException(marker);
    }

    /** How the noun that ends just before {@code end} ends when spoken. */
    static Ending ending(CharSequence text, int end) {
        int i = end - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return Ending.UNKNOWN;
        }
        char last = text.charAt(i);
        if (last >= '가' && last <= '힣') {
            int finalConsonant = (last - '가') % 28;
            return finalConsonant == 0 ? Ending.VOWEL : finalConsonant == 8 ? Ending.RIEUL : Ending.CONSONANT;
        }
        if (last >= '0' && last <= '9') {
            return digits(last);
        }
        if (isLatin(last)) {
            return latin(text, i);
        }
        return Ending.UNKNOWN;
    }

    /**
     * A number as it is read in Sino-Korean: by its last non-zero digit (일 칠 팔 end in ㄹ; 삼 육 in
     * another consonant; 이 사 오 구 in a vowel), and any trailing zero makes 십, 백, 천, 만 or 영,
     * all ending in a consonant.
     */
    private static Ending digits(char digit) {
        return switch (digit) {
            case '0', '3', '6' -> Ending.CONSONANT;
            case '1', '7', '8' -> Ending.RIEUL;
            default -> Ending.VOWEL;
        };
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * Latin letters: a short run of capitals is an abbreviation read letter by letter (KPI 케이피아이,
     * URL 유알엘, CRM 씨알엠); anything else is a word, heard by its last letters (chat 챗, team 팀,
     * mail 메일, code 코드, user 유저, test 테스트).
     */
    private static Ending latin(CharSequence text, int last) {
        int start = last;
        while (start > 0 && isLatin(text.charAt(start - 1))) {
            start--;
        }
        String word = text.subSequence(start, last + 1).toString();
        if (word.length() <= 3 && word.equals(word.toUpperCase(Locale.ROOT))) {
            char letter = word.charAt(word.length() - 1);
            return LETTER_NAMES_WITH_FINAL.indexOf(letter) < 0 ? Ending.VOWEL
                    : letter == 'L' || letter == 'R' ? Ending.RIEUL : Ending.CONSONANT;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        char end = lower.charAt(lower.length() - 1);
        char before = lower.length() > 1 ? lower.charAt(lower.length() - 2) : 'x';
        if (end == 'l') {
            return Ending.RIEUL;
        }
        // a stop after a vowel closes the syllable (chat 챗, app 앱, web 웹); after a consonant it
        // gets a vowel of its own (test 테스트, desk 데스크), as d and g mostly do (card 카드, blog 블로그)
        if (end == 'm' || end == 'n' || lower.endsWith("ng") || lower.endsWith("ck")
                || ("bkpt".indexOf(end) >= 0 && "aeiou".indexOf(before) >= 0)) {
            return Ending.CONSONANT;
        }
        return Ending.VOWEL;
    }
}
