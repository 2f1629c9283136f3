package org.vigil.incident;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineTest {

    @Test
    void readsCityCountryAndAgency() {
        String text = "QUETTA, Pakistan (Frontier Wire) - A former Afghan army major was abducted on Friday.";
        Dateline d = Dateline.of(text).orElseThrow();
        assertThat(d.city()).isEqualTo("QUETTA");
        assertThat(d.country()).isEqualTo("Pakistan");
        assertThat(text.substring(d.end())).startsWith("A former Afghan");
    }

    @Test
    void readsCityWithDateAndAgency() {
        String text = "KABUL, Nov 12 (Reuters) — Gunmen shot dead a former police officer.";
        Dateline d = Dateline.of(text).orElseThrow();
        assertThat(d.city()).isEqualTo("KABUL");
        assertThat(d.country()).isNull();
        assertThat(text.substring(d.end())).startsWith("Gunmen");
    }

    @Test
    void readsCityWithAgencyOnlyAndEnDash() {
        Dateline d = Dateline.of("ISTANBUL (AFP) – A former governor was stabbed.").orElseThrow();
        assertThat(d.city()).isEqualTo("ISTANBUL");
        assertThat(Dateline.of("ISTANBUL — A former governor was stabbed.").orElseThrow().city()).isEqualTo("ISTANBUL");
        assertThat(Dateline.of("NEW DELHI, Sept. 3 (Example News) -- Police said.").orElseThrow().city()).isEqualTo("NEW DELHI");
    }

    @Test
    void ordinarySentencesHaveNone() {
        assertThat(Dateline.of("A former Afghan general was shot dead in Tehran - his family said.")).isEmpty();
        assertThat(Dateline.of("Abdul Samad Achakzai, 45, was taken away.")).isEmpty();
        assertThat(Dateline.of("UN - officials said.")).isEmpty();
    }

    @Test
    void readsTitleCasePlaceBeforeColonWhenItIsAPlace() {
        String text = "Lucknow: Two men on a motorcycle shot at a shopkeeper late on Friday.";
        Dateline d = Dateline.of(text, "Lucknow"::equals).orElseThrow();
        assertThat(d.city()).isEqualTo("Lucknow");
        assertThat(text.substring(d.end())).startsWith("Two men");
        assertThat(Dateline.of("New Delhi: Police said.", "New Delhi"::equals).orElseThrow().city()).isEqualTo("New Delhi");
    }

    @Test
    void titleCaseOpeningThatIsNoPlaceIsNoDateline() {
        assertThat(Dateline.of("Update: The minister resigned on Friday.", "Lucknow"::equals)).isEmpty();
        assertThat(Dateline.of("Lucknow: Police said.")).isEmpty();
    }
}
