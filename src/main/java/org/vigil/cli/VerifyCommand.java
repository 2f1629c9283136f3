package org.vigil.cli;

import org.vigil.archive.CdxjIndex;
import org.vigil.archive.WarcCheck;
import org.vigil.job.ArchiveRecovery;
import org.vigil.job.VigilRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Read every record of every WARC file, checking structure and digests; report damaged "
                + "files and records with their offsets.",
                "Exit 0 when the archive is sound, 5 when damage remains."})
class VerifyCommand extends VigilCommand {

    @Option(names = "--repair", description = "Truncate a torn tail record left by a crash (the damaged file is "
            + "copied to archive/damaged/ first; complete records are never touched) and rewrite missing CDXJ "
            + "indexes.")
    boolean repair;

    @Override
    int run(VigilRuntime runtime) {
        Path warcDirectory = runtime.settings().warcDirectory();
        Path damagedDirectory = runtime.settings().home().resolve("archive").resolve("damaged");
        int files = 0;
        int records = 0;
        int damagedFiles = 0;
        try {
            for (Path file : ArchiveRecovery.warcFiles(warcDirectory)) {
                files++;
                String name = file.getFileName().toString();
                WarcCheck.Report report = WarcCheck.check(file);
                records += report.records();
                boolean sound = report.clean();
                if (!sound && repair && report.repairable()) {
                    Path copy = WarcCheck.repair(report, damagedDirectory);
                    out().printf("%s: torn tail at offset %d truncated; the damaged file is kept as %s%n", name,
                            report.tornTailAt(), copy);
                    CdxjIndex.write(file);
                    sound = true;
                } else {
                    report.problems().forEach(p -> out().printf("%s: offset %d: %s%n", name, p.offset(),
                            p.message()));
                }
                if (sound && CdxjIndex.lines(CdxjIndex.of(file)) < 0) {
                    if (repair) {
                        CdxjIndex.write(file);
                        out().printf("%s: CDXJ index written%n", name);
                    } else {
                        out().printf("%s: no CDXJ index (vigil verify --repair or vigil reindex writes it)%n", name);
                        sound = false;
                    }
                }
                if (!sound) {
                    damagedFiles++;
                    if (!report.clean() && !report.repairable()) {
                        out().printf("%s: damage inside the file cannot be repaired by truncation; restore it from"
                                + " a copy%n", name);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out().printf("verify: %d WARC files, %d records sound, %d files damaged%n", files, records, damagedFiles);
        return damagedFiles == 0 ? ExitCodes.OK : ExitCodes.ARCHIVE_DAMAGED;
    }
}
