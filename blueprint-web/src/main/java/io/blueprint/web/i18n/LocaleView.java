package io.blueprint.web.i18n;

import io.blueprint.web.security.TransportSecurity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.Serializable;
import java.time.Duration;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The language of the screens: the one the visitor switched to (kept in a cookie, so that anonymous
 * pages need no session), else the browser's choice.
 */
@Named
@RequestScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ZONE_COOKIE = "bp-tz";
    static final String LANGUAGE_COOKIE = "bp-lang";
    private static final int LANGUAGE_COOKIE_AGE = (int) Duration.ofDays(365).toSeconds();

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces == null) {
                return Messages.ENGLISH;
            }
            Object chosen = faces.getExternalContext().getRequestCookieMap().get(LANGUAGE_COOKIE);
            locale = chosen instanceof Cookie c ? Messages.supported(Locale.forLanguageTag(c.getValue()))
                    : Messages.supported(faces.getApplication().getViewHandler().calculateLocale(faces));
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
        if (faces != null) {
            remember(faces.getExternalContext(), locale);
        }
    }

    /** The choice outlives the session (and needs none): a year-long cookie, for this application only. */
    private static void remember(ExternalContext external, Locale locale) {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Cookie cookie = new Cookie(LANGUAGE_COOKIE, locale.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(LANGUAGE_COOKIE_AGE);
        cookie.setHttpOnly(true);
        cookie.setSecure(TransportSecurity.isSecure(request));
        cookie.setAttribute("SameSite", "Lax");
        ((HttpServletResponse) external.getResponse()).addCookie(cookie);
    }

    /**
     * Switches the language and shows the same page again in it, at its own address: a redirect to
     * the view with its view parameters ({@code editor.xhtml?journey=1}), not the bare address the
     * form was posted to.
     */
    public String switchTo(String language) {
        setLanguage(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null) {
            return null;
        }
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
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
