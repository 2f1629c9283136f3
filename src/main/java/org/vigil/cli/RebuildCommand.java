package org.vigil.cli;

import org.vigil.job.VigilRuntime;
import picocli.CommandLine.Command;

import java.util.Map;

@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {"Drop everything derived from the archive and build it again.",
                "Drops articles and incidents, normalizes the whole archive again and renders again every briefing "
                        + "listed in output/<job>/index.json (without mailing them)."})
class RebuildCommand extends JobRunCommand {

    @Override
    int run(VigilRuntime runtime) {
        return runJob(runtime, "rebuild", Map.of("job", runtime.settings().job().name()), true);
    }
}
