package org.vigil.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The runs of one job file as the Spring Batch job repository recorded them. A shared catalog holds
 * the runs of several job files; only those whose {@code job} parameter names this one are shown.
 */
public final class RunHistory {

    /** The reason recorded for a run whose process died. */
    public static final String DIED = "the process died while running (killed or crashed)";

    private static final int PAGE = 100;

    private final JobRepository repository;
    private final String jobName;

    public RunHistory(JobRepository repository, String jobName) {
        this.repository = repository;
        this.jobName = jobName;
    }

    /** The newest {@code limit} runs of every Batch job (nightly, harvest, ...), newest first. */
    public List<JobExecution> recent(int limit) {
        List<JobExecution> runs = new ArrayList<>();
        for (String batchJob : repository.getJobNames()) {
            runs.addAll(recent(batchJob, limit));
        }
        runs.sort(Comparator.comparing(JobExecution::getCreateTime).thenComparing(JobExecution::getId).reversed());
        return runs.subList(0, Math.min(limit, runs.size()));
    }

    /** The last run of a Batch job, if any. */
    public Optional<JobExecution> last(String batchJob) {
        return recent(batchJob, 1).stream().findFirst();
    }

    /** The newest {@code limit} runs of one Batch job, newest first. */
    private List<JobExecution> recent(String batchJob, int limit) {
        List<JobExecution> runs = new ArrayList<>();
        for (int start = 0; runs.size() < limit; start += PAGE) {
            List<JobInstance> instances = repository.getJobInstances(batchJob, start, PAGE);
            for (JobInstance instance : instances) {
                repository.getJobExecutions(instance).stream()
                        .filter(e -> jobName.equals(e.getJobParameters().getString("job")))
                        .forEach(runs::add);
            }
            if (instances.size() < PAGE) {
                break;
            }
        }
        runs.sort(Comparator.comparing(JobExecution::getCreateTime).thenComparing(JobExecution::getId).reversed());
        return runs.subList(0, Math.min(limit, runs.size()));
    }

    /** One run of this job file, if there is such a run. */
    public Optional<JobExecution> find(long executionId) {
        JobExecution execution;
        try {
            execution = repository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException e) {
            // The JDBC job repository throws where its interface promises null.
            execution = null;
        }
        return Optional.ofNullable(execution).filter(e -> jobName.equals(e.getJobParameters().getString("job")));
    }

    /**
     * Records that a run whose process died (kill -9, power loss) no longer runs. Only one process
     * works on a home at a time, and a run's identity belongs to one home (the shard is part of it),
     * so a "running" run seen from a process holding the home's lock is a dead one.
     */
    public void markDead(JobExecution execution) {
        if (!execution.getStatus().isRunning()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        ExitStatus died = ExitStatus.FAILED.addExitDescription(DIED);
        execution.getStepExecutions().stream().filter(s -> s.getStatus().isRunning()).forEach(s -> {
            s.setStatus(BatchStatus.FAILED);
            s.setExitStatus(died);
            s.setEndTime(now);
            repository.update(s);
        });
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(died);
        execution.setEndTime(now);
        repository.update(execution);
    }
}
