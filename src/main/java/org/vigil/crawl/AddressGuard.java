package org.vigil.crawl;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Refuses hosts that resolve to a loopback, private, link-local or otherwise internal address, so
 * that a link or a redirect cannot make the harvester reach into the operator's own network. It is
 * the HTTP client's resolver: the addresses it checks are the ones connected to, so a name that
 * resolves differently a moment later (DNS rebinding) cannot slip past it.
 */
public final class AddressGuard implements DnsResolver {

    private final boolean allowPrivate;
    private final boolean loopbackOnly;

    /**
     * @param allowPrivate internal addresses may be fetched (a job's own test site)
     * @param loopbackOnly only loopback addresses may be fetched (politeness off: benchmarks)
     */
    public AddressGuard(boolean allowPrivate, boolean loopbackOnly) {
        this.allowPrivate = allowPrivate;
        this.loopbackOnly = loopbackOnly;
    }

    /**
     * The host's addresses, when every one of them may be fetched.
     *
     * @throws RefusedException when the host resolves to an address that may not be fetched
     * @throws UnknownHostException when the host does not resolve
     */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        for (InetAddress address : addresses) {
            if (loopbackOnly && !address.isLoopbackAddress()) {
                throw new RefusedException("refused: " + host + " is not a loopback host, and politeness"
                        + " is off (politeness: off is only for benchmarks on loopback)");
            }
            String kind = internalKind(address);
            if (kind != null && !allowPrivate) {
                throw new RefusedException("refused: " + host + " resolves to " + kind + " address "
                        + address.getHostAddress() + " (set allow-private-addresses to fetch it)");
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }

    /** What kind of internal address this is, or null for a public one. */
    static String internalKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc ? "unique-local" : null;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0 || first == 100 && second >= 64 && second < 128 || first == 198 && (second == 18
                || second == 19) || first >= 240) {
            return "reserved";
        }
        return null;
    }

    /** A host the harvester will not connect to (an unknown host, as far as the HTTP client is concerned). */
    public static class RefusedException extends UnknownHostException {
        public RefusedException(String message) {
            super(message);
        }
    }
}
