package org.vigil.cli;

import org.vigil.incident.IncidentJson;
import org.vigil.job.VigilRuntime;
import org.vigil.store.IncidentRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the incident records (shape of incident-record.md).")
class ExportCommand extends VigilCommand {

    enum Format { JSON }

    @Option(names = "--format", defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path out;

    @Override
    int run(VigilRuntime runtime) {
        String json = IncidentJson.writeAll(runtime.bean(IncidentRepository.class).findAll());
        if (out == null) {
            out().println(json);
            out().flush();
            return ExitCodes.OK;
        }
        try {
            Path target = out.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".export-", ".tmp");
            Files.writeString(temp, json + "\n", StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return ExitCodes.OK;
    }
}
