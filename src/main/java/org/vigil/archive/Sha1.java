package org.vigil.archive;

import org.netpreserve.jwarc.WarcDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;

/**
 * SHA-1 digests for WARC records, from the fastest implementation the JVM offers. A harvest runs on
 * the C1 compiler alone (see {@code src/main/dist/vigil}), where the JDK's own SHA-1 is plain Java at
 * about 150-250 MB/s and took half of a fetch thread's time on pages of a news site's weight. NSS,
 * reached through the JDK's SunPKCS11 provider (Debian's OpenJDK depends on libnss3), hashes three to
 * four times faster. Where NSS cannot be loaded the JDK's own SHA-1 is used; the digests are the same.
 */
final class Sha1 {

    private static final Logger log = LoggerFactory.getLogger(Sha1.class);
    /** NSS without a key database: digests need no keys, and nothing is read from or written to disk. */
    private static final String NSS_CONFIG = "--name=NSS\nnssDbMode=noDb\nattributes=compatibility\n";
    private static final Provider PROVIDER = nss();
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(Sha1::newDigest);

    private Sha1() {
    }

    /** The digest of {@code bytes}. */
    static WarcDigest of(byte[] bytes) {
        MessageDigest digest = DIGESTS.get();
        digest.update(bytes);
        // WarcDigest takes the value with digest(), which also resets the digester for the next use.
        return new WarcDigest(digest);
    }

    /** Which implementation computes the digests, for logs and tests. */
    static String provider() {
        return DIGESTS.get().getProvider().getName();
    }

    private static MessageDigest newDigest() {
        try {
            return PROVIDER == null ? MessageDigest.getInstance("SHA-1") : MessageDigest.getInstance("SHA-1", PROVIDER);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    private static Provider nss() {
        Provider pkcs11 = Security.getProvider("SunPKCS11");
        if (pkcs11 == null) {
            return null;
        }
        try {
            Provider nss = pkcs11.configure(NSS_CONFIG);
            MessageDigest.getInstance("SHA-1", nss).digest(new byte[1]);
            return nss;
        } catch (RuntimeException | NoSuchAlgorithmException e) {
            log.debug("NSS is not available for SHA-1 ({}); using the JDK's own", e.getMessage());
            return null;
        }
    }
}
