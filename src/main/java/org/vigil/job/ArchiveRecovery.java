package org.vigil.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.archive.ArchiveRef;
import org.vigil.archive.CdxjIndex;
import org.vigil.archive.WarcCheck;
import org.vigil.store.Capture;
import org.vigil.store.CaptureRepository;
import org.vigil.store.FrontierRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Brings the catalog and the CDXJ indexes in line with the WARC files, which are the source of
 * truth: indexes every capture record the catalog lacks (a crash between WARC sync and catalog
 * commit, or a catalog rebuilt from scratch), marks its URL done in the frontier, truncates a torn
 * tail left by a crash (copying the file aside first) and rewrites the file's CDXJ index.
 */
public class ArchiveRecovery {

    private static final Logger log = LoggerFactory.getLogger(ArchiveRecovery.class);

    /** What a pass found and did. */
    public record Result(int files, int filesExamined, int capturesAdded, int tailsRepaired, List<String> damaged) {
    }

    private final Path warcDirectory;
    private final Path damagedDirectory;
    private final CaptureRepository captures;
    private final FrontierRepository frontier;
    private boolean recoveredAfterCrash;

    public ArchiveRecovery(Path warcDirectory, Path damagedDirectory, CaptureRepository captures,
                           FrontierRepository frontier) {
        this.warcDirectory = warcDirectory;
        this.damagedDirectory = damagedDirectory;
        this.captures = captures;
        this.frontier = frontier;
    }

    /**
     * Indexes what a crash left archived but not indexed ({@link #run(boolean) run(false)}), once per
     * process and before it writes to the archive: the first harvest step of a run calls it, which is
     * discovery, or fetching when a run restarted after a crash begins there. Later calls do nothing,
     * so a file this process is writing is never taken for one a crash left behind.
     */
    public synchronized Result recoverAfterCrash() throws IOException {
        if (recoveredAfterCrash) {
            return new Result(0, 0, 0, 0, List.of());
        }
        recoveredAfterCrash = true;
        return run(false);
    }

    /**
     * @param all examine every file; otherwise only files whose CDXJ index is missing or disagrees
     *            with the catalog (what a crash leaves behind)
     */
    public Result run(boolean all) throws IOException {
        List<Path> files = warcFiles(warcDirectory);
        int examined = 0;
        int added = 0;
        int repaired = 0;
        List<String> damaged = new java.util.ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            int indexed = CdxjIndex.lines(CdxjIndex.of(file));
            if (!all && indexed >= 0 && indexed == captures.countInFile(name)) {
                continue;
            }
            examined++;
            WarcCheck.Report report = WarcCheck.check(file);
            if (report.tornTailAt() >= 0 && report.repairable()) {
                Path copy = WarcCheck.repair(report, damagedDirectory);
                repaired++;
                log.warn("{}: torn tail at offset {} truncated (a crash cut a record short); original kept as {}",
                        name, report.tornTailAt(), copy);
            } else if (!report.clean()) {
                damaged.add(name);
                report.problems().forEach(p -> log.warn("{}: offset {}: {}", name, p.offset(), p.message()));
            }
            for (WarcCheck.CaptureRecord record : WarcCheck.captures(file)) {
                Capture capture = new Capture(record.uri().toString(), record.source(),
                        kind(record.kind()), record.date().atOffset(ZoneOffset.UTC), record.status(),
                        record.contentType(), new ArchiveRef(name, record.offset(), record.recordId(),
                        record.payloadDigest() == null ? "" : record.payloadDigest()));
                if (captures.add(capture, new Capture.Details(record.type().equals("revisit"), record.canonical(),
                        record.etag(), record.lastModified()))) {
                    added++;
                    if (capture.kind() == Capture.Kind.ARTICLE) {
                        frontier.recovered(capture.url());
                    }
                }
            }
            CdxjIndex.write(file);
        }
        if (added > 0 || repaired > 0) {
            log.info("archive recovery: {} captures indexed from the WARC files, {} torn tails repaired", added,
                    repaired);
        }
        return new Result(files.size(), examined, added, repaired, damaged);
    }

    static Capture.Kind kind(String kind) {
        try {
            return Capture.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Capture.Kind.PAGE;
        }
    }

    /** The WARC files of a directory, oldest name first. */
    public static List<Path> warcFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().toList();
        }
    }
}
