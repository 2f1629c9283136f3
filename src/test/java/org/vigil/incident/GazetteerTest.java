package org.vigil.incident;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.shared();

    @Test
    void resolvesCountriesByNameCodeAndDemonym() {
        assertThat(gazetteer.countryByDemonym("Afghan")).map(Gazetteer.Country::code).contains("AF");
        assertThat(gazetteer.countryByName("Türkiye")).map(Gazetteer.Country::code).contains("TR");
        assertThat(gazetteer.countryByName("Iran")).map(Gazetteer.Country::name).contains("Iran");
        assertThat(gazetteer.countryByCode("ir")).map(Gazetteer.Country::name).contains("Iran");
        assertThat(gazetteer.countryByName("Mongolia")).map(Gazetteer.Country::code).contains("MN");
    }

    @Test
    void prefersPrincipalCitiesUnlessTheTextNamesAnotherCountry() {
        assertThat(gazetteer.city("Moscow", List.of())).map(Gazetteer.City::countryCode).contains("RU");
        assertThat(gazetteer.city("Moscow", List.of("US"))).map(Gazetteer.City::countryCode).contains("US");
        assertThat(gazetteer.city("Herat", List.of())).map(Gazetteer.City::countryCode).contains("AF");
    }

    @Test
    void foldsAccentsAndTransliterationVariants() {
        assertThat(gazetteer.city("Mazar-e-Sharif", List.of())).map(Gazetteer.City::name).contains("Mazar-i-Sharif");
        assertThat(gazetteer.city("Meshhed", List.of())).map(Gazetteer.City::name).contains("Mashhad");
        assertThat(gazetteer.city("مشهد", List.of())).map(Gazetteer.City::name).contains("Mashhad");
        assertThat(gazetteer.city("Esenyurt", List.of("TR"))).map(Gazetteer.City::countryCode).contains("TR");
    }

    @Test
    void carriesAdmin1AndCoordinatesFromGeoNames() {
        Gazetteer.City peshawar = gazetteer.city("Peshawar", List.of()).orElseThrow();
        assertThat(peshawar.admin1()).isEqualTo("Khyber Pakhtunkhwa");
        assertThat(peshawar.lat()).isBetween(33.9, 34.1);
        Gazetteer.City erzurum = gazetteer.city("Erzurum", List.of()).orElseThrow();
        assertThat(erzurum.countryCode()).isEqualTo("TR");
        assertThat(erzurum.admin1()).isEqualTo("Erzurum");
    }

    @Test
    void ambiguousNamesWithoutContextStayUnresolved() {
        assertThat(gazetteer.cities("Springfield")).hasSizeGreaterThan(1);
        assertThat(gazetteer.city("Springfield", List.of())).isEmpty();
    }

    @Test
    void findsCuratedDistrictsOfACity() {
        Gazetteer.City tehran = gazetteer.city("Tehran", List.of()).orElseThrow();
        assertThat(gazetteer.district(tehran, "Vali Asr")).contains("Valiasr");
        assertThat(gazetteer.district(tehran, "Hayatabad")).isEmpty();
        assertThat(gazetteer.admin1("Balochistan")).extracting(Gazetteer.Admin1::countryCode).contains("PK");
    }

    @Test
    void knowsPersianNamesAndOtherTransliterationsOfProvincialTowns() {
        assertThat(gazetteer.city("ارومیه", List.of())).map(Gazetteer.City::name).contains("Orūmīyeh");
        assertThat(gazetteer.city("Urmia", List.of("IR"))).map(Gazetteer.City::countryCode).contains("IR");
        assertThat(gazetteer.city("Nishapur", List.of("IR"))).map(Gazetteer.City::name).contains("Neyshābūr");
        assertThat(gazetteer.city("لشکرگاه", List.of())).map(Gazetteer.City::name).contains("Lashkar Gāh");
        assertThat(gazetteer.city("Pul-i-Khumri", List.of("AF"))).map(Gazetteer.City::countryCode).contains("AF");
        assertThat(gazetteer.city("Kulyab", List.of("TJ"))).map(Gazetteer.City::name).contains("Kŭlob");
        assertThat(gazetteer.city("Meshed", List.of())).map(Gazetteer.City::name).contains("Mashhad");
    }

    @Test
    void foldsTheAynAndKeepsTheClassicalEndingOfGreekTowns() {
        assertThat(gazetteer.city("Pul-e 'Alam", List.of("AF"))).map(Gazetteer.City::countryCode).contains("AF");
        assertThat(gazetteer.city("Alexandroupolis", List.of("GR"))).map(Gazetteer.City::name).contains("Alexandroupoli");
    }

    @Test
    void delhiIsTheCityAndNewDelhiItsDistrict() {
        assertThat(gazetteer.city("Delhi", List.of("IN"))).map(Gazetteer.City::name).contains("Delhi");
        assertThat(gazetteer.city("دهلی", List.of())).map(Gazetteer.City::name).contains("Delhi");
        assertThat(gazetteer.city("New Delhi", List.of())).map(Gazetteer.City::name).contains("New Delhi");
    }

    @Test
    void datelineRegionsByNameOrAsWiresAbbreviateThem() {
        assertThat(gazetteer.datelineRegion("Calif.")).contains(new Gazetteer.Admin1("California", "US"));
        assertThat(gazetteer.datelineRegion("N.Y.")).contains(new Gazetteer.Admin1("New York", "US"));
        assertThat(gazetteer.datelineRegion("Sindh")).contains(new Gazetteer.Admin1("Sindh", "PK"));
        // Only a dateline reads abbreviations, and only as written.
        assertThat(gazetteer.datelineRegion("Wash")).isEmpty();
        assertThat(gazetteer.city("Hayward", new Gazetteer.Admin1("California", "US")))
                .hasValueSatisfying(c -> assertThat(c.lat()).isBetween(37.0, 38.0));
    }
}
