package org.vigil.report;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes briefings into the output folder and keeps {@code output/<job>/index.json} listing them,
 * one entry per period (a re-run for the same period replaces its entry). Both files are written to
 * a temporary file in the same folder and moved into place atomically, so a reader never sees a
 * half-written PDF or index; publishers of the same job are serialised by a lock file.
 */
public final class BriefingPublisher {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path outputDir;
    private final BriefingRenderer renderer;

    /** @param outputDir the run's {@code HOME/output} folder */
    public BriefingPublisher(Path outputDir) {
        this(outputDir, new BriefingRenderer());
    }

    public BriefingPublisher(Path outputDir, BriefingRenderer renderer) {
        this.outputDir = outputDir;
        this.renderer = renderer;
    }

    /** Renders and writes the briefing, then records it in the job's index. */
    public PublishedBriefing publish(Briefing briefing) throws IOException {
        Path jobDir = outputDir.resolve(briefing.jobName());
        String indexPath = briefing.period().kind().id() + "/" + briefing.jobName() + "-" + briefing.period().label() + ".pdf";
        Path file = jobDir.resolve(indexPath);
        Files.createDirectories(file.getParent());
        MessageDigest sha256 = sha256();
        writeAtomically(file, out -> {
            renderer.render(briefing, new DigestOutputStream(out, sha256));
        });
        PublishedBriefing published = new PublishedBriefing(briefing.period(), file, indexPath,
                HexFormat.of().formatHex(sha256.digest()), briefing.incidents().size(), briefing.generatedAt());
        try (FileChannel lockFile = FileChannel.open(jobDir.resolve(".index.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            updateIndex(jobDir, briefing.jobName(), published);
        }
        return published;
    }

    private static void updateIndex(Path jobDir, String job, PublishedBriefing published) throws IOException {
        Path index = jobDir.resolve("index.json");
        List<JsonNode> entries = new ArrayList<>();
        if (Files.exists(index)) {
            JsonNode existing;
            try {
                existing = JSON.readTree(Files.readAllBytes(index));
            } catch (JacksonException e) {
                throw new IOException(index + ": not valid JSON (" + e.getOriginalMessage() + "); move it away to start a new index");
            }
            if (existing == null || !existing.path("briefings").isArray()) {
                throw new IOException(index + ": not a briefing index (no \"briefings\" array); move it away to start a new index");
            }
            for (JsonNode entry : existing.get("briefings")) {
                JsonNode period = entry.path("period");
                boolean samePeriod = period.path("kind").asString("").equals(published.period().kind().id())
                        && period.path("label").asString("").equals(published.period().label());
                if (!samePeriod) {
                    entries.add(entry);
                }
            }
        }
        entries.add(entry(published));
        entries.sort(Comparator.comparing((JsonNode e) -> e.path("period").path("from").asString(""))
                .thenComparing(e -> e.path("period").path("kind").asString(""))
                .thenComparing(e -> e.path("period").path("label").asString("")));
        ObjectNode root = JSON.createObjectNode();
        root.put("job", job);
        ArrayNode list = root.putArray("briefings");
        entries.forEach(list::add);
        byte[] bytes = JSON.writeValueAsBytes(root);
        writeAtomically(index, out -> out.write(bytes));
    }

    private static ObjectNode entry(PublishedBriefing published) {
        ObjectNode entry = JSON.createObjectNode();
        ObjectNode period = entry.putObject("period");
        period.put("kind", published.period().kind().id());
        period.put("label", published.period().label());
        period.put("from", published.period().from().toString());
        period.put("to", published.period().to().toString());
        entry.put("file", published.indexPath());
        entry.put("sha256", published.sha256());
        entry.put("incidents", published.incidents());
        entry.put("generated_at", DateTimeFormatter.ISO_INSTANT.format(published.generatedAt()));
        return entry;
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Temp file in the target's folder, flushed to disk, then renamed over the target in one step. */
    private static void writeAtomically(Path target, Writer writer) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                BufferedOutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                writer.write(new KeepOpen(out));
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** PDFBox closes the stream it saves to; the channel must stay open until it is forced to disk. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
