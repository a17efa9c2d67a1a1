package io.jenkins.plugins.deploymentsop.checklist.check;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matches a host name against a server certificate as RFC 6125 and browsers do: DNS names of the subject
 * alternative names, a wildcard only as the whole left-most label ({@code *.example.com} matches
 * {@code shop.example.com}, not {@code example.com} or {@code a.b.example.com}), IP addresses only against IP
 * entries. The subject's common name is not used, as RFC 9525 and current browsers decided.
 */
final class HostnameMatcher {
    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private HostnameMatcher() {}

    static boolean matches(final String host, final X509Certificate certificate) throws CertificateParsingException {
        if (isIpLiteral(host)) {
            for (String address : entries(certificate, IP_ADDRESS)) {
                if (sameAddress(host, address)) {
                    return true;
                }
            }
            return false;
        }
        for (String name : dnsNames(certificate)) {
            if (matchesName(host, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lists the names a certificate is valid for, for the evidence.
     *
     * @param certificate the certificate
     * @return DNS names and IP addresses
     */
    static List<String> names(final X509Certificate certificate) throws CertificateParsingException {
        List<String> names = new ArrayList<>(dnsNames(certificate));
        names.addAll(entries(certificate, IP_ADDRESS));
        return names;
    }

    private static List<String> dnsNames(final X509Certificate certificate) throws CertificateParsingException {
        return entries(certificate, DNS_NAME);
    }

    private static List<String> entries(final X509Certificate certificate, final int type)
            throws CertificateParsingException {
        List<String> names = new ArrayList<>();
        Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
        if (alternatives != null) {
            for (List<?> entry : alternatives) {
                if (entry.size() >= 2 && entry.get(0) instanceof Integer && (Integer) entry.get(0) == type) {
                    names.add(String.valueOf(entry.get(1)));
                }
            }
        }
        return names;
    }

    static boolean matchesName(final String host, final String pattern) {
        String hostName = strip(host);
        String name = strip(pattern);
        if (!name.startsWith("*.")) {
            return hostName.equals(name);
        }
        String suffix = name.substring(2);
        int dot = hostName.indexOf('.');
        // the wildcard stands for exactly one non-empty label, and never for a registry-level suffix like *.com
        return dot > 0 && suffix.contains(".") && hostName.substring(dot + 1).equals(suffix);
    }

    private static String strip(final String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    static boolean isIpLiteral(final String host) {
        return IPV4.matcher(host).matches() || host.contains(":");
    }

    private static boolean sameAddress(final String host, final String address) {
        try {
            // both are literals, so no name lookup happens
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).equals(InetAddress.getByName(address));
        } catch (UnknownHostException exception) {
            return false;
        }
    }
}
