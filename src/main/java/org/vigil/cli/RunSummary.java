package org.vigil.cli;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The figures of one job execution, as the one-line summary a cron mail shows. */
record RunSummary(String job, String jobName, JobExecution execution, int archived, int failures, int skipped,
                  int articles, int incidents, int incidentsNew, int incidentsUpdated, String pdf,
                  String mailFailure, int rebriefed) {

    static RunSummary of(String job, String jobName, JobExecution execution) {
        int archived = 0;
        int failures = 0;
        int skipped = 0;
        int articles = 0;
        int incidents = -1;
        int incidentsNew = -1;
        int incidentsUpdated = -1;
        int rebriefed = -1;
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
                case "normalize-merge" -> {
                    incidents = step.getExecutionContext().getInt("incidents", -1);
                    incidentsNew = step.getExecutionContext().getInt("incidentsNew", -1);
                    incidentsUpdated = step.getExecutionContext().getInt("incidentsUpdated", -1);
                }
                case "rebuild-brief" -> rebriefed = (int) step.getWriteCount();
                case "brief" -> {
                    pdf = step.getExecutionContext().getString("pdf", null);
                    mailFailure = step.getExecutionContext().getString("mailFailure", null);
                }
                default -> {
                }
            }
        }
        return new RunSummary(job, jobName, execution, archived, failures + (mailFailure == null ? 0 : 1), skipped,
                articles, incidents, incidentsNew, incidentsUpdated, pdf, mailFailure, rebriefed);
    }

    /** The line a run prints when it ends: job, period, figures, briefing and duration. */
    String line() {
        List<String> figures = figures();
        String status = execution.getStatus() == BatchStatus.COMPLETED && failures > 0
                ? "COMPLETED WITH " + failures + (failures == 1 ? " FAILURE" : " FAILURES")
                : execution.getStatus().toString();
        return String.format("%s %s%s: %s in %.1f s%s", jobName, job, period(), status,
                took().toMillis() / 1000.0, figures.isEmpty() ? "" : ": " + String.join("; ", figures));
    }

    /** The line {@code status} and {@code history} show for a past run, with the reason it failed. */
    String record() {
        List<String> figures = figures();
        BatchStatus status = execution.getStatus();
        if (status.isRunning()) {
            figures.add("running, or its process died: the same command resumes it");
        } else if (status != BatchStatus.COMPLETED) {
            figures.add("reason: " + failureReason());
        }
        return String.format("run %d %s%s: %s, %s - %s (%.1f s)%s", execution.getId(), jobName, period(), status,
                format(execution.getStartTime()), format(execution.getEndTime()), took().toMillis() / 1000.0,
                figures.isEmpty() ? "" : "; " + String.join("; ", figures));
    }

    private String period() {
        JobParameters parameters = execution.getJobParameters();
        String date = parameters.getString("date");
        if (date == null) {
            return "";
        }
        String from = parameters.getString("from");
        String shard = parameters.getString("shard");
        return " " + (from == null ? date + " (" + parameters.getString("period") + ")" : from + ".." + date)
                + (shard == null ? "" : " shard " + shard);
    }

    private List<String> figures() {
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
            // Runs recorded before the merge counted new and updated incidents have only the total.
            parts.add(incidents + " incidents" + (incidentsNew < 0 ? ""
                    : " (" + incidentsNew + " new, " + incidentsUpdated + " updated)"));
        }
        if (pdf != null) {
            parts.add("briefing " + pdf);
        }
        if (rebriefed >= 0) {
            parts.add(rebriefed + " briefings rendered again");
        }
        if (mailFailure != null) {
            parts.add("briefing NOT mailed: " + mailFailure);
        }
        return parts;
    }

    private Duration took() {
        LocalDateTime start = execution.getStartTime();
        LocalDateTime end = execution.getEndTime() != null ? execution.getEndTime()
                : execution.getLastUpdated() != null ? execution.getLastUpdated() : start;
        return start == null || end == null ? Duration.ZERO : Duration.between(start, end);
    }

    private static String format(LocalDateTime time) {
        return time == null ? "?" : time.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ');
    }

    /**
     * Why the run failed, in one line: the exception if this process ran it, else the exit description
     * the job repository kept (the first line of a stack trace, without the exception's class name).
     */
    String failureReason() {
        return execution.getAllFailureExceptions().stream().findFirst().map(Messages::oneLine)
                .or(() -> execution.getStepExecutions().stream()
                        .map(step -> step.getExitStatus().getExitDescription())
                        .filter(d -> d != null && !d.isBlank()).findFirst()
                        .or(() -> Optional.ofNullable(execution.getExitStatus().getExitDescription())
                                .filter(d -> !d.isBlank()))
                        .map(RunSummary::firstLine))
                .orElse("run ended " + execution.getStatus());
    }

    private static String firstLine(String description) {
        String line = description.lines().findFirst().orElse(description).strip();
        return line.replaceFirst("^([a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error): ", "");
    }
}
