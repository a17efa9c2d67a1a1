package org.kohsuke.stapler;

/** Compile-only copy: factory of common HTTP responses. */
public class HttpResponses {
    /** Compile-only copy: an HTTP response that can also be thrown. */
    public abstract static class HttpResponseException extends RuntimeException implements HttpResponse {
        public HttpResponseException() {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public HttpResponseException(String message) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public HttpResponseException(String message, Throwable cause) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public HttpResponseException(Throwable cause) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }
    }

    public static HttpResponseException ok() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static HttpResponseException notFound() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static HttpResponseException forbidden() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static HttpResponseException status(int code) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static HttpResponseException error(int code, String errorMessage) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static HttpResponseException error(Throwable cause) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static HttpResponseException errorWithoutStack(int code, String errorMessage) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static HttpRedirect redirectTo(String url) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static HttpRedirect redirectTo(int statusCode, String url) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static HttpResponse redirectToDot() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static HttpResponseException redirectViaContextPath(String relative) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static HttpResponse text(String text) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
