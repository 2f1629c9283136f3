package org.vigil.cli;

import org.vigil.incident.DateRange;
import org.vigil.incident.IncidentExport;
import org.vigil.job.VigilRuntime;
import org.vigil.store.IncidentRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the incident records as json, csv or geojson.",
                "json as incident-record.md describes it, csv per RFC 4180 with ACLED-like columns, geojson as a "
                        + "FeatureCollection of the incidents that have coordinates."})
class ExportCommand extends VigilCommand {

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv|geojson",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--from", paramLabel = "DATE", description = "Only incidents on or after DATE (YYYY[-MM[-DD]]).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only incidents on or before DATE (YYYY[-MM[-DD]]).")
    String to;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path out;

    @Override
    int run(VigilRuntime runtime) {
        IncidentExport export;
        try {
            export = new IncidentExport(IncidentExport.Format.parse(format), DateRange.parse(from, to));
        } catch (IllegalArgumentException e) {
            err().println("vigil export: " + e.getMessage());
            return ExitCodes.BAD_CONFIG;
        }
        var incidents = export.select(runtime.bean(IncidentRepository.class).findAll());
        try {
            if (out == null) {
                Writer writer = out();
                export.write(incidents, writer);
                writer.flush();
            } else {
                Path target = out.toAbsolutePath();
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), ".export-", ".tmp");
                try (OutputStream stream = Files.newOutputStream(temp)) {
                    export.write(incidents, stream);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                err().printf("export: %d incidents -> %s%n", incidents.size(), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (out == null ? "standard output" : out) + ": "
                    + e.getMessage(), e);
        }
        return ExitCodes.OK;
    }
}
