package org.vigil.job;

import org.vigil.crawl.SourceConfig;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * One host's share of a job's sources when several hosts harvest into one shared catalog: shard
 * {@code index} of {@code count} (1-based) harvests the sources whose name hashes to it. The hash is
 * CRC-32 of the UTF-8 name, so every host computes the same partition, whatever its JVM.
 */
public record Shard(int index, int count) {

    /** The whole job on one host. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard must be i/n with 1 <= i <= n, got " + index + "/" + count);
        }
    }

    /** Parses {@code i/n}, e.g. {@code 2/3}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below like any other malformed value
        }
        throw new IllegalArgumentException("shard must be i/n (e.g. 2/3), got '" + text + "'");
    }

    public boolean owns(SourceConfig source) {
        CRC32 crc = new CRC32();
        crc.update(source.name().getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index - 1;
    }

    public List<SourceConfig> select(List<SourceConfig> sources) {
        return sources.stream().filter(this::owns).toList();
    }

    public boolean isAll() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
