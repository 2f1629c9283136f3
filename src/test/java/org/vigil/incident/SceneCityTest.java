package org.vigil.incident;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city of the act where the text does not put it right after a preposition: a compass part of the city, "the
 * city" pointing back at a city named before, a country told first and its city in the sentence naming the victim;
 * and the country a person comes from, told by their home town.
 */
class SceneCityTest {

    private static List<Incident> extract(String text) {
        return Stories.extract(text, "2026-05-20T08:00:00Z");
    }

    @Test
    void aCompassPartOfTheCityPlacesTheActInThatCity() {
        List<Incident> incidents = extract("""
                A former Afghan intelligence officer, Noor Ahmad Wardak, was stabbed to death in the north-west of \
                Istanbul on Sunday, his family said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Istanbul");
            assertThat(i.place().countryCode()).isEqualTo("TR");
        });
        List<Incident> oneWord = extract("""
                Gunmen shot dead an exiled Afghan judge, Abdul Qadir Noori, outside a bakery in the southeast of \
                Tehran late on Friday, relatives said.""");
        assertThat(oneWord).singleElement().satisfies(i -> assertThat(i.place().city()).isEqualTo("Tehran"));
    }

    @Test
    void theCitysDistrictLiesInTheCityNamedBefore() {
        List<Incident> incidents = extract("""
                The arrest came weeks after a crackdown on foreign residents. Rustam Nazarov, a 41-year-old \
                opposition blogger who had lived in Tashkent since 2022, was detained by police outside a cafe in the \
                city's Yunusabad district on Thursday and flown to Dushanbe two days later.""");
        assertThat(incidents).isNotEmpty();
        assertThat(incidents.get(0).place().city()).isEqualTo("Tashkent");
        assertThat(incidents.get(0).place().district()).isEqualTo("Yunusabad");
        assertThat(incidents.get(0).place().countryCode()).isEqualTo("UZ");
    }

    @Test
    void aCityInTheSentenceNamingTheVictimRefinesTheCountryToldFirst() {
        List<Incident> incidents = extract("""
                An Uzbek opposition blogger has been detained in Turkey at the request of Tashkent, his lawyer said.

                Bekzod Karimov, 34, was stopped by plain-clothes police at a metro station in Istanbul on Sunday \
                and taken to a removal centre.""");
        assertThat(incidents).isNotEmpty();
        assertThat(incidents.get(0).place().city()).isEqualTo("Istanbul");
        assertThat(incidents.get(0).place().countryCode()).isEqualTo("TR");
    }

    @Test
    void aHomeTownSaysWhereTheVictimComesFrom() {
        List<Incident> incidents = extract("""
                Police in Istanbul detained Gulalai Sherzad, a women's rights campaigner from Jalalabad, at her \
                flat in the Fatih district on Monday.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.originCountryCode()).isEqualTo("AF");
            assertThat(i.inScope()).isTrue();
        });
        List<Incident> region = extract("""
                Two men attacked Ramzan Dudayev, a video blogger from Chechnya, with a metal pipe outside his home in \
                Strasbourg on Saturday, prosecutors said.""");
        assertThat(region).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Strasbourg");
            assertThat(i.originCountryCode()).isEqualTo("RU");
        });
    }

    @Test
    void aPlaceTheGazetteerLacksKeepsTheCountryToldBefore() {
        List<Incident> incidents = extract("""
                Unrest over a new mining law turned deadly in Peru this week, local officials said.

                Police fired live rounds at villagers blocking the road near the mine gate in Huancuire on Tuesday, \
                killing two men.""");
        assertThat(incidents).isNotEmpty();
        assertThat(incidents.get(0).place().city()).isNull();
        assertThat(incidents.get(0).place().countryCode()).isEqualTo("PE");
        assertThat(incidents.get(0).place().precision()).isEqualTo(Incident.PlacePrecision.COUNTRY);
    }

    @Test
    void noCountryIsGuessedWhenTheTextPlacesThingsInSeveral() {
        List<Incident> incidents = extract("""
                The group has organised rallies in Chile and in Peru since March.

                Police fired live rounds at villagers blocking the road near the mine gate in Huancuire on Tuesday, \
                killing two men.""");
        assertThat(incidents).isNotEmpty();
        assertThat(incidents.get(0).place().countryCode()).isNull();
    }

    @Test
    void aLahoreNeighbourhoodIsADistrictOfTheDatelineCity() {
        List<Incident> incidents = extract("""
                LAHORE: An Afghan carpet trader, Haji Gul Rahman, was shot and wounded by two men on a motorbike in \
                Johar Town on Sunday evening, police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Lahore");
            assertThat(i.place().district()).isEqualTo("Johar Town");
        });
    }

    @Test
    void aPersonWhoHasBeenTakenByUnknownMenIsAbducted() {
        List<Incident> incidents = extract("""
                Relatives of a former Afghan army interpreter, Mohammad Yasin Karimi, say he has been taken by \
                unknown armed men from his flat in Quetta and nothing has been heard of him since.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION);
            assertThat(i.place().city()).isEqualTo("Quetta");
        });
        List<Incident> byPolice = extract("""
                A former Afghan police officer, Abdul Basir Sultani, had been picked up by police at a checkpoint in \
                Karachi on Monday, his brother said.""");
        assertThat(byPolice).singleElement().satisfies(i -> assertThat(i.type()).isEqualTo(Incident.Type.DETENTION));
    }

    @Test
    void aRemovalThroughABorderCrossingEndsTheDetentionWhereThePersonWasHeld() {
        List<Incident> incidents = extract("""
                Iranian police arrested a former Afghan air force pilot, Jawid Sultani, at a bakery in the Golshahr \
                district of Mashhad on Monday. His brother said he was kept at a holding camp outside the city and \
                deported two days later through the Dogharoun border crossing.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.DEPORTATION);
            assertThat(i.place().city()).isEqualTo("Mashhad");
            assertThat(i.place().district()).isEqualTo("Golshahr");
        });
    }

    @Test
    void aDistrictOfAProvinceIsNoDistrictOfTheProvincialCapital() {
        List<Incident> incidents = extract("""
                A former Afghan police commander, Gul Mohammad Stanekzai, was found shot dead near his village in the \
                Chaparhar district of Nangarhar province on Saturday, his relatives said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isNull();
            assertThat(i.place().district()).isEqualTo("Chaparhar");
            assertThat(i.place().admin1()).isEqualTo("Nangarhar");
            assertThat(i.place().countryCode()).isEqualTo("AF");
            assertThat(i.inScope()).isFalse();
        });
    }
}
