package org.kohsuke.stapler;

/** Compile-only copy: an HTTP redirect to a (relative or absolute) URL. */
public final class HttpRedirect extends RuntimeException implements HttpResponse {
    public static final HttpRedirect DOT = null;

    public HttpRedirect(String url) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public HttpRedirect(int statusCode, String url) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
