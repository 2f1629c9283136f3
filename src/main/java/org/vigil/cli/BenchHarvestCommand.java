package org.vigil.cli;

import org.vigil.job.StaticSiteServer;
import org.vigil.job.SyntheticSite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;


import com.sun.management.OperatingSystemMXBean;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

@Command(name = "bench-harvest", mixinStandardHelpOptions = true,
        description = {"Benchmark: generate a synthetic news site, serve it on loopback, and time 'vigil harvest' "
                + "(politeness off, started by src/main/dist/vigil as cron starts it, -Xmx512m) against 'wget --recursive --warc-file' on it.",
                "Prints pages/s of both, the ratio, and Vigil's peak RSS and peak heap."})
class BenchHarvestCommand implements Callable<Integer> {

    /** Linux reports process CPU times in USER_HZ ticks, which is 100 on every architecture Java runs on. */
    private static final int CLOCK_TICKS = 100;
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    @Option(names = "--pages", defaultValue = "10000", description = "Article pages (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--dir", paramLabel = "DIR", description = "Work folder (default: a new temporary folder, "
            + "deleted afterwards).")
    Path dir;

    @Option(names = "--threads", defaultValue = "8", description = "Vigil fetch threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--page-weight", defaultValue = "LIGHT", paramLabel = "light|medium|news",
            converter = WeightConverter.class,
            description = "Article pages of about 4 KB of text alone (light, the default), or wrapped in navigation, "
                    + "related links and inline script: about 28 KB like a lean site's, where wget runs here at the "
                    + "issue's reference rate (medium), or about 130 KB like a news site's (news).")
    SyntheticSite.Weight weight;

    @Option(names = "--no-wget", description = "Time Vigil only.")
    boolean noWget;

    @Option(names = "--jvm-option", paramLabel = "OPTION", description = "Extra option for Vigil's JVM, e.g. "
            + "-XX:StartFlightRecording=filename=vigil.jfr to profile it (repeatable).")
    List<String> jvmOptions = new ArrayList<>();

    @Spec
    CommandSpec spec;

    /**
     * A finished command: its wall time, its peak RSS and CPU time as last sampled, and the CPU time the
     * benchmark's own process (the site server) spent meanwhile. CPU time shows what a run costs when
     * the machine is shared and wall time says more about the neighbours than about Vigil.
     */
    private record Run(int exitCode, double seconds, long peakRssKb, double cpuSeconds, double serverCpuSeconds,
                       String output) {

        String cpu(int pages) {
            return "CPU %.2f s (%.0f µs/page), site server CPU %.2f s".formatted(cpuSeconds,
                    cpuSeconds * 1e6 / pages, serverCpuSeconds);
        }
    }

    @Override
    public Integer call() throws Exception {
        boolean temporary = dir == null;
        Path work = temporary ? Files.createTempDirectory("vigil-bench") : Files.createDirectories(dir);
        try {
            Path site = work.resolve("site");
            deleteTree(site);
            out("generating %d %s article pages in %s ...", pages, weight.name().toLowerCase(Locale.ROOT), site);
            SyntheticSite.write(site, pages, weight);
            int listingPages = SyntheticSite.sectionPages(pages);
            try (StaticSiteServer server = StaticSiteServer.serve(site)) {
                String base = server.baseUrl();
                Path job = work.resolve("bench.yml");
                Files.writeString(job, """
                        name: bench
                        operator: Vigil benchmark
                        sources:
                          - name: Synthetic News
                            pages: ["%s/news/page-1.html"]
                            max-pages: %d
                            allow-hosts: ["127.0.0.1"]
                            article-pattern: '/news/\\d{4}/\\d{2}/story-\\d+\\.html$'
                        harvest:
                          politeness: off
                          allow-private-addresses: true
                          threads: %d
                        briefing:
                          title: Benchmark
                        """.formatted(base, listingPages + 1, threads));
                Path home = work.resolve("vigil-home");
                deleteTree(home);
                Path gcLog = work.resolve("vigil-gc.log");
                Command vigil = vigilCommand(gcLog);
                List<String> harvest = List.of("harvest", "--job", job.toString(), "--home", home.toString());
                out("vigil harvest (politeness off, %d threads), started as: %s", threads, vigil.describe());
                // One untimed run first: the launcher records its class-data archive on its first run after
                // a build, which would otherwise be timed.
                Run warmUp = run(vigil.with(harvest), work);
                if (warmUp.exitCode() != 0) {
                    err("vigil harvest exited %d:%n%s", warmUp.exitCode(), warmUp.output());
                    return ExitCodes.FAILED;
                }
                deleteTree(home);
                Files.deleteIfExists(gcLog);
                Run v = run(vigil.with(harvest), work);
                if (v.exitCode() != 0) {
                    err("vigil harvest exited %d:%n%s", v.exitCode(), v.output());
                    return ExitCodes.FAILED;
                }
                v.output().lines().forEach(line -> out("  | %s", line));
                int fetched = pages + listingPages;
                double vigilRate = fetched / v.seconds();
                Matcher jobTime = Pattern.compile("COMPLETED in ([0-9.]+) s").matcher(v.output());
                double jobSeconds = jobTime.find() ? Double.parseDouble(jobTime.group(1)) : Double.NaN;
                out("vigil: %d pages in %.2f s (whole process, JVM start included): %.0f pages/s; harvest job alone"
                        + " %.2f s: %.0f pages/s", fetched, v.seconds(), vigilRate, jobSeconds, fetched / jobSeconds);
                out("vigil: peak RSS %d MB, peak heap %s (limit -Xmx512m); %s; WARC files %s", v.peakRssKb() / 1024,
                        peakHeap(gcLog), v.cpu(fetched), warcSize(home));
                if (noWget) {
                    return ExitCodes.OK;
                }
                Path wgetDir = Files.createDirectories(work.resolve("wget"));
                out("wget --recursive --level=inf --warc-file ...");
                Run w = run(List.of("wget", "--recursive", "--level=inf", "--no-verbose", "--delete-after",
                        "--warc-file=" + wgetDir.resolve("bench"), "--directory-prefix=" + wgetDir,
                        base + "/"), wgetDir);
                long wgetPages = Pattern.compile("(?m) URL:").matcher(w.output()).results().count();
                double wgetRate = wgetPages / w.seconds();
                out("wget: %d pages in %.2f s: %.0f pages/s, peak RSS %d MB (exit %d); %s; WARC files %s", wgetPages,
                        w.seconds(), wgetRate, w.peakRssKb() / 1024, w.exitCode(), w.cpu((int) wgetPages),
                        warcSize(wgetDir));
                out("ratio vigil/wget: %.2fx (whole process), %.2fx (harvest job alone)", vigilRate / wgetRate,
                        fetched / jobSeconds / wgetRate);
            }
            return ExitCodes.OK;
        } finally {
            if (temporary) {
                deleteTree(work);
            }
        }
    }

    /** Reads the page weight in lower case, as the help shows it. */
    static final class WeightConverter implements CommandLine.ITypeConverter<SyntheticSite.Weight> {
        @Override
        public SyntheticSite.Weight convert(String value) {
            for (SyntheticSite.Weight weight : SyntheticSite.Weight.values()) {
                if (weight.name().equalsIgnoreCase(value)) {
                    return weight;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a page weight; use light, medium or news");
        }
    }

    /** A command line and the environment it runs with. */
    private record Command(List<String> line, Map<String, String> environment) {

        Command with(List<String> arguments) {
            List<String> all = new ArrayList<>(line);
            all.addAll(arguments);
            return new Command(all, environment);
        }

        String describe() {
            StringBuilder text = new StringBuilder();
            environment.forEach((k, v) -> text.append(k).append("='").append(v).append("' "));
            return text.append(String.join(" ", line)).toString();
        }
    }

    /**
     * How Vigil is started as cron starts it: with {@code src/main/dist/vigil} of the project this jar
     * was built in (extracted jar, class-data sharing, the JIT it chooses for a harvest), heap limited
     * and GC logged; where there is no such launcher, with {@code java -jar} and the same JIT choice.
     */
    private Command vigilCommand(Path gcLog) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> options = new ArrayList<>(List.of("-Xmx512m", "-Xlog:gc:file=" + gcLog));
        options.addAll(jvmOptions);
        String classPath = System.getProperty("java.class.path");
        boolean fromJar = classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator);
        if (fromJar) {
            Path jar = Path.of(classPath).toAbsolutePath();
            Path launcher = jar.getParent().resolveSibling("src/main/dist/vigil");
            if (Files.isRegularFile(launcher)) {
                return new Command(List.of("sh", launcher.toString()), Map.of("JAVA", java, "VIGIL_JAR",
                        jar.toString(), "VIGIL_JAVA_OPTS", String.join(" ", options)));
            }
        }
        List<String> line = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1"));
        line.addAll(options);
        line.addAll(fromJar ? List.of("-jar", Path.of(classPath).toAbsolutePath().toString())
                : List.of("-cp", classPath, Vigil.class.getName()));
        return new Command(line, Map.of());
    }

    /** Runs a command, timing it and sampling its peak resident set size. */
    private static Run run(List<String> command, Path directory) throws IOException, InterruptedException {
        return run(new Command(command, Map.of()), directory);
    }

    private static Run run(Command command, Path directory) throws IOException, InterruptedException {
        Path output = Files.createTempFile(directory, "out", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command.line()).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(command.environment());
        OperatingSystemMXBean self = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long serverCpuStart = self.getProcessCpuTime();
        long start = System.nanoTime();
        Process process = builder.start();
        long peak = 0;
        long cpuTicks = 0;
        while (!process.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakRssKb(process.pid()));
            cpuTicks = Math.max(cpuTicks, cpuTicks(process.pid()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double serverCpu = (self.getProcessCpuTime() - serverCpuStart) / 1e9;
        String text = Files.readString(output);
        Files.delete(output);
        return new Run(process.exitValue(), seconds, peak, cpuTicks / (double) CLOCK_TICKS, serverCpu, text);
    }

    /**
     * User plus system CPU time of a live process in clock ticks, 0 when unknown. Sampled every 20 ms,
     * so the figure misses at most the last 20 ms of the run.
     */
    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // Fields after the command name, which is in parentheses and may itself contain spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** VmHWM of a live process (its peak RSS so far), 0 when unknown. */
    private static long peakRssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between two samples, or this is not Linux: keep the last figure.
        }
        return 0;
    }

    /**
     * The size of the gzipped WARC files under a folder: wget compresses at zlib's level 9, Vigil at the
     * default level 6, and this shows what that costs in disk.
     */
    private static String warcSize(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            long bytes = 0;
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".warc.gz")).toList()) {
                bytes += Files.size(file);
            }
            return "%.1f MB".formatted(bytes / 1e6);
        }
    }

    /** The largest heap occupancy before a collection, from a -Xlog:gc log. */
    private static String peakHeap(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return "unknown";
        }
        long peak = -1;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_HEAP.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak < 0 ? "below the first collection's threshold" : peak + " MB";
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private void out(String format, Object... args) {
        spec.commandLine().getOut().printf(format + "%n", args);
        spec.commandLine().getOut().flush();
    }

    private void err(String format, Object... args) {
        spec.commandLine().getErr().printf(format + "%n", args);
    }
}
