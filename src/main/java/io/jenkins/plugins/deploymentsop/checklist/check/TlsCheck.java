package io.jenkins.plugins.deploymentsop.checklist.check;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.Details;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateParsingException;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * "SSL/TLS certificates current and valid": the certificate a server presents on {@code host:port} is trusted, valid
 * now (at the check's clock), issued for the expected name and valid for at least {@code validFor} more (30 days by
 * default).
 */
public final class TlsCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "tls";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final String host;
    private final int port;

    @CheckForNull
    private final String serverName;

    private final TimeSpan validFor;

    @CheckForNull
    private final String trust;

    private final TimeSpan timeout;

    private TlsCheck(final ItemFields fields) {
        host = fields.string("host", "the server's host name or address, e.g. shop.example.com");
        port = fields.integer("port", 1, 65_535).orElse(443);
        serverName = fields.optionalString("serverName").orElse(null);
        validFor = fields.timeSpan("validFor").orElse(TimeSpan.valueOf("validFor", "30d"));
        trust = fields.optionalString("trust").orElse(null);
        timeout = fields.timeSpan("timeout").orElse(TimeSpan.ofSeconds(10));
        if (timeout.isZero()) {
            throw fields.invalid("timeout", "a duration above 0, e.g. 10s");
        }
    }

    static TlsCheck read(final ItemFields fields) {
        return new TlsCheck(fields);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean runsConcurrently() {
        return true;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) throws IOException {
        String target = context.expand(host);
        String name = serverName == null ? target : context.expand(serverName);
        String endpoint = target + ":" + port + (name.equals(target) ? "" : " (" + name + ")");
        Set<TrustAnchor> anchors = anchors(context);
        Instant now = context.clock().instant();
        CertificateInspector inspector = new CertificateInspector(anchors, now);
        try {
            handshake(inspector, target, name);
        } catch (UnknownHostException exception) {
            return CheckOutcome.failed("Cannot connect to " + endpoint + ": unknown host");
        } catch (SocketTimeoutException exception) {
            return CheckOutcome.failed("Cannot connect to " + endpoint + ": no answer within " + timeout);
        } catch (SSLException exception) {
            if (inspector.chain().isEmpty()) {
                return CheckOutcome.failed("TLS handshake with " + endpoint + " failed: " + exception.getMessage());
            }
        } catch (IOException exception) {
            return CheckOutcome.failed("Cannot connect to " + endpoint + ": " + exception.getMessage());
        }
        if (inspector.chain().isEmpty()) {
            return CheckOutcome.failed("No certificate received from " + endpoint);
        }
        return judge(endpoint, name, inspector, now);
    }

    private Set<TrustAnchor> anchors(final CheckContext context) throws IOException {
        try {
            if (trust == null) {
                return TrustAnchors.defaults();
            }
            Path file = context.workspace().resolve("trust", context.expand(trust));
            if (!Files.isRegularFile(file)) {
                throw CheckProblem.error(
                        "Trust file not found: " + context.workspace().display(file));
            }
            return TrustAnchors.load(file);
        } catch (GeneralSecurityException exception) {
            throw CheckProblem.error("Cannot use the trusted certificates" + (trust == null ? "" : " of " + trust)
                    + ": " + exception.getMessage());
        }
    }

    private void handshake(final CertificateInspector inspector, final String target, final String name)
            throws IOException {
        SSLContext ssl;
        try {
            ssl = SSLContext.getInstance("TLS");
            ssl.init(null, new TrustManager[] {inspector}, null);
        } catch (GeneralSecurityException exception) {
            throw new IOException("TLS is not available: " + exception.getMessage(), exception);
        }
        try (SSLSocket socket = (SSLSocket) ssl.getSocketFactory().createSocket()) {
            int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
            socket.connect(new InetSocketAddress(target, port), millis);
            socket.setSoTimeout(millis);
            if (!HostnameMatcher.isIpLiteral(name)) {
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setServerNames(List.of(new SNIHostName(name)));
                socket.setSSLParameters(parameters);
            }
            socket.startHandshake();
        }
    }

    private CheckOutcome judge(
            final String endpoint, final String name, final CertificateInspector inspector, final Instant now)
            throws IOException {
        X509Certificate leaf = inspector.chain().get(0);
        Instant notBefore = leaf.getNotBefore().toInstant();
        Instant notAfter = leaf.getNotAfter().toInstant();
        long daysLeft = Duration.between(now, notAfter).toDays();
        List<String> problems = new ArrayList<>();
        boolean expired = now.isAfter(notAfter);
        if (now.isBefore(notBefore)) {
            problems.add("not valid before " + DATE.format(notBefore));
        } else if (expired) {
            problems.add("expired on " + DATE.format(notAfter));
        }
        List<String> names;
        try {
            names = HostnameMatcher.names(leaf);
            if (names.isEmpty()) {
                problems.add("it names no host (no subject alternative names), so it is valid for none");
            } else if (!HostnameMatcher.matches(name, leaf)) {
                problems.add("issued for " + names + ", not for " + name);
            }
        } catch (CertificateParsingException exception) {
            throw new IOException("unreadable certificate names: " + exception.getMessage(), exception);
        }
        untrusted(inspector.failure(), leaf, expired || now.isBefore(notBefore)).ifPresent(problems::add);
        if (!expired && now.plus(validFor.toDuration()).isAfter(notAfter)) {
            problems.add(String.format(
                    "expires in %d days on %s, less than the required %s", daysLeft, DATE.format(notAfter), validFor));
        }
        Details details = Details.builder()
                .count("daysLeft", Math.max(0, daysLeft))
                .failures(problems)
                .output(inspector.chain().stream()
                        .map(certificate ->
                                certificate.getSubjectX500Principal().getName())
                        .collect(java.util.stream.Collectors.toList()))
                .build();
        String subject = leaf.getSubjectX500Principal().getName();
        if (!problems.isEmpty()) {
            return CheckOutcome.failed(
                            String.format("Certificate of %s (%s): %s", endpoint, subject, String.join("; ", problems)))
                    .withDetails(details);
        }
        return CheckOutcome.passed(String.format(
                        "Certificate of %s (%s, issued by %s) is trusted, matches %s and is valid until %s (%d days,"
                                + " >= %s)",
                        endpoint,
                        subject,
                        leaf.getIssuerX500Principal().getName(),
                        name,
                        DATE.format(notAfter),
                        daysLeft,
                        validFor))
                .withDetails(details);
    }

    private static Optional<String> untrusted(
            @CheckForNull final GeneralSecurityException failure,
            final X509Certificate leaf,
            final boolean leafOutsideValidity) {
        if (failure == null) {
            return Optional.empty();
        }
        if (failure instanceof CertPathValidatorException) {
            CertPathValidatorException.Reason reason = ((CertPathValidatorException) failure).getReason();
            if (reason == CertPathValidatorException.BasicReason.EXPIRED
                    || reason == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                // the leaf's dates are reported already; otherwise a certificate above it is out of date
                return leafOutsideValidity
                        ? Optional.empty()
                        : Optional.of("not trusted: a certificate of the chain is out of date (" + failure.getMessage()
                                + ")");
            }
        }
        boolean selfSigned = leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal());
        if (selfSigned) {
            return Optional.of("not trusted: it is self-signed and not among the trusted certificates");
        }
        return Optional.of("not trusted: issued by "
                + leaf.getIssuerX500Principal().getName() + " (" + failure.getMessage() + ")");
    }

    public TimeSpan validFor() {
        return validFor;
    }
}
