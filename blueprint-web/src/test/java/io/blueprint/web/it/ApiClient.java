package io.blueprint.web.it;

import io.blueprint.web.startup.DemoData.DemoUser;
import jakarta.json.JsonObject;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Calls to the REST API over real HTTP as one of the demo users, in English. */
final class ApiClient {

    private final URL base;
    private final HttpClient client = HttpClient.newHttpClient();

    /** The simulated client address (X-Forwarded-For, trusted from 127.0.0.1 in the test server), or null. */
    private String address;

    ApiClient(URL base) {
        this.base = base;
    }

    /**
     * This client's calls come from {@code address}, so the failed sign-ins a test makes on purpose
     * count against an address of its own rather than slowing down every other test's.
     */
    ApiClient from(String address) {
        this.address = address;
        return this;
    }

    /** The same upload in English, answered later: a test can do something else (stop the server) meanwhile. */
    java.util.concurrent.CompletableFuture<HttpResponse<String>> uploadAsync(DemoUser user, String path, String mediaType,
                                                                            byte[] file) {
        return client.sendAsync(uploadRequest(user, path, mediaType, file, "en"),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest uploadRequest(DemoUser user, String path, String mediaType, byte[] file, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(at(path))
                .header("Accept-Language", language)
                .header("Content-Type", mediaType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(file));
        if (user != null) {
            request.header("Authorization", Http.basic(user.username, user.password()));
        }
        return request.build();
    }

    URI at(String path) {
        return URI.create(base.toString()).resolve("/api/v1" + path);
    }

    /** A call as {@code user} (null: anonymous), with If-Match {@code etag} and a JSON {@code body} when not null. */
    HttpResponse<String> call(DemoUser user, String method, String path, String etag, String body) {
        return send(user, method, path, etag, body, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The same, with the answer read by {@code answer} (e.g. as bytes, for a download). */
    <T> HttpResponse<T> send(DemoUser user, String method, String path, String etag, String body,
                             HttpResponse.BodyHandler<T> answer) {
        return send(user == null ? null : Http.basic(user.username, user.password()), method, path, etag, body, answer);
    }

    /** A call with this Authorization header (Basic of any account, or a Bearer token; null: anonymous). */
    HttpResponse<String> callWith(String authorization, String method, String path, String etag, String body) {
        return send(authorization, method, path, etag, body, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(String authorization, String method, String path, String etag, String body,
                                     HttpResponse.BodyHandler<T> answer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(at(path))
                .header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (etag != null) {
            request.header("If-Match", etag);
        }
        try {
            return client.send(request.build(), answer);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file sent as the raw body with its media type, as {@code user}, answered in {@code language}. */
    HttpResponse<String> upload(DemoUser user, String path, String mediaType, byte[] file, String language) {
        try {
            return client.send(uploadRequest(user, path, mediaType, file, language), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET as {@code user} in {@code language}, the answer as text. */
    HttpResponse<String> get(DemoUser user, String path, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(at(path)).header("Accept-Language", language).GET()
                .header("Authorization", Http.basic(user.username, user.password()));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        return Http.json(response).asJsonObject();
    }

    static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }
}
