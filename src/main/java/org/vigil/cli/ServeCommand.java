package org.vigil.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.vigil.job.AlreadyRunningException;
import org.vigil.job.JobDefinition;
import org.vigil.job.JobDefinitions;
import org.vigil.job.Scheduler;
import org.vigil.job.VigilRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Stay running and run each job's nightly run on its schedule.",
                "The schedule is the cron expression of its job file ('schedule:', in its 'time-zone:'); a job "
                        + "never overlaps itself. SIGTERM stops the running step at a chunk boundary (the next run "
                        + "resumes it). GET http://127.0.0.1:PORT/health answers with the last run of each job: 200 "
                        + "when all last runs completed, else 503."})
class ServeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Mixin
    JobOptions options;

    @Parameters(paramLabel = "JOB-FILE", arity = "0..*",
            description = "Job files to schedule (default: the --job file).")
    List<Path> jobFiles = new ArrayList<>();

    @Option(names = "--health-port", paramLabel = "PORT", defaultValue = "8471",
            description = "Loopback port of the health endpoint; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int healthPort;

    @Spec
    CommandSpec spec;

    private final Map<String, Path> files = new LinkedHashMap<>();
    private final Map<String, JobExecution> lastRuns = new ConcurrentHashMap<>();
    private final Map<String, String> lastProblems = new ConcurrentHashMap<>();
    private volatile VigilRuntime current;
    private volatile boolean stopping;
    private Scheduler scheduler;

    @Override
    public Integer call() throws InterruptedException {
        List<Scheduler.Entry> entries = new ArrayList<>();
        for (Path file : jobFiles.isEmpty() ? List.of(options.job) : jobFiles) {
            JobDefinition job;
            try {
                job = options.shardOf(JobDefinitions.load(file));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("vigil serve: " + e.getMessage());
                return ExitCodes.BAD_CONFIG;
            }
            if (job.cron() == null) {
                spec.commandLine().getErr().println("vigil serve: " + file + " has no 'schedule:' (a cron "
                        + "expression such as \"0 0 2 * * *\"), so there is nothing to serve");
                return ExitCodes.BAD_CONFIG;
            }
            if (files.putIfAbsent(job.name(), file) != null) {
                spec.commandLine().getErr().println("vigil serve: " + file + " and " + files.get(job.name())
                        + " both name job '" + job.name() + "'");
                return ExitCodes.BAD_CONFIG;
            }
            entries.add(new Scheduler.Entry(job.name(), job.cron(), job.zone()));
            try (VigilRuntime runtime = VigilRuntime.open(options.home, job, options.db)) {
                runtime.history().last("nightly").ifPresent(run -> lastRuns.put(job.name(), run));
            } catch (AlreadyRunningException e) {
                spec.commandLine().getErr().println("vigil serve: " + e.getMessage());
                return ExitCodes.ALREADY_RUNNING;
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("vigil serve: " + Messages.oneLine(e));
                return ExitCodes.FAILED;
            }
        }
        HttpServer health;
        try {
            health = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), healthPort), 0);
        } catch (IOException e) {
            spec.commandLine().getErr().println("vigil serve: cannot listen on 127.0.0.1:" + healthPort + ": "
                    + e.getMessage());
            return ExitCodes.BAD_CONFIG;
        }
        health.createContext("/health", this::health);
        CountDownLatch stopRequested = new CountDownLatch(1);
        GracefulStop stop = new GracefulStop();
        try {
            stop.onStop(() -> {
                stopping = true;
                VigilRuntime running = current;
                if (running != null) {
                    running.stopRunning();
                }
                stopRequested.countDown();
            });
            scheduler = new Scheduler(entries, this::runNight);
            health.start();
            String started = "serve: health on http://127.0.0.1:" + health.getAddress().getPort() + "/health; next "
                    + scheduler.nextRuns();
            log.info(started);
            spec.commandLine().getOut().println(started);
            spec.commandLine().getOut().flush();
            stopRequested.await();
            if (!scheduler.shutdown(GracefulStop.PATIENCE)) {
                log.warn("the running step did not stop in {}; exiting anyway (the next run resumes it)",
                        GracefulStop.PATIENCE);
            }
            health.stop(0);
            log.info("serve: stopped");
            return ExitCodes.OK;
        } finally {
            stop.close();
        }
    }

    /** One scheduled night: the same as {@code vigil nightly} for today in the job's time zone. */
    private void runNight(Scheduler.Entry entry) {
        Path file = files.get(entry.name());
        JobDefinition job;
        try {
            // Read again at every run, so edits to the job file apply from the next night on.
            job = options.shardOf(JobDefinitions.load(file));
        } catch (IllegalArgumentException e) {
            problem(entry.name(), e.getMessage());
            return;
        }
        try (VigilRuntime runtime = VigilRuntime.open(options.home, job, options.db)) {
            current = runtime;
            if (stopping) {
                return;
            }
            var identity = JobRunCommand.withShard(NightlyCommand.identity(job, LocalDate.now(job.zone())),
                    options.shard);
            VigilRuntime.Outcome outcome = runtime.run("nightly", identity, false);
            lastRuns.put(entry.name(), outcome.execution());
            lastProblems.remove(entry.name());
            String line = outcome.alreadyComplete()
                    ? "nightly " + job.name() + " " + identity.get("date") + ": already complete (run "
                    + outcome.execution().getId() + ")"
                    : RunSummary.of(job.name(), "nightly", outcome.execution()).line();
            log.info(line);
            spec.commandLine().getOut().println(line);
            spec.commandLine().getOut().flush();
        } catch (RuntimeException e) {
            problem(entry.name(), Messages.oneLine(e));
        } finally {
            current = null;
        }
    }

    private void problem(String job, String message) {
        log.error("{}: scheduled run not started: {}", job, message);
        lastProblems.put(job, message);
    }

    private void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            boolean healthy = true;
            Map<String, Object> jobs = new LinkedHashMap<>();
            for (String name : files.keySet()) {
                Map<String, Object> state = new LinkedHashMap<>();
                state.put("next", String.valueOf(scheduler.nextRuns().get(name)));
                state.put("running", scheduler.isBusy(name));
                JobExecution last = lastRuns.get(name);
                if (last != null) {
                    Map<String, Object> run = new LinkedHashMap<>();
                    run.put("id", last.getId());
                    run.put("date", last.getJobParameters().getString("date"));
                    run.put("status", last.getStatus().toString());
                    run.put("start", String.valueOf(last.getStartTime()));
                    run.put("end", String.valueOf(last.getEndTime()));
                    run.put("summary", RunSummary.of(name, "nightly", last).line());
                    state.put("lastRun", run);
                    healthy &= last.getStatus() == BatchStatus.COMPLETED;
                }
                if (lastProblems.containsKey(name)) {
                    state.put("problem", lastProblems.get(name));
                    healthy = false;
                }
                jobs.put(name, state);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", healthy ? "UP" : "FAILING");
            body.put("jobs", jobs);
            byte[] json = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(healthy ? 200 : 503, exchange.getRequestMethod().equals("HEAD") ? -1
                    : json.length);
            if (!exchange.getRequestMethod().equals("HEAD")) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(json);
                }
            }
        }
    }
}
