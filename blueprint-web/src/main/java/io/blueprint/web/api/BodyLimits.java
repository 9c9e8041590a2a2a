package io.blueprint.web.api;

import io.blueprint.web.i18n.Messages;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Every request body has a stated limit, checked before it is parsed: a journey document
 * ({@code blueprint.api.max-document-bytes}, 2 MiB) and any other JSON body
 * ({@code blueprint.api.max-body-bytes}, 256 KiB). A declared length over the limit is refused at
 * once with 413; a body sent without a length is counted as it is read and refused the same way
 * when it passes the limit.
 */
@Provider
@PreMatching
public class BodyLimits implements ContainerRequestFilter {

    private static final String DOCUMENT_PATH = "journeys/import";
    private static final String IMPORT_PATH = "imports/";
    private static final String FEED_PATH = "measurements/";

    /** Read once: a provider lives as long as the deployment, and the settings do not change while it runs. */
    private final long documentLimit = setting("blueprint.api.max-document-bytes", 2L * 1024 * 1024);
    private final long bodyLimit = setting("blueprint.api.max-body-bytes", 256L * 1024);
    /** Files of measured data stream to disk as they arrive; JSON batches from feeds are read whole. */
    private final long importLimit = setting("blueprint.measurement.max-file-bytes", 512L * 1024 * 1024);
    private final long feedLimit = setting("blueprint.measurement.max-feed-bytes", 8L * 1024 * 1024);

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        long limit = path.endsWith(DOCUMENT_PATH) ? documentLimit
                : path.startsWith(IMPORT_PATH) || path.startsWith("/" + IMPORT_PATH) ? importLimit
                : path.startsWith(FEED_PATH) || path.startsWith("/" + FEED_PATH) ? feedLimit : bodyLimit;
        int declared = request.getLength();
        if (declared > limit) {
            request.abortWith(tooLarge(request.getAcceptableLanguages(), limit));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    private static long setting(String name, long defaultBytes) {
        return ConfigProvider.getConfig().getOptionalValue(name, Long.class).orElse(defaultBytes);
    }

    static Response tooLarge(List<java.util.Locale> languages, long limit) {
        return ErrorResponses.answer(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body.tooLarge",
                Messages.format(ErrorResponses.locale(languages), "api.body.tooLarge", limit / 1024), List.of());
    }

    /** Thrown while reading a body that turned out longer than its limit. */
    static final class TooLarge extends IOException {
        final long limit;

        TooLarge(long limit) {
            super("request body over " + limit + " bytes");
            this.limit = limit;
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }
    }

    /** A body that ran over its limit while being read: 413, as if it had said its length. */
    @Provider
    public static class TooLargeMapper implements ExceptionMapper<TooLarge> {

        @jakarta.ws.rs.core.Context
        jakarta.ws.rs.core.HttpHeaders headers;

        @Override
        public Response toResponse(TooLarge e) {
            return tooLarge(headers == null ? List.of() : headers.getAcceptableLanguages(), e.limit);
        }
    }
}
