package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.util.UntrustedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** Loads the certificates a TLS item trusts: the JDK's default trust store, or a PEM file or key store. */
final class TrustAnchors {
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    private TrustAnchors() {}

    /**
     * Returns the JDK's default trusted certificates (the {@code cacerts} of the controller's Java).
     *
     * @return the anchors
     * @throws GeneralSecurityException if the trust store cannot be loaded
     */
    static Set<TrustAnchor> defaults() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        Set<TrustAnchor> anchors = new HashSet<>();
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager) {
                for (X509Certificate certificate : ((X509TrustManager) manager).getAcceptedIssuers()) {
                    anchors.add(new TrustAnchor(certificate, null));
                }
            }
        }
        return Collections.unmodifiableSet(anchors);
    }

    /**
     * Loads the certificates of a PEM file ({@code .pem}, {@code .crt}, {@code .cer}) or of a key store
     * ({@code .jks}, {@code .p12}, {@code .pfx}; read without a password, certificate entries only).
     *
     * @param file the file
     * @return the anchors, at least one
     * @throws IOException if the file cannot be read
     * @throws GeneralSecurityException if it holds no usable certificate
     */
    static Set<TrustAnchor> load(final Path file) throws IOException, GeneralSecurityException {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        Set<TrustAnchor> anchors = new HashSet<>();
        try (InputStream input = UntrustedInput.open(file, MAX_BYTES)) {
            if (name.endsWith(".jks") || name.endsWith(".p12") || name.endsWith(".pfx") || name.endsWith(".keystore")) {
                KeyStore store = KeyStore.getInstance(name.endsWith(".jks") ? "JKS" : "PKCS12");
                store.load(input, null);
                for (String alias : Collections.list(store.aliases())) {
                    Certificate certificate = store.getCertificate(alias);
                    if (certificate instanceof X509Certificate) {
                        anchors.add(new TrustAnchor((X509Certificate) certificate, null));
                    }
                }
            } else {
                for (Certificate certificate :
                        CertificateFactory.getInstance("X.509").generateCertificates(input)) {
                    anchors.add(new TrustAnchor((X509Certificate) certificate, null));
                }
            }
        }
        if (anchors.isEmpty()) {
            throw new GeneralSecurityException("no certificate found (a key store must be readable without password;"
                    + " otherwise export the certificates as PEM)");
        }
        return Collections.unmodifiableSet(anchors);
    }
}
