package io.blueprint.web.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A real HTTP client for the tests: its own cookie jar, redirects shown rather than followed. */
public final class Http {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    /** The request parameter in which PrimeFaces' script adds the page's CSP nonce to every form it posts. */
    public static final String NONCE_PARAMETER = "primefaces.nonce";

    private final CookieManager cookies = new CookieManager();
    /** Headers sent with every request of this client, e.g. the X-Forwarded-For of a simulated client address. */
    private final java.util.List<String> always = new java.util.ArrayList<>();
    // HTTP/1.1, as browsers speak it over plain http: the JDK's default asks every first request to
    // upgrade to HTTP/2 (h2c), which no browser does and which once left a request unanswered for 60 s
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /**
     * This client's requests come from {@code address} as a trusted load balancer reports it (the test
     * server trusts 127.0.0.1), so throttling per address can be tested without locking out the others.
     */
    public Http from(String address) {
        always.add("X-Forwarded-For");
        always.add(address);
        return this;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    public HttpResponse<String> get(URI uri, String... headers) {
        return send(request(uri, headers).GET().build());
    }

    public HttpResponse<String> postJson(URI uri, String body, String... headers) {
        return send(request(uri, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> postForm(URI uri, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(uri, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The Faces view state a page's form carries, to post the form back as a browser would. */
    public static String viewState(HttpResponse<String> page) {
        Matcher matcher = VIEW_STATE.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no Faces view state in the page: " + page.uri());
        }
        return matcher.group(1);
    }

    /** The CSP nonce of a page's scripts, which PrimeFaces' script posts back with every form (null: none). */
    public static String nonce(HttpResponse<String> page) {
        Matcher matcher = NONCE.matcher(page.body());
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The fields a browser posts with every form of {@code page}: its view state and, with CSP, the nonce. */
    public static Map<String, String> formState(HttpResponse<String> page) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("jakarta.faces.ViewState", viewState(page));
        String nonce = nonce(page);
        if (nonce != null) {
            fields.put(NONCE_PARAMETER, nonce);
        }
        return fields;
    }

    /** Opens the sign-in form at {@code loginPage} as a browser does and posts it with these values. */
    public HttpResponse<String> signIn(URI loginPage, String username, String password, String next) {
        Map<String, String> fields = formState(get(loginPage));
        fields.putAll(Map.of(
                "login", "login",
                "login:username", username,
                "login:password", password,
                "login:next", next,
                "login:submit", ""));
        return postForm(loginPage, fields);
    }

    /** The value of the cookie called {@code name} that the server set, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private HttpRequest.Builder request(URI uri, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (!always.isEmpty()) {
            builder.headers(always.toArray(String[]::new));
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
