package io.jenkins.plugins.deploymentsop.checklist.check;

import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.ItemStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the TLS check against a loopback TLS server whose self-signed certificate the test creates with keytool. */
class TlsCheckTest {
    private static final String PASSWORD = "changeit";

    @TempDir
    static Path workspace;

    private static SSLServerSocket tlsServer;
    private static ServerSocket plainServer;
    private static final List<Thread> THREADS = new ArrayList<>();
    private static Instant issued;

    @BeforeAll
    static void startServers() throws Exception {
        Path keyStore = workspace.resolve("server.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost, O=Deployment SOP test",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                "90",
                "-keystore",
                keyStore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream input = Files.newInputStream(keyStore)) {
            store.load(input, PASSWORD.toCharArray());
        }
        X509Certificate certificate = (X509Certificate) store.getCertificate("server");
        // an hour into the 90 days of validity: 89 full days left
        issued = certificate.getNotBefore().toInstant().plus(Duration.ofHours(1));
        Files.createDirectories(workspace.resolve("certs"));
        Files.writeString(
                workspace.resolve("certs/server.pem"),
                "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                        + "\n-----END CERTIFICATE-----\n");
        KeyStore trust = KeyStore.getInstance("JKS");
        trust.load(null, null);
        trust.setCertificateEntry("server", certificate);
        try (OutputStream output = Files.newOutputStream(workspace.resolve("certs/trust.jks"))) {
            trust.store(output, PASSWORD.toCharArray());
        }

        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(keys.getKeyManagers(), null, null);
        tlsServer = (SSLServerSocket)
                ssl.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        serve(tlsServer, socket -> ((SSLSocket) socket).startHandshake());
        plainServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        serve(plainServer, socket -> {
            try (OutputStream output = socket.getOutputStream()) {
                output.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        });
    }

    @AfterAll
    static void stopServers() throws Exception {
        tlsServer.close();
        plainServer.close();
        for (Thread thread : THREADS) {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    private static void keytool(final String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("keytool failed: " + output);
        }
    }

    private static void serve(final ServerSocket server, final Handler handler) {
        Thread thread = new Thread(
                () -> {
                    while (!server.isClosed()) {
                        try (Socket socket = server.accept()) {
                            socket.setSoTimeout(5000);
                            handler.handle(socket);
                        } catch (IOException exception) {
                            // a refused handshake or the server closing: serve the next client
                        }
                    }
                },
                "tls-test-server");
        thread.setDaemon(true);
        thread.start();
        THREADS.add(thread);
    }

    /** Handles one accepted connection. */
    private interface Handler {
        void handle(Socket socket) throws IOException;
    }

    private static CheckOutcome evaluate(final String fields, final Instant now) {
        CheckContext context = CheckContext.builder(workspace)
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .build();
        return check(fields).evaluate(context);
    }

    private static String server(final String extra) {
        return "type: tls\nhost: 127.0.0.1\nport: " + tlsServer.getLocalPort() + "\n" + extra;
    }

    @Test
    void shouldPassATrustedCertificateValidLongEnough() {
        CheckOutcome outcome =
                evaluate(server("serverName: localhost\ntrust: certs/server.pem\nvalidFor: 30d"), issued);

        assertThat(outcome.status()).isEqualTo(ItemStatus.PASSED);
        assertThat(outcome.evidence())
                .startsWith("Certificate of 127.0.0.1:" + tlsServer.getLocalPort() + " (localhost)"
                        + " (CN=localhost,O=Deployment SOP test, issued by CN=localhost,O=Deployment SOP test)"
                        + " is trusted, matches localhost and is valid until ")
                .endsWith("(89 days, >= 30d)");
        assertThat(outcome.details().counts()).containsEntry("daysLeft", 89L);
    }

    @Test
    void shouldMatchIpAddressesAndAcceptAKeyStoreAsTrust() {
        assertThat(evaluate(server("trust: certs/trust.jks"), issued).status()).isEqualTo(ItemStatus.PASSED);
    }

    @Test
    void shouldFailACertificateThatExpiresTooSoonOrHasExpired() {
        assertThat(evaluate(server("serverName: localhost\ntrust: certs/server.pem\nvalidFor: 120d"), issued)
                        .evidence())
                .matches(".*: expires in 89 days on \\d{4}-\\d{2}-\\d{2}, less than the required 120d");
        CheckOutcome expired =
                evaluate(server("serverName: localhost\ntrust: certs/server.pem"), issued.plus(Duration.ofDays(100)));
        assertThat(expired.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(expired.evidence()).matches(".*\\): expired on \\d{4}-\\d{2}-\\d{2}");
        assertThat(evaluate(server("trust: certs/server.pem"), issued.minus(Duration.ofHours(2)))
                        .evidence())
                .contains(": not valid before ");
    }

    @Test
    void shouldFailAnUntrustedCertificate() {
        CheckOutcome outcome = evaluate(server("serverName: localhost"), issued);

        assertThat(outcome.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(outcome.evidence())
                .endsWith("): not trusted: it is self-signed and not among the trusted certificates");
    }

    @Test
    void shouldFailACertificateIssuedForAnotherName() {
        CheckOutcome outcome = evaluate(server("serverName: shop.example.com\ntrust: certs/server.pem"), issued);

        assertThat(outcome.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(outcome.evidence()).endsWith("): issued for [localhost, 127.0.0.1], not for shop.example.com");
    }

    @Test
    void shouldFailWhenTheServerDoesNotSpeakTlsOrNothingListens() throws IOException {
        CheckOutcome plain = evaluate("type: tls\nhost: 127.0.0.1\nport: " + plainServer.getLocalPort(), issued);
        assertThat(plain.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(plain.evidence())
                .startsWith("TLS handshake with 127.0.0.1:" + plainServer.getLocalPort() + " failed");

        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        CheckOutcome refused = evaluate("type: tls\nhost: 127.0.0.1\nport: " + closed + "\ntimeout: 2s", issued);
        assertThat(refused.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(refused.evidence()).startsWith("Cannot connect to 127.0.0.1:" + closed + ": ");
    }

    @Test
    void shouldBeAnErrorWhenTheTrustFileIsMissingOrUnusable() throws IOException {
        assertThat(evaluate(server("trust: certs/missing.pem"), issued))
                .hasToString("ERROR: Trust file not found: certs/missing.pem");
        Files.writeString(workspace.resolve("certs/empty.pem"), "not a certificate\n");
        CheckOutcome unusable = evaluate(server("trust: certs/empty.pem"), issued);
        assertThat(unusable.status()).isEqualTo(ItemStatus.ERROR);
        assertThat(unusable.evidence()).startsWith("Cannot use the trusted certificates of certs/empty.pem");
    }

    @Test
    void shouldMatchHostNamesAsBrowsersDo() {
        assertThat(HostnameMatcher.matchesName("shop.example.com", "*.example.com"))
                .isTrue();
        assertThat(HostnameMatcher.matchesName("SHOP.Example.com.", "shop.example.com"))
                .isTrue();
        assertThat(HostnameMatcher.matchesName("example.com", "*.example.com")).isFalse();
        assertThat(HostnameMatcher.matchesName("a.b.example.com", "*.example.com"))
                .isFalse();
        assertThat(HostnameMatcher.matchesName("example.com", "*.com")).isFalse();
        assertThat(HostnameMatcher.isIpLiteral("10.0.0.1")).isTrue();
        assertThat(HostnameMatcher.isIpLiteral("::1")).isTrue();
        assertThat(HostnameMatcher.isIpLiteral("shop.example.com")).isFalse();
    }
}
