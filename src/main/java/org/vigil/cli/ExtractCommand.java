package org.vigil.cli;

import org.vigil.extract.ArticleExtractor;
import org.vigil.extract.PredictionsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the article text of saved pages into a predictions file.",
                "Reads *.html and *.html.gz; writes {id: {\"articleBody\": ...}}, as the article-extraction "
                        + "benchmark's scorer reads it."})
class ExtractCommand implements Callable<Integer> {

    @Option(names = "--html-dir", paramLabel = "DIR", required = true, description = "Folder of saved pages.")
    Path htmlDir;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Predictions JSON to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            PredictionsWriter.Stats stats = new PredictionsWriter(new ArticleExtractor()).write(htmlDir, out);
            stats.errors().forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getOut().printf("extract: %d pages, %d without text, %d unreadable, %.1f s -> %s%n",
                    stats.pages(), stats.empty(), stats.errors().size(), stats.millis() / 1000.0, out);
            return stats.errors().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            spec.commandLine().getErr().println("vigil extract: " + Messages.oneLine(e));
            return ExitCodes.FAILED;
        }
    }
}
