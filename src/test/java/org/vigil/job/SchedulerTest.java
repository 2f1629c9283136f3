package org.vigil.job;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulerTest {

    @Test
    void aJobDueWhileItStillRunsIsSkippedNotOverlapped() throws Exception {
        AtomicInteger running = new AtomicInteger();
        List<Integer> concurrency = new CopyOnWriteArrayList<>();
        List<String> ran = new CopyOnWriteArrayList<>();
        Scheduler.Entry slow = new Scheduler.Entry("slow", CronExpression.parse("* * * * * *"), ZoneId.of("UTC"));
        Scheduler scheduler = new Scheduler(List.of(slow), entry -> {
            concurrency.add(running.incrementAndGet());
            ran.add(entry.name());
            sleep(2500);
            running.decrementAndGet();
        });
        Thread.sleep(4200);
        assertThat(scheduler.isBusy("slow")).isTrue();
        assertThat(scheduler.shutdown(Duration.ofSeconds(10))).isTrue();
        // Due every second for about four seconds, but each run takes 2.5 s: two runs, never side by side.
        assertThat(ran).hasSize(2);
        assertThat(concurrency).containsOnly(1);
    }

    @Test
    void nextRunsFollowTheCronExpressionInTheJobsZone() throws Exception {
        Scheduler.Entry kabul = new Scheduler.Entry("kabul", CronExpression.parse("0 0 2 * * *"),
                ZoneId.of("Asia/Kabul"));
        ZonedDateTime next = kabul.next(ZonedDateTime.parse("2026-11-24T21:00:00Z"));
        // 21:00 UTC is 01:30 in Kabul (UTC+4:30): the next 02:00 there is half an hour later.
        assertThat(next.toInstant()).isEqualTo(ZonedDateTime.parse("2026-11-24T21:30:00Z").toInstant());
        try (Scheduler scheduler = new Scheduler(List.of(kabul), entry -> {
        })) {
            assertThat(scheduler.nextRuns().get("kabul").getZone()).isEqualTo(ZoneId.of("Asia/Kabul"));
            assertThat(scheduler.nextRuns().get("kabul").getHour()).isEqualTo(2);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
