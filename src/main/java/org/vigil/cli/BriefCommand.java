package org.vigil.cli;

import org.vigil.job.VigilRuntime;
import org.vigil.report.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "Render the PDF briefing of the period that ends on --date into output/.")
class BriefCommand extends JobRunCommand {

    @Option(names = "--period", paramLabel = "daily|weekly|monthly",
            description = "Briefing period (default: the job's briefing.period).")
    Period.Kind period;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Last day of the period (default: today).")
    LocalDate date;

    @Override
    int run(VigilRuntime runtime) {
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("job", runtime.settings().job().name());
        identity.put("date", (date == null ? LocalDate.now() : date).toString());
        identity.put("period", (period == null ? runtime.settings().job().briefing().period() : period)
                .id());
        return runJob(runtime, "brief", identity, true);
    }
}
