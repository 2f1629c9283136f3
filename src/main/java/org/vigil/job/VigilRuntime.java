package org.vigil.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Vigil process: serves the job's sample site if it has one, opens the catalog in the home
 * folder and runs Spring Batch jobs on it. Close it to stop everything.
 */
public final class VigilRuntime implements AutoCloseable {

    private final HomeLock lock;
    private final SiteServer siteServer;
    private final ConfigurableApplicationContext context;
    private final RunSettings settings;
    /** The parameters of the runs this process is executing now, so a stop touches no other host's run. */
    private final Set<JobParameters> inProgress = ConcurrentHashMap.newKeySet();

    private VigilRuntime(HomeLock lock, SiteServer siteServer, ConfigurableApplicationContext context,
                         RunSettings settings) {
        this.lock = lock;
        this.siteServer = siteServer;
        this.context = context;
        this.settings = settings;
    }

    /** {@link #open(Path, JobDefinition, String)} with the default catalog. */
    public static VigilRuntime open(Path home, JobDefinition job) {
        return open(home, job, null);
    }

    /**
     * @param database JDBC URL of the catalog and job repository (e.g. {@code jdbc:postgresql://db/vigil}),
     *                 or null for {@code spring.datasource.url} if set, else the embedded H2 file in the home
     * @throws AlreadyRunningException when another Vigil process works on the same home
     */
    public static VigilRuntime open(Path home, JobDefinition job, String database) {
        Path absoluteHome = home.toAbsolutePath().normalize();
        HomeLock lock;
        try {
            Files.createDirectories(absoluteHome.resolve("archive").resolve("warc"));
            Files.createDirectories(absoluteHome.resolve("output"));
            Files.createDirectories(absoluteHome.resolve("logs"));
            lock = HomeLock.acquire(absoluteHome);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare home " + absoluteHome + ": " + e.getMessage(), e);
        }
        SiteServer server = null;
        try {
            if (job.serveDirectory() != null) {
                server = SiteServer.serve(job.serveDirectory(), SiteServer.portFor(job.name()));
                job = job.servedFrom(server.baseUrl());
            }
        } catch (IOException e) {
            closeQuietly(lock);
            throw new UncheckedIOException("cannot serve " + job.serveDirectory() + ": " + e.getMessage(), e);
        }
        RunSettings settings = new RunSettings(absoluteHome, job);
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(VigilApplication.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .properties(defaults(absoluteHome))
                    .initializers(c -> c.getBeanFactory().registerSingleton("runSettings", settings))
                    .run(database == null ? new String[0] : new String[]{"--spring.datasource.url=" + database});
            return new VigilRuntime(lock, server, context, settings);
        } catch (RuntimeException e) {
            closeQuietly(server);
            closeQuietly(lock);
            throw e;
        }
    }

    /**
     * Settings below everything a user can set: {@code HOME/vigil.properties}, {@code spring.*}
     * system properties and environment variables, and {@code --db} (highest) override them.
     */
    private static Map<String, Object> defaults(Path home) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.config.additional-location", "optional:file:" + home.resolve("vigil.properties"));
        // The user rides in the H2 URL so that a PostgreSQL URL set elsewhere is not paired with H2's "sa";
        // H2 must not close itself at JVM exit while a stopping step still writes; WRITE_DELAY=0 makes a
        // committed transaction reach the file at once, so a killed process loses no commit. Harvest and
        // normalize cycle through more statements than H2's default cache of 8 parsed ones holds.
        properties.put("spring.datasource.url", "jdbc:h2:file:" + home.resolve("archive").resolve("catalog")
                + ";USER=sa;PASSWORD=;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64");
        // Closing is ours: on SIGTERM the command first lets the running step stop at a chunk boundary.
        properties.put("spring.main.register-shutdown-hook", "false");
        properties.put("logging.register-shutdown-hook", "false");
        properties.put("spring.batch.jdbc.initialize-schema", "always");
        properties.put("spring.batch.job.enabled", "false");
        properties.put("spring.main.log-startup-info", "false");
        // A command uses few of the beans (status needs no extractor, gazetteer or mailer): build them on demand.
        properties.put("spring.main.lazy-initialization", "true");
        properties.put("logging.file.name", home.resolve("logs").resolve("vigil.log").toString());
        properties.put("logging.logback.rollingpolicy.max-file-size", "10MB");
        properties.put("logging.logback.rollingpolicy.max-history", "30");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.vigil", "INFO");
        properties.put("logging.level.org.springframework.batch.core.job", "INFO");
        properties.put("logging.level.org.springframework.batch.core.step", "INFO");
        // Flyway warns that H2 2.4 is newer than it was verified with; the migrations are plain SQL.
        properties.put("logging.level.org.flywaydb", "ERROR");
        // At a terminal progress lines help; under cron only warnings go with the summary into the mail.
        properties.put("logging.threshold.console", System.console() == null ? "WARN" : "INFO");
        // The command prints a failure as one line; stack traces go to the log file only.
        properties.put("logging.pattern.console", "%d{HH:mm:ss} %-5level %msg%n%nopex");
        properties.put("logging.pattern.file", "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30}: %msg%n");
        return properties;
    }

    public RunSettings settings() {
        return settings;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** What became of a request to run a job. */
    public record Outcome(JobExecution execution, boolean alreadyComplete) {
    }

    /**
     * Runs a job identified by {@code identity}: a first run starts it; after a failure, a stop or a
     * crash the same identity restarts the failed execution where it stopped; after a success it is
     * already complete, unless {@code force} starts a fresh instance. A run that was abandoned is not
     * restarted: the same identity starts over from the beginning.
     */
    public Outcome run(String jobName, Map<String, String> identity, boolean force) {
        Job job = context.getBean(jobName + "Job", Job.class);
        JobRepository repository = context.getBean(JobRepository.class);
        JobOperator operator = context.getBean(JobOperator.class);
        JobParametersBuilder builder = new JobParametersBuilder();
        identity.forEach(builder::addString);
        if (force) {
            builder.addString("forced", LocalDateTime.now().toString());
        }
        try {
            JobExecution last = repository.getLastJobExecution(job.getName(), builder.toJobParameters());
            while (last != null && last.getStatus() == BatchStatus.ABANDONED) {
                builder.addString("after-abandoned", String.valueOf(last.getId()));
                last = repository.getLastJobExecution(job.getName(), builder.toJobParameters());
            }
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                return new Outcome(last, true);
            }
            JobParameters parameters = builder.toJobParameters();
            inProgress.add(parameters);
            try {
                if (last == null) {
                    return new Outcome(operator.start(job, parameters), false);
                }
                history().markDead(last);
                return new Outcome(operator.restart(last), false);
            } finally {
                inProgress.remove(parameters);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot run " + jobName + ": " + e.getMessage(), e);
        }
    }

    /** The runs of this runtime's job file. */
    public RunHistory history() {
        return new RunHistory(context.getBean(JobRepository.class), settings.job().name());
    }

    /**
     * Marks a run that failed or died as abandoned, so that the next run with its identity starts
     * over instead of resuming it.
     *
     * @throws IllegalArgumentException when this job file has no such run, or it completed
     */
    public JobExecution abandon(long executionId) {
        RunHistory history = history();
        JobExecution execution = history.find(executionId).orElseThrow(() -> new IllegalArgumentException(
                "job " + settings.job().name() + " has no run " + executionId + " (see vigil history)"));
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            throw new IllegalArgumentException("run " + executionId + " is " + execution.getStatus()
                    + "; only failed, stopped or dead runs can be abandoned");
        }
        history.markDead(execution);
        try {
            return context.getBean(JobOperator.class).abandon(execution);
        } catch (Exception e) {
            throw new IllegalStateException("cannot abandon run " + executionId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Asks the runs in progress in this process to stop: each running step stops at its next chunk
     * boundary and the run ends STOPPED, restartable by running it again.
     */
    public void stopRunning() {
        JobOperator operator = context.getBean(JobOperator.class);
        JobRepository repository = context.getBean(JobRepository.class);
        for (String name : repository.getJobNames()) {
            // A shared job repository also lists other hosts' runs: stop only this process's own.
            for (JobExecution execution : repository.findRunningJobExecutions(name).stream()
                    .filter(e -> inProgress.contains(e.getJobParameters())).toList()) {
                try {
                    operator.stop(execution);
                } catch (Exception e) {
                    // It ended between the query and the stop: nothing left to stop.
                }
            }
        }
    }

    @Override
    public void close() {
        context.close();
        closeQuietly(siteServer);
        closeQuietly(lock);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing at the end of a run: the process is about to exit and the OS releases the rest.
        }
    }
}
