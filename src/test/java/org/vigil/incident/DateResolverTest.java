package org.vigil.incident;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateResolverTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 5); // a Friday
    private final DateResolver dates = new DateResolver();

    private Incident.When when(String sentence) {
        return dates.resolve(sentence, PUBLISHED, null).orElseThrow();
    }

    @Test
    void weekdayIsTheLatestSuchDayOnOrBeforePublication() {
        assertThat(when("He was shot dead on Wednesday evening outside his home."))
                .isEqualTo(new Incident.When("2025-12-03", "2025-12-03", Incident.DatePrecision.DAY, "on Wednesday evening"));
        assertThat(when("The attack happened on Friday.").start()).isEqualTo("2025-12-05");
        assertThat(when("The attack happened last Friday.").start()).isEqualTo("2025-11-28");
    }

    @Test
    void absoluteDatesInBothOrdersAndYearInference() {
        assertThat(when("He was abducted on 14 March 2024 in Dushanbe.").start()).isEqualTo("2024-03-14");
        assertThat(when("He was abducted on March 14, 2024, in Dushanbe.").start()).isEqualTo("2024-03-14");
        assertThat(when("He was killed on November 30.").start()).isEqualTo("2025-11-30");
        assertThat(when("He was killed on December 20.").start()).isEqualTo("2024-12-20");
    }

    @Test
    void monthsWithoutYearPointBackwardsFromPublication() {
        assertThat(when("He was detained in September.")).isEqualTo(
                new Incident.When("2025-09", "2025-09", Incident.DatePrecision.MONTH, "in September"));
        assertThat(when("He was detained in December.").start()).isEqualTo("2025-12");
        assertThat(when("A similar attack took place in mid-January.").start()).isEqualTo("2025-01");
        assertThat(when("He was detained in September 2023.").start()).isEqualTo("2023-09");
        assertThat(when("He was detained in 2023.").precision()).isEqualTo(Incident.DatePrecision.YEAR);
    }

    @Test
    void relativePhrases() {
        assertThat(when("He was beaten last week.")).isEqualTo(
                new Incident.When("2025-11-24", "2025-11-30", Incident.DatePrecision.WEEK, "last week"));
        assertThat(when("Police arrested him earlier this month.").start()).isEqualTo("2025-12");
        assertThat(when("He was deported last year.").start()).isEqualTo("2024");
        assertThat(when("The body was found yesterday.").start()).isEqualTo("2025-12-04");
        assertThat(when("He had been stabbed two days ago.").start()).isEqualTo("2025-12-03");
    }

    @Test
    void countedOffsetsFromTheIncidentAreApproximate() {
        Incident.When when = dates.resolve("Four months earlier, his cousin was killed.", PUBLISHED,
                LocalDate.of(2025, 12, 3)).orElseThrow();
        assertThat(when).isEqualTo(new Incident.When("2025-08", "2025-08", Incident.DatePrecision.MONTH,
                "Four months earlier"));
    }

    @Test
    void withoutPublicationDateOnlyThePhraseAndPrecisionRemain() {
        assertThat(dates.resolve("He was shot on Wednesday evening.", null, null)).contains(
                new Incident.When(null, null, Incident.DatePrecision.DAY, "on Wednesday evening"));
        assertThat(dates.resolve("He was shot last week.", null, null)).contains(
                new Incident.When(null, null, Incident.DatePrecision.WEEK, "last week"));
        assertThat(dates.resolve("He was shot on 2 June 2024.", null, null).orElseThrow().start()).isEqualTo("2024-06-02");
    }

    @Test
    void ordinaryWordsAreNotDates() {
        assertThat(dates.resolve("Officials may march to the ministry.", PUBLISHED, null)).isEmpty();
        assertThat(dates.find("He was 31 years old and a father of 3.", PUBLISHED, null)).isEmpty();
    }

    @Test
    void persianWeekdays() {
        assertThat(when("او روز چهارشنبه در مشهد کشته شد.").start()).isEqualTo("2025-12-03");
    }
}
