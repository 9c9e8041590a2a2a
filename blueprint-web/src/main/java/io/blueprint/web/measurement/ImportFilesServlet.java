package io.blueprint.web.measurement;

import io.blueprint.access.Role;
import io.blueprint.measurement.ImportRecords;
import io.blueprint.measurement.MeasureKind;
import io.blueprint.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The import page's downloads, for its signed-in session (the API takes no session): an import's error
 * report ({@code errors/42}) in the reader's language, and the sample file of a kind
 * ({@code sample/survey-responses}). The page's own rule applies: ops and admins only.
 */
@WebServlet(ImportFilesServlet.PATH + "/*")
public class ImportFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/measurement/import-files";
    /** The language the reader chose on the screens (see LocaleView), else the browser's. */
    private static final String LANGUAGE_COOKIE = "bp-lang";
    private static final Pattern ERRORS = Pattern.compile("/errors/(\\d{1,18})");
    private static final Pattern SAMPLE = Pattern.compile("/sample/([a-z-]+)");
    private static final String CSV = "text/csv;charset=UTF-8";

    @Inject
    ImportRecords records;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Role.OPS_NAME) && !request.isUserInRole(Role.ADMIN_NAME)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher errors = ERRORS.matcher(path);
        Matcher sample = SAMPLE.matcher(path);
        if (errors.matches()) {
            errorReport(Long.parseLong(errors.group(1)), locale(request), response);
        } else if (sample.matches() && MeasureKind.ofSlug(sample.group(1)).isPresent()) {
            MeasureKind kind = MeasureKind.ofSlug(sample.group(1)).orElseThrow();
            byte[] csv = SampleFiles.csv(kind);
            attachment(response, SampleFiles.fileName(kind));
            response.setContentLength(csv.length);
            response.getOutputStream().write(csv);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void errorReport(long id, Locale locale, HttpServletResponse response) throws IOException {
        if (records.find(id).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        attachment(response, "import-" + id + "-errors.csv");
        ErrorReport.write(records, id, locale, response.getOutputStream());
    }

    private static void attachment(HttpServletResponse response, String fileName) {
        response.setContentType(CSV);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    static Locale locale(HttpServletRequest request) {
        Optional<String> chosen = request.getCookies() == null ? Optional.empty() : Arrays.stream(request.getCookies())
                .filter(c -> LANGUAGE_COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
        return Messages.supported(chosen.map(Locale::forLanguageTag).orElse(request.getLocale()));
    }
}
