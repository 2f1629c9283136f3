package org.vigil.cli;

import org.vigil.job.VigilRuntime;
import org.vigil.report.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"Render the PDF briefing of a period into output/<job>/<period>/ and index it.",
                "Either --period/--date (the period ending on that date) or --from/--to."})
class BriefCommand extends JobRunCommand {

    @Option(names = "--period", paramLabel = "daily|weekly|monthly",
            description = "Briefing period (default: the job's briefing.period).")
    Period.Kind period;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Last day of the period (default: today).")
    LocalDate date;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of a custom period.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of a custom period.")
    LocalDate to;

    @Override
    int run(VigilRuntime runtime) {
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("job", runtime.settings().job().name());
        if (from != null || to != null || period == Period.Kind.CUSTOM) {
            if (from == null || to == null || period != null && period != Period.Kind.CUSTOM || date != null) {
                err().println("vigil brief: a custom period needs --from and --to, and no --period or --date");
                return ExitCodes.BAD_CONFIG;
            }
            if (to.isBefore(from)) {
                err().println("vigil brief: --to " + to + " is before --from " + from);
                return ExitCodes.BAD_CONFIG;
            }
            identity.put("period", Period.Kind.CUSTOM.id());
            identity.put("from", from.toString());
            identity.put("date", to.toString());
        } else {
            identity.put("period", (period == null ? runtime.settings().job().briefing().period() : period).id());
            identity.put("date", (date == null ? LocalDate.now() : date).toString());
        }
        return runJob(runtime, "brief", identity, true);
    }
}
