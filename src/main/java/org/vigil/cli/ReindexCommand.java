package org.vigil.cli;

import org.vigil.job.ArchiveRecovery;
import org.vigil.job.VigilRuntime;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.UncheckedIOException;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rewrite every WARC file's CDXJ index and index in the catalog every capture it lacks, "
                + "from the WARC files alone (after restoring an archive, or losing the catalog).")
class ReindexCommand extends VigilCommand {

    @Override
    int run(VigilRuntime runtime) {
        try {
            ArchiveRecovery.Result result = runtime.bean(ArchiveRecovery.class).run(true);
            out().printf("reindex: %d WARC files, %d captures added to the catalog, %d torn tails repaired%s%n",
                    result.files(), result.capturesAdded(), result.tailsRepaired(),
                    result.damaged().isEmpty() ? "" : "; damaged (see vigil verify): "
                            + String.join(", ", result.damaged()));
            return result.damaged().isEmpty() ? ExitCodes.OK : ExitCodes.ARCHIVE_DAMAGED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
