package org.vigil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar vigil.jar <command>}: the command line of Vigil. */
@Command(name = "vigil", mixinStandardHelpOptions = true, versionProvider = Vigil.VersionProvider.class,
        description = "Harvests news into a WARC archive, extracts incident records and renders PDF briefings.",
        subcommands = {
                NightlyCommand.class,
                HarvestCommand.class,
                NormalizeCommand.class,
                BriefCommand.class,
                RebuildCommand.class,
                StatusCommand.class,
                HistoryCommand.class,
                AbandonCommand.class,
                ServeCommand.class,
                ExportCommand.class,
                ExtractCommand.class,
                VerifyCommand.class,
                ReindexCommand.class,
                BenchHarvestCommand.class,
                CommandLine.HelpCommand.class,
        })
public class Vigil {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Vigil())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(e -> ExitCodes.FAILED)
                .setParameterExceptionHandler((e, args) -> {
                    e.getCommandLine().getErr().println("vigil: " + e.getMessage() + " (see --help)");
                    return ExitCodes.BAD_CONFIG;
                });
    }

    static class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"Vigil " + org.vigil.job.Version.current()};
        }
    }
}
