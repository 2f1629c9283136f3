package org.vigil.cli;

import org.vigil.job.VigilRuntime;
import picocli.CommandLine.Command;

import java.util.Map;

@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = "Extract articles and incidents from archived pages not yet normalized (reads the archive, "
                + "never the web), then merge incidents across articles.")
class NormalizeCommand extends JobRunCommand {

    @Override
    int run(VigilRuntime runtime) {
        return runJob(runtime, "normalize", Map.of("job", runtime.settings().job().name()), true);
    }
}
