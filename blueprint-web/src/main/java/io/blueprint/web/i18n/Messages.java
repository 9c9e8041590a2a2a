package io.blueprint.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-visible text, in Korean and English, from one message bundle. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "io.blueprint.web.i18n.messages";
    public static final Locale KOREAN = Locale.KOREAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Never the server's own default locale: a reader gets the language asked for or English. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The text for {@code key} in the language of the current page. */
    public String get(String key, Object... arguments) {
        return format(locale(), key, arguments);
    }

    /** The language of the current page; English outside a page. */
    public Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : ENGLISH;
    }

    /**
     * The text for {@code key} in {@code locale}, Korean particles fitted to the arguments ({@link Josa});
     * the key itself when no bundle has it, so a gap shows.
     */
    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
        try {
            String pattern = bundle.getString(key);
            String text = arguments.length == 0 ? pattern
                    : new MessageFormat(pattern, bundle.getLocale()).format(named(bundle, arguments));
            // a Korean particle after an argument is written as a pair ("{0}(으)로") until the argument is known
            return KOREAN.equals(bundle.getLocale()) ? Josa.resolve(text) : text;
        } catch (MissingResourceException missing) {
            return key;
        }
    }

    /**
     * Enumerated arguments by their name in the reader's language: {@code GuaranteeStatus.DRAFT} is
     * looked up as "guaranteeStatus.DRAFT". One without a bundle entry stays as it is.
     */
    private static Object[] named(ResourceBundle bundle, Object[] arguments) {
        Object[] named = arguments.clone();
        for (int i = 0; i < named.length; i++) {
            if (named[i] instanceof Enum<?> value) {
                String key = enumKey(value.getDeclaringClass(), value.name());
                if (bundle.containsKey(key)) {
                    named[i] = bundle.getString(key);
                }
            }
        }
        return named;
    }

    /** The bundle key that names an enum value: {@code GuaranteeStatus.DRAFT} → "guaranteeStatus.DRAFT". */
    public static String enumKey(Class<?> type, String name) {
        String simple = type.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "." + name;
    }

    /** Korean for Korean readers, English for everybody else. */
    public static Locale supported(Locale requested) {
        return requested != null && KOREAN.getLanguage().equals(requested.getLanguage()) ? KOREAN : ENGLISH;
    }
}
