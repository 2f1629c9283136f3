package org.vigil.incident;

import org.junit.jupiter.api.Test;
import org.vigil.extract.Article;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GeoNames lists many districts of big cities as towns of their own (Ealing, Neukölln, Bağcılar): where the article
 * names the big city, or calls the place one of its districts, a coder records the district of that city.
 */
class CityDistrictTest {


    private static List<Incident> extract(String title, String text) {
        return Stories.extract(title, text, "en", "2026-05-09T12:00:00Z");
    }

    @Test
    void aListedTownWithinTheBigCityTheStoryNamesIsItsDistrict() {
        List<Incident> incidents = extract("Exiled poet beaten outside cafe", """
                An exiled Iranian poet, Shirin Azadi, was punched and kicked by two men outside a cafe in Ealing on \
                Thursday evening, her publisher said. She works for a London-based literary magazine.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("London");
            assertThat(i.place().district()).isEqualTo("Ealing");
            assertThat(i.place().countryCode()).isEqualTo("GB");
        });
    }

    @Test
    void theBigCityMayBeNamedOnlyInTheHeadline() {
        List<Incident> incidents = extract("Chechen blogger stabbed in Berlin", """
                A Chechen blogger critical of Grozny, Islam Bakayev, was stabbed in Neukölln on Wednesday night and \
                is in a serious condition, police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Berlin");
            assertThat(i.place().district()).isEqualTo("Neukölln");
        });
    }

    @Test
    void anAppositionNamingTheCityBeforeTheDistrictNounPlacesTheDistrict() {
        List<Incident> incidents = extract("Refugee wounded", """
                Abdul Samad Hotak, a former Afghan army major, was shot and wounded on Tuesday in Esenler, the \
                Istanbul district where many Afghan migrants rent rooms, his cousin said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Istanbul");
            assertThat(i.place().district()).isEqualTo("Esenler");
        });
    }

    @Test
    void aTownToldAsNearTheCityStaysATownOfItsOwn() {
        List<Incident> incidents = extract("Dissident attacked", """
                A Rwandan dissident, Eric Habimana, was beaten with iron bars in Montreuil, just outside Paris, on \
                Monday, his lawyer said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Montreuil");
            assertThat(i.place().countryCode()).isEqualTo("FR");
        });
    }

    @Test
    void aDistrictOfTheCapitalTheAdjectiveNames() {
        List<Incident> incidents = extract("Reporter abducted", """
                Afghan reporter Zarghona Hakimi was abducted on Saturday from a rented room in the Tarnol area of the \
                Pakistani capital, her editor said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Islamabad");
            assertThat(i.place().district()).isEqualTo("Tarnol");
        });
    }

    @Test
    void anEarlierActInTheCitysNamedPlaceLiesInTheStorysCity() {
        List<Incident> incidents = extract("Ex-officer shot", """
                A former Afghan army major, Abdul Latif Noori, was shot dead outside a mosque in Karachi on Friday, \
                police said.

                Last year, another former officer, Gul Khan Mangal, was stabbed to death near his bakery in the \
                city's Sohrab Goth, a settlement where many Afghan families live.""");
        assertThat(incidents).hasSize(2);
        assertThat(incidents.get(1).place().city()).isEqualTo("Karachi");
        assertThat(incidents.get(1).place().district()).isEqualTo("Sohrab Goth");
    }

    @Test
    void aPersianDistrictNounWithItsEzafeWrittenOnAndADistrictWrittenAsOneWord() {
        Article article = Stories.article("گزارش", """
                دگروال عبدالله کریمی روز دوشنبه در منطقه‌ی شهرری تهران با ضربات چاقو کشته شد.

                جگرن نورالله احمدی روز جمعه در منطقۀ ولیعصر تهران به ضرب گلوله کشته شد.""", "fa", "2026-05-09T12:00:00Z");
        List<Incident> incidents = Stories.extract(article);
        assertThat(incidents).extracting(i -> i.place().city(), i -> i.place().district())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tehran", "Shahr-e Rey"),
                        org.assertj.core.groups.Tuple.tuple("Tehran", "Valiasr"));
    }
}
