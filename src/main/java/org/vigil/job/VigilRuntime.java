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

/**
 * One Vigil process: serves the job's sample site if it has one, opens the catalog in the home
 * folder and runs Spring Batch jobs on it. Close it to stop everything.
 */
public final class VigilRuntime implements AutoCloseable {

    private final HomeLock lock;
    private final SiteServer siteServer;
    private final ConfigurableApplicationContext context;
    private final RunSettings settings;

    private VigilRuntime(HomeLock lock, SiteServer siteServer, ConfigurableApplicationContext context,
                         RunSettings settings) {
        this.lock = lock;
        this.siteServer = siteServer;
        this.context = context;
        this.settings = settings;
    }

    /**
     * @throws AlreadyRunningException when another Vigil process works on the same home
     */
    public static VigilRuntime open(Path home, JobDefinition job) {
        Path absoluteHome = home.toAbsolutePath().normalize();
        HomeLock lock;
        try {
            Files.createDirectories(absoluteHome.resolve("archive").resolve("warc"));
            Files.createDirectories(absoluteHome.resolve("output"));
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
        Map<String, Object> properties = new LinkedHashMap<>();
        // WRITE_DELAY=0: a committed transaction reaches the file at once, so a killed process loses no
        // commit (H2 otherwise keeps the last second of commits in memory).
        properties.put("spring.datasource.url", "jdbc:h2:file:" + absoluteHome.resolve("archive").resolve("catalog")
                + ";WRITE_DELAY=0");
        properties.put("spring.datasource.username", "sa");
        properties.put("spring.datasource.password", "");
        properties.put("spring.batch.jdbc.initialize-schema", "always");
        properties.put("spring.batch.job.enabled", "false");
        properties.put("spring.main.log-startup-info", "false");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.vigil", "INFO");
        // Flyway warns that H2 2.4 is newer than it was verified with; the migrations are plain SQL.
        properties.put("logging.level.org.flywaydb", "ERROR");
        // A failed step is reported as one line by the command; its stack trace is noise on a terminal.
        properties.put("logging.level.org.springframework.batch.core.step.AbstractStep", "OFF");
        properties.put("logging.pattern.console", "%d{HH:mm:ss} %-5level %msg%n");
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(VigilApplication.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .properties(properties)
                    .initializers(c -> c.getBeanFactory().registerSingleton("runSettings", settings))
                    .run();
            return new VigilRuntime(lock, server, context, settings);
        } catch (RuntimeException e) {
            closeQuietly(server);
            closeQuietly(lock);
            throw e;
        }
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
     * Runs a job identified by {@code identity}: a first run starts it; after a failure or a crash the
     * same identity restarts the failed execution where it stopped; after a success it is already
     * complete, unless {@code force} starts a fresh instance.
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
        JobParameters parameters = builder.toJobParameters();
        try {
            JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
            if (last == null) {
                return new Outcome(operator.start(job, parameters), false);
            }
            if (last.getStatus() == BatchStatus.COMPLETED) {
                return new Outcome(last, true);
            }
            if (last.getStatus().isRunning()) {
                // Only one Vigil process runs per home, so a "running" execution is a crashed one.
                last.setStatus(BatchStatus.FAILED);
                last.setEndTime(LocalDateTime.now());
                last.getStepExecutions().stream().filter(s -> s.getStatus().isRunning()).forEach(s -> {
                    s.setStatus(BatchStatus.FAILED);
                    s.setEndTime(LocalDateTime.now());
                    repository.update(s);
                });
                repository.update(last);
            }
            return new Outcome(operator.restart(last), false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot run " + jobName + ": " + e.getMessage(), e);
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
