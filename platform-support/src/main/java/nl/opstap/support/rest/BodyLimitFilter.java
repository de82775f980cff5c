package nl.opstap.support.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Holds each endpoint to its {@link BodyLimit}: by the declared length, and while reading when none is declared. */
public class BodyLimitFilter {

    @ServerRequestFilter
    public void limitBody(ContainerRequestContext request, ResourceInfo resource) {
        if (!request.hasEntity() || resource == null || resource.getResourceMethod() == null) {
            return;
        }
        long limit = limitOf(resource) * 1024L;
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            if (HttpEdge.exceeds(declared, limit)) {
                throw tooLarge(limit);
            }
            return;
        }
        request.setEntityStream(new CountingStream(request.getEntityStream(), limit));
    }

    /** The method's limit, else its class's, else the default; RESTEasy resolves the method once per endpoint. */
    private static int limitOf(ResourceInfo resource) {
        BodyLimit limit = resource.getResourceMethod().getAnnotation(BodyLimit.class);
        if (limit == null) {
            limit = resource.getResourceClass().getAnnotation(BodyLimit.class);
        }
        return limit == null ? BodyLimit.DEFAULT_KB : limit.kilobytes();
    }

    private static ProblemException tooLarge(long limit) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, HttpEdge.tooLarge(limit));
    }

    /** Stops reading a body sent without a length once it passes the limit. */
    private static final class CountingStream extends FilterInputStream {

        private final long limit;
        private long read;

        CountingStream(InputStream in, long limit) {
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

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
