package io.jenkins.plugins.deploymentsop.checklist.check;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A trust manager that keeps the server's certificate chain for inspection and validates it with PKIX against the
 * item's trusted certificates at the check's clock time. An untrusted chain aborts the handshake, as any client
 * would; the kept chain and the validation error still let the check explain why.
 */
final class CertificateInspector extends X509ExtendedTrustManager {
    private final Set<TrustAnchor> anchors;
    private final Instant now;

    @CheckForNull
    private X509Certificate[] chain;

    @CheckForNull
    private GeneralSecurityException failure;

    CertificateInspector(final Set<TrustAnchor> anchors, final Instant now) {
        super();
        this.anchors = anchors;
        this.now = now;
    }

    @Override
    public void checkServerTrusted(final X509Certificate[] certificates, final String authType)
            throws CertificateException {
        chain = certificates.clone();
        try {
            validate(certificates);
        } catch (GeneralSecurityException exception) {
            failure = exception;
            throw new CertificateException("certificate chain not trusted: " + exception.getMessage(), exception);
        }
    }

    @Override
    public void checkServerTrusted(final X509Certificate[] certificates, final String authType, final Socket socket)
            throws CertificateException {
        checkServerTrusted(certificates, authType);
    }

    @Override
    public void checkServerTrusted(final X509Certificate[] certificates, final String authType, final SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(certificates, authType);
    }

    @Override
    public void checkClientTrusted(final X509Certificate[] certificates, final String authType)
            throws CertificateException {
        throw new CertificateException("This trust manager only checks servers");
    }

    @Override
    public void checkClientTrusted(final X509Certificate[] certificates, final String authType, final Socket socket)
            throws CertificateException {
        checkClientTrusted(certificates, authType);
    }

    @Override
    public void checkClientTrusted(final X509Certificate[] certificates, final String authType, final SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(certificates, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return anchors.stream().map(TrustAnchor::getTrustedCert).toArray(X509Certificate[]::new);
    }

    private void validate(final X509Certificate[] certificates) throws GeneralSecurityException {
        List<X509Certificate> path = new ArrayList<>(Arrays.asList(certificates));
        // servers may send the root too; the path to validate ends below a trusted certificate
        while (!path.isEmpty() && isAnchor(path.get(path.size() - 1))) {
            path.remove(path.size() - 1);
        }
        if (path.isEmpty()) {
            return;
        }
        CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
        try {
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
        } catch (InvalidAlgorithmParameterException exception) {
            throw new GeneralSecurityException("no trusted certificates to validate against", exception);
        }
    }

    private boolean isAnchor(final X509Certificate certificate) {
        for (TrustAnchor anchor : anchors) {
            if (certificate.equals(anchor.getTrustedCert())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the chain the server sent, if the handshake got that far.
     *
     * @return the chain, leaf first, or an empty list
     */
    List<X509Certificate> chain() {
        return chain == null ? List.of() : List.of(chain);
    }

    /**
     * Returns why the chain is not trusted, if it is not.
     *
     * @return the validation failure
     */
    @CheckForNull
    GeneralSecurityException failure() {
        return failure;
    }
}
