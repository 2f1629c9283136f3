package org.vigil.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class GzipMembersTest {

    @TempDir
    Path dir;

    @Test
    void eachFinishedMemberIsAGzipStreamOfItsOwn() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GzipMembers gzip = new GzipMembers(out);
        List<byte[]> inputs = List.of("WARC/1.1\r\nfirst record\r\n\r\n".getBytes(StandardCharsets.UTF_8),
                randomText(300_000), new byte[0], "last".getBytes(StandardCharsets.UTF_8));
        List<Integer> ends = new ArrayList<>();
        for (byte[] input : inputs) {
            // Written in pieces, as jwarc writes a record: header, then the block in chunks.
            for (int at = 0; at < input.length; at += 8192) {
                gzip.write(ByteBuffer.wrap(input, at, Math.min(8192, input.length - at)));
            }
            gzip.finishMember();
            ends.add(out.size());
        }
        gzip.close();
        byte[] all = out.toByteArray();
        int start = 0;
        for (int i = 0; i < inputs.size(); i++) {
            byte[] member = java.util.Arrays.copyOfRange(all, start, ends.get(i));
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(member))) {
                assertThat(in.readAllBytes()).as("member %d", i).isEqualTo(inputs.get(i));
            }
            start = ends.get(i);
        }
    }

    @Test
    void anIndependentGzipReadsTheMembersAsOneStream() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GzipMembers gzip = new GzipMembers(out);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 50; i++) {
            byte[] text = ("record " + i + "\n").repeat(200 + i).getBytes(StandardCharsets.UTF_8);
            gzip.write(ByteBuffer.wrap(text));
            gzip.finishMember();
            expected.writeBytes(text);
        }
        Path file = dir.resolve("members.gz");
        Files.write(file, out.toByteArray());
        Process gunzip = new ProcessBuilder("gzip", "-dc", file.toString()).redirectErrorStream(true).start();
        byte[] decompressed = gunzip.getInputStream().readAllBytes();
        assertThat(gunzip.waitFor()).isZero();
        assertThat(decompressed).isEqualTo(expected.toByteArray());
    }

    @Test
    void compressesNewsPagesAboutAsWellAsTheHighestLevelWould() throws IOException {
        byte[] page = ("<div class=\"story\"><p>Gunmen shot dead a former police commander in the city on Monday, "
                + "officials said.</p></div>\n").repeat(400).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GzipMembers gzip = new GzipMembers(out);
        gzip.write(ByteBuffer.wrap(page));
        gzip.finishMember();
        assertThat(out.size()).isLessThan(page.length / 20);
    }

    private static byte[] randomText(int length) {
        Random random = new Random(7);
        String[] words = "the a former commander was shot in district police said family".split(" ");
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(10) == 0 ? ".\n" : " ");
        }
        return text.substring(0, length).getBytes(StandardCharsets.UTF_8);
    }
}
