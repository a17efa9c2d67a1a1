package io.jenkins.plugins.deploymentsop.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * What the decide endpoint answers: a redirect back to the page when the answer was taken, otherwise the HTTP status
 * with the reason as plain text, which chat-ops clients can show as it is (no error page around it).
 *
 * @param status the HTTP status
 * @param reason why the answer was refused; empty when taken
 */
record DecisionReply(int status, String reason) {
    static DecisionReply taken() {
        return new DecisionReply(HttpServletResponse.SC_FOUND, "");
    }

    static DecisionReply refused(final int status, final String reason) {
        return new DecisionReply(status, reason);
    }

    boolean isTaken() {
        return status == HttpServletResponse.SC_FOUND;
    }

    /**
     * Writes the reply.
     *
     * @param response the response
     * @throws IOException if it cannot be written
     */
    void send(final HttpServletResponse response) throws IOException {
        if (isTaken()) {
            response.sendRedirect(".");
            return;
        }
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        PrintWriter writer = response.getWriter();
        writer.print(reason + "\n");
        writer.flush();
    }
}
