package org.vigil.crawl;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses URLs whose host resolves to a loopback, private, link-local or otherwise internal address,
 * so that a link or a redirect cannot make the harvester reach into the operator's own network.
 */
public final class AddressGuard {

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
     * @throws RefusedException when the host resolves to an address that may not be fetched
     * @throws UnknownHostException when the host does not resolve
     */
    public void check(URI uri) throws IOException {
        if (allowPrivate && !loopbackOnly) {
            return;
        }
        for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
            if (loopbackOnly && !address.isLoopbackAddress()) {
                throw new RefusedException("refused: " + uri.getHost() + " is not a loopback host, and politeness"
                        + " is off (politeness: off is only for benchmarks on loopback)");
            }
            String kind = internalKind(address);
            if (kind != null && !allowPrivate) {
                throw new RefusedException("refused: " + uri.getHost() + " resolves to " + kind + " address "
                        + address.getHostAddress() + " (set allow-private-addresses to fetch it)");
            }
        }
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

    /** A URL the harvester will not fetch. */
    public static class RefusedException extends java.io.IOException {
        public RefusedException(String message) {
            super(message);
        }
    }
}
