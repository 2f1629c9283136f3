package org.vigil.incident;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places the gazetteer lacks but the text makes plain: a border crossing ("the Torkham border crossing"), a town
 * placed by the city it lies near ("Kuchlak, a town north of Quetta").
 */
class BorderAndVillageTest {


    private static List<Incident> extract(String text) {
        return Stories.extract(text, "2026-07-02T07:00:00Z");
    }

    @Test
    void aBorderCrossingIsThePlaceInTheStorysCountry() {
        List<Incident> incidents = extract("""
                Pakistani authorities expelled Haroon Sadiqi, a former Afghan intelligence officer, through the \
                Ghulam Khan border crossing on Monday, his lawyer said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.DEPORTATION);
            assertThat(i.place().city()).isEqualTo("Ghulam Khan");
            assertThat(i.place().countryCode()).isEqualTo("PK");
            assertThat(i.place().lat()).isNull();
        });
    }

    @Test
    void theSideOfTheBorderTheTextNamesIsTheCountry() {
        List<Incident> incidents = extract("""
                Returning from Pakistan, the former police commander Abdul Wahid Sultani was detained by Taliban \
                intelligence officers at the Angoor Adda crossing point on the Afghan side on Friday, his brother said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.DETENTION);
            assertThat(i.place().city()).isEqualTo("Angoor Adda");
            assertThat(i.place().countryCode()).isEqualTo("AF");
        });
    }

    @Test
    void aCrossingTheBodyWasCarriedThroughIsNotTheScene() {
        List<Incident> incidents = extract("""
                A former Afghan army captain, Rahmatullah Safi, was shot dead near his shop in Peshawar on Sunday, \
                police said. His body was later carried home for burial via the Ghulam Khan border crossing.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.place().city()).isEqualTo("Peshawar"));
    }

    @Test
    void anUnlistedTownPlacedByANearbyCityLiesInThatCitysCountry() {
        List<Incident> incidents = extract("""
                A Baloch activist from Iran, Mohammad Rigi, was gunned down in Sariab Kalan, a village some ten miles \
                south of Quetta, on Tuesday evening, relatives said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Sariab Kalan");
            assertThat(i.place().countryCode()).isEqualTo("PK");
            assertThat(i.place().admin1()).isEqualTo("Balochistan");
        });
    }

    @Test
    void aRemovalHappensWhereThePersonIsTakenFromNotAtTheCrossingTheyLeaveBy() {
        List<Incident> incidents = extract("""
                Pakistani authorities deported two former Afghan soldiers on Monday, their families said.

                The two men were put on a bus in Quetta early on Monday and handed over to Taliban officials at the \
                Chaman border crossing in the afternoon, a relative said.""");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).type()).isEqualTo(Incident.Type.DEPORTATION);
        assertThat(incidents.get(0).place().city()).isEqualTo("Quetta");
        List<Incident> onlyTheCrossing = extract("""
                Pakistani police deported a former Afghan police officer through the Torkham border crossing on \
                Tuesday, his brother said.""");
        assertThat(onlyTheCrossing).extracting(i -> i.place().city()).containsExactly("Torkham");
    }

    @Test
    void aVillageOfTheTownFirstNamedToldMoreCloselyIsTheSceneOfTheSameAct() {
        List<Incident> incidents = extract("""
                CHAMAN: A former Afghan police commander was shot dead near his home in a village of Chaman district on \
                Sunday evening, his relatives said.

                The commander was returning home from a wheat field in the village of Kharkanai, about 30 kilometres \
                east of Chaman town, when two armed men on a motorbike stopped him and opened fire, police said.""");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).place().city()).isEqualTo("Kharkanai");
        assertThat(incidents.get(0).place().countryCode()).isEqualTo("PK");
    }
}
