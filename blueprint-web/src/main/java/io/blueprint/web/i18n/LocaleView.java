package io.blueprint.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import jakarta.servlet.http.Cookie;

import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The language of the screens: the browser's choice first, then whatever the user switches to. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ZONE_COOKIE = "bp-tz";

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale requested = faces == null ? null : faces.getApplication().getViewHandler().calculateLocale(faces);
            locale = Messages.supported(requested);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void setLanguage(String language) {
        locale = Messages.supported(Locale.forLanguageTag(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }

    /** Switches the language and shows the same page again in it. */
    public String switchTo(String language) {
        setLanguage(language);
        return null;
    }

    /** The viewer's time zone, as their browser reported it (see timezone.js); UTC until it has. */
    public ZoneId getZone() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object cookie = faces == null ? null : faces.getExternalContext().getRequestCookieMap().get(ZONE_COOKIE);
        if (cookie instanceof Cookie c) {
            try {
                return ZoneId.of(URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8));
            } catch (DateTimeException unknownZone) {
                return ZoneOffset.UTC;
            }
        }
        return ZoneOffset.UTC;
    }

    /** A moment in the viewer's language and time zone. */
    public String format(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(getZone()).format(instant);
    }

    /** A day in the viewer's language, e.g. "Nov 20, 2026" or "2026. 11. 20.". */
    public String date(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(day);
    }

    public boolean isKorean() {
        return Messages.KOREAN.equals(getLocale());
    }
}
