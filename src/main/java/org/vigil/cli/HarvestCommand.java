package org.vigil.cli;

import org.vigil.job.VigilRuntime;
import picocli.CommandLine.Command;

import java.util.Map;

@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = "Discover new article pages of the job's sources and archive them into WARC files.")
class HarvestCommand extends JobRunCommand {

    @Override
    int run(VigilRuntime runtime) {
        return runJob(runtime, "harvest", Map.of("job", runtime.settings().job().name()), true);
    }
}
