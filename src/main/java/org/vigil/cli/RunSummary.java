package org.vigil.cli;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The figures of one job execution, as the one-line summary a cron mail shows. */
record RunSummary(String job, String jobName, JobExecution execution, int archived, int failures, int skipped,
                  int articles, int incidents, String pdf, String mailFailure) {

    static RunSummary of(String job, String jobName, JobExecution execution) {
        int archived = 0;
        int failures = 0;
        int skipped = 0;
        int articles = 0;
        int incidents = -1;
        String pdf = null;
        String mailFailure = null;
        for (StepExecution step : execution.getStepExecutions()) {
            switch (step.getStepName()) {
                case "harvest-discover" -> failures += step.getExecutionContext().getInt("discoveryFailures", 0);
                case "harvest-fetch" -> {
                    archived += (int) step.getWriteCount();
                    failures += (int) step.getFilterCount();
                    skipped += step.getExecutionContext().getInt("skipped", 0);
                }
                case "normalize-extract" -> articles += (int) step.getWriteCount();
                case "normalize-merge" -> incidents = step.getExecutionContext().getInt("incidents", -1);
                case "brief" -> {
                    pdf = step.getExecutionContext().getString("pdf", null);
                    mailFailure = step.getExecutionContext().getString("mailFailure", null);
                }
                default -> {
                }
            }
        }
        return new RunSummary(job, jobName, execution, archived, failures + (mailFailure == null ? 0 : 1), skipped,
                articles, incidents, pdf, mailFailure);
    }

    String line() {
        List<String> parts = new ArrayList<>();
        boolean harvested = execution.getStepExecutions().stream().anyMatch(s -> s.getStepName().startsWith("harvest"));
        if (harvested) {
            parts.add(archived + " pages archived, " + failures + " failed"
                    + (skipped > 0 ? ", " + skipped + " skipped (robots.txt, not HTML, duplicates)" : ""));
        }
        boolean normalized = execution.getStepExecutions().stream()
                .anyMatch(s -> s.getStepName().equals("normalize-extract"));
        if (normalized) {
            parts.add(articles + " articles extracted");
        }
        if (incidents >= 0) {
            parts.add(incidents + " incidents");
        }
        if (pdf != null) {
            parts.add("briefing " + pdf);
        }
        if (mailFailure != null) {
            parts.add("briefing NOT mailed: " + mailFailure);
        }
        Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        String status = execution.getStatus() == BatchStatus.COMPLETED && failures > 0
                ? "COMPLETED WITH " + failures + (failures == 1 ? " FAILURE" : " FAILURES")
                : execution.getStatus().toString();
        return String.format("%s %s: %s in %.1f s%s", jobName, job, status, took.toMillis() / 1000.0,
                parts.isEmpty() ? "" : ": " + String.join("; ", parts));
    }

    /** Why the run failed, in one line. */
    String failureReason() {
        return execution.getAllFailureExceptions().stream().findFirst().map(Messages::oneLine)
                .orElse("run ended " + execution.getStatus());
    }
}
