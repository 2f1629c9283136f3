package org.vigil.incident;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PartialDateTest {

    @Test
    void aPartialDateIsTheRangeOfDaysItCovers() {
        assertThat(PartialDate.parse("2025-12-03")).contains(new PartialDate(LocalDate.of(2025, 12, 3), LocalDate.of(2025, 12, 3)));
        assertThat(PartialDate.parse("2024-02")).contains(new PartialDate(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(PartialDate.parse(" 2025 ")).contains(new PartialDate(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(PartialDate.parse("2025-13")).isEmpty();
        assertThat(PartialDate.parse("2025-02-30")).isEmpty();
        assertThat(PartialDate.parse("3 December 2025")).isEmpty();
        assertThat(PartialDate.parse(null)).isEmpty();
    }

    @Test
    void aMonthContainsItsDaysAndIsWithinZeroDaysOfThem() {
        PartialDate december = PartialDate.parse("2025-12").orElseThrow();
        PartialDate third = PartialDate.parse("2025-12-03").orElseThrow();
        PartialDate fourth = PartialDate.parse("2025-12-04").orElseThrow();
        PartialDate tenthOfJanuary = PartialDate.parse("2026-01-10").orElseThrow();

        assertThat(december.contains(third)).isTrue();
        assertThat(third.contains(december)).isFalse();
        assertThat(december.gapDays(third)).isZero();
        assertThat(third.gapDays(fourth)).isEqualTo(1);
        assertThat(fourth.gapDays(third)).isEqualTo(1);
        assertThat(december.gapDays(tenthOfJanuary)).isEqualTo(10);
        assertThat(december.days()).isEqualTo(31);
    }

    @Test
    void anIncidentDateRunsFromItsStartToItsEnd() {
        assertThat(PartialDate.of(new Incident.When("2025-12-01", "2025-12-07", Incident.DatePrecision.WEEK, "last week")))
                .contains(new PartialDate(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 7)));
        assertThat(PartialDate.of(new Incident.When("2025-12", null, Incident.DatePrecision.MONTH, "in December")))
                .contains(new PartialDate(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)));
        assertThat(PartialDate.of(new Incident.When(null, null, Incident.DatePrecision.UNKNOWN, "on Wednesday"))).isEmpty();
    }
}
