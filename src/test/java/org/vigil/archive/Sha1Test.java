package org.vigil.archive;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class Sha1Test {

    @Test
    void digestsTheStandardTestVectors() {
        assertThat(hex("abc")).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
        assertThat(hex("")).isEqualTo("da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assertThat(Sha1.of("abc".getBytes(StandardCharsets.US_ASCII)).prefixedBase32())
                .isEqualTo("sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5");
    }

    @Test
    void agreesWithTheJdkOnEverySizeAndFromManyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> checks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                checks.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int size : new int[]{1, 55, 56, 63, 64, 65, 4096, 100_003, 1 << 20}) {
                        byte[] bytes = new byte[size];
                        random.nextBytes(bytes);
                        assertThat(Sha1.of(bytes).bytes()).as("%d bytes", size).isEqualTo(jdkSha1(bytes));
                    }
                    return null;
                }));
            }
            for (Future<?> check : checks) {
                check.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(Sha1.provider()).isIn("SUN", "SunPKCS11-NSS");
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(Sha1.of(text.getBytes(StandardCharsets.US_ASCII)).bytes());
    }

    private static byte[] jdkSha1(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-1", "SUN").digest(bytes);
    }
}
