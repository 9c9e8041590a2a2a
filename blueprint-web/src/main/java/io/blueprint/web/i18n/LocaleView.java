package io.blueprint.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The language of the screens: the browser's choice first, then whatever the user switches to. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

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

    public boolean isKorean() {
        return Messages.KOREAN.equals(getLocale());
    }
}
