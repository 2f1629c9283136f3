package org.vigil.incident;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where an incident happened, as newsrooms word it: datelines, possessive districts, places told after a clause
 * cut, and places that are not the scene (the hospital, the officials' office).
 */
class PlaceReadingTest {


    private List<Incident> extract(String text) {
        return extract(text, "en");
    }

    private static List<Incident> extract(String text, String language) {
        return Stories.extract("A report", text, language, "2026-03-12T09:00:00Z");
    }

    @Test
    void aTitleCaseDatelineBeforeAColonIsTheFallbackCity() {
        List<Incident> incidents = extract("""
                Lahore: A former Afghan air force pilot, Wali Mohammad Safi, was shot dead on Tuesday evening, \
                officials said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Lahore");
            assertThat(i.place().countryCode()).isEqualTo("PK");
            assertThat(i.place().phrase()).isEqualTo("Lahore");
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Wali Mohammad Safi");
        });
    }

    @Test
    void compassDelhiIsTheCityOfDelhiNotNewDelhi() {
        List<Incident> incidents = extract("""
                Police in India said an Afghan student, Jawed Ahmad Rahimi, was beaten with sticks in east Delhi's \
                Shakarpur on Friday night.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Delhi");
            assertThat(i.place().district()).isEqualTo("Shakarpur");
            assertThat(i.place().countryCode()).isEqualTo("IN");
        });
    }

    @Test
    void thePlaceAfterAClauseCutBelongsToTheActBeforeIt() {
        List<Incident> incidents = extract("""
                A former Afghan army colonel, Sayed Nazir Hashimi, was knifed and badly hurt outside a tea house in \
                Bursa's Osmangazi district late on Sunday, Turkish police said, adding that one suspect had been \
                detained.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Bursa");
            assertThat(i.place().district()).isEqualTo("Osmangazi");
            assertThat(i.place().countryCode()).isEqualTo("TR");
        });
    }

    @Test
    void theHospitalAndTheSpokesmansCityAreNotTheScene() {
        List<Incident> incidents = extract("""
                A former Afghan intelligence officer, Haji Daud Mangal, was shot twice in Mardan on Monday and \
                was later moved to a hospital in Peshawar, a police spokesman in Islamabad said.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.place().city()).isEqualTo("Mardan"));
        List<Incident> noScene = extract("""
                An exiled Afghan journalist, Mirwais Faqiri, was assaulted by three men on Saturday night and \
                was taken to a hospital in Quetta, a spokesman in Islamabad said.""");
        assertThat(noScene).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isNull();
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Mirwais Faqiri");
        });
    }

    @Test
    void aPersianDistrictBeforeTheCityNounAndTheCity() {
        List<Incident> incidents = extract("""
                منابع محلی گفتند که جگرن محمد ظاهر صافی، افسر پیشین پولیس افغانستان، روز جمعه در محله گلشهر شهر \
                زاهدان با شلیک گلوله کشته شد.""", "fa");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Zahedan");
            assertThat(i.place().district()).isEqualTo("گلشهر");
            assertThat(i.place().countryCode()).isEqualTo("IR");
        });
    }

    @Test
    void theCapitalsDistrictIsADistrictOfTheCityTold() {
        List<Incident> incidents = extract("""
                A former Afghan prosecutor, Najibullah Amiri, was abducted by unidentified men in Tashkent on Thursday, \
                his wife said.

                Witnesses said Amiri was pushed into a white car outside a pharmacy in the capital's Chilanzar district.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Tashkent");
            assertThat(i.place().district()).isEqualTo("Chilanzar");
        });
    }

    @Test
    void aRemovalFromACityPastAnApposition() {
        List<Incident> incidents = extract("""
                Iranian authorities deported a former Afghan police commander, Abdul Ghafoor Sarwari, from Zahedan \
                to Afghanistan on Sunday, his family said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.DEPORTATION);
            assertThat(i.place().city()).isEqualTo("Zahedan");
            assertThat(i.place().countryCode()).isEqualTo("IR");
        });
    }

    @Test
    void aVillageTheGazetteerDoesNotListKeepsItsNameAndCountryWithoutCoordinates() {
        List<Incident> incidents = extract("""
                A former Afghan soldier, Gul Rahman Zazai, was shot dead near the village of Kapıköy in eastern \
                Turkey on Monday night, 15 kilometres east of the town of Özalp, his cousin said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Kapıköy");
            assertThat(i.place().countryCode()).isEqualTo("TR");
            assertThat(i.place().lat()).isNull();
            // The town measured from says which region it lies in.
            assertThat(i.place().admin1()).isEqualTo("Van");
            assertThat(i.place().precision()).isEqualTo(Incident.PlacePrecision.ADMIN1);
            assertThat(i.place().phrase()).isEqualTo("near the village of Kapıköy");
        });
    }

    @Test
    void aListedVillageIsTheSceneAndTheTownMeasuredFromIsNot() {
        List<Incident> incidents = extract("""
                Unidentified gunmen killed an Afghan asylum seeker, Habibullah Sarwari, in the early hours of Friday \
                about 20 kilometres north of the town of Orestiada, near the village of Nea Vyssa, Greek police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Néa Výssa");
            assertThat(i.place().countryCode()).isEqualTo("GR");
            assertThat(i.place().precision()).isEqualTo(Incident.PlacePrecision.CITY);
        });
    }

    @Test
    void aNameToldWithAPlaceFurtherOnInItsSentenceDoesNotNameTheUnnamedVictimElsewhere() {
        List<Incident> incidents = extract("""
                An Afghan human rights lawyer was seriously wounded in a knife attack in the western German city of \
                Cologne, police said on Tuesday.

                Three years ago, Afghan singer Hamid Sakhizada was punched and badly injured in the city of Leipzig \
                after a concert.""");
        assertThat(incidents).anySatisfy(i -> {
            assertThat(i.place().city()).isEqualTo("Leipzig");
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Hamid Sakhizada");
        });
        assertThat(incidents).filteredOn(i -> "Cologne".equals(i.place().city())).singleElement()
                .satisfies(i -> assertThat(i.victims()).extracting(Incident.Victim::name).doesNotContain("Hamid Sakhizada"));
    }

    @Test
    void thePartOfACityBeforeOfNamesTheCity() {
        List<Incident> outskirts = extract("""
                Gunmen on a motorcycle shot dead a former Afghan border police officer, Noorullah Zadran, on the \
                eastern outskirts of Quetta on Wednesday, relatives said.""");
        assertThat(outskirts).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Quetta");
            assertThat(i.place().phrase()).isEqualTo("on the eastern outskirts of Quetta");
        });
        List<Incident> heart = extract("""
                An exiled Afghan television presenter, Shabnam Dawran, was assaulted in the heart of Istanbul on \
                Saturday evening, her colleagues said.""");
        assertThat(heart).singleElement().satisfies(i -> assertThat(i.place().city()).isEqualTo("Istanbul"));
    }

    @Test
    void theProvinceOfANameIsTheRegionEvenWhereATownSharesTheName() {
        List<Incident> incidents = extract("""
                A former Afghan army general, Abdul Jabbar Qahraman, was shot dead in the northern province of Balkh \
                on Sunday, his family said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isNull();
            assertThat(i.place().admin1()).isEqualTo("Balkh");
            assertThat(i.place().countryCode()).isEqualTo("AF");
            assertThat(i.place().precision()).isEqualTo(Incident.PlacePrecision.ADMIN1);
        });
    }

    @Test
    void theCapitalOfTheCountryTheAdjectiveNames() {
        List<Incident> unnamed = extract("""
                A former Afghan deputy minister, Abdul Samad Haidari, was stabbed outside a mosque in the Russian \
                capital on Friday, his son said.""");
        assertThat(unnamed).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Moscow");
            assertThat(i.place().countryCode()).isEqualTo("RU");
        });
        List<Incident> district = extract("""
                An Afghan refugee activist, Fereshta Amini, was beaten by two men in the Turkish capital's Cankaya \
                district late on Thursday, her lawyer said.""");
        assertThat(district).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Ankara");
            assertThat(i.place().district()).isEqualTo("Cankaya");
        });
    }

    @Test
    void theHostStatesAuthoritiesHintAtWhichTownOfThatNameIsMeant() {
        List<Incident> incidents = extract("""
                Pakistani police said a former Afghan army major, Sher Ali Hotak, was shot dead in Hyderabad on \
                Saturday.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Hyderabad");
            assertThat(i.place().countryCode()).isEqualTo("PK");
        });
    }

    @Test
    void aCountryAdjectiveBeforeTheRegionNounIsNoRegionOfItsOwn() {
        List<Incident> incidents = extract("""
                A former Afghan police chief, Mohammad Ayub Salangi, was stabbed in the German state of Saxony on \
                Tuesday night, his brother said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().admin1()).isEqualTo("Saxony");
            assertThat(i.place().countryCode()).isEqualTo("DE");
        });
    }

    @Test
    void aDistrictAppositionNamesTheCityItLiesIn() {
        List<Incident> incidents = extract("""
                An Afghan journalist in exile, Nilofar Ahmadi, was attacked with a knife in Bagcilar, a crowded \
                district of Istanbul, on Monday evening, her employer said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Istanbul");
            assertThat(i.place().district()).isEqualTo("Bağcılar");
        });
    }

    @Test
    void aKnownTownBeforeATownNounIsTheTown() {
        List<Incident> incidents = extract("""
                Unknown gunmen shot dead a former Afghan intelligence official, Qari Nasim Wardak, in the Chaman \
                border town late on Friday, local police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Chaman");
            assertThat(i.place().countryCode()).isEqualTo("PK");
            assertThat(i.place().district()).isNull();
        });
    }

    @Test
    void theRegionAfterANameSaysWhichPlaceOfThatNameIsMeant() {
        List<Incident> sindh = extract("""
                A former Afghan army captain, Samiullah Naseri, was hacked to death with an axe in Hyderabad, Sindh \
                province, on Thursday, relatives said.""");
        assertThat(sindh).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Hyderabad");
            assertThat(i.place().countryCode()).isEqualTo("PK");
            assertThat(i.place().admin1()).isEqualTo("Sindh");
        });
        List<Incident> telangana = extract("""
                An Afghan student, Wahidullah Sharifi, was stabbed in Hyderabad, Telangana, on Thursday, his \
                classmates said.""");
        assertThat(telangana).singleElement().satisfies(i -> assertThat(i.place().countryCode()).isEqualTo("IN"));
    }

    @Test
    void aCountrysRegionAndABoroughAndACountryAdjectiveBeforeATownNoun() {
        List<Incident> region = extract("""
                A former Afghan air force mechanic, Ghulam Sakhi Yaqubi, was shot dead in Iran's Yazd province on \
                Wednesday, his family said.""");
        assertThat(region).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isNull();
            assertThat(i.place().admin1()).isEqualTo("Yazd");
            assertThat(i.place().precision()).isEqualTo(Incident.PlacePrecision.ADMIN1);
        });
        List<Incident> borough = extract("""
                An exiled Afghan poet, Latif Pedram Jr, was punched and kicked in the London borough of Hounslow on \
                Friday evening, friends said.""");
        assertThat(borough).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("London");
            assertThat(i.place().district()).isEqualTo("Hounslow");
        });
        List<Incident> town = extract("""
                A former Afghan border police commander, Khan Mohammad Achakzai, was shot dead in the Iranian border \
                town of Zabol on Tuesday, relatives said.""");
        assertThat(town).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Zābol");
            assertThat(i.place().district()).isNull();
        });
    }

    @Test
    void persianNearTheCityAndTheProvinceNamedAfterItsCapital() {
        List<Incident> near = extract("""
                منابع محلی می‌گویند جگرن نورالله احمدزی، افسر پیشین اردو، شامگاه پنجشنبه در اطراف شهر پشاور به \
                ضرب گلوله کشته شد.""", "fa");
        assertThat(near).singleElement().satisfies(i -> assertThat(i.place().city()).isEqualTo("Peshawar"));
        List<Incident> province = extract("""
                منابع محلی می‌گویند جگرن نورالله احمدزی، افسر پیشین اردو، شامگاه پنجشنبه در استان یزد ایران به ضرب \
                گلوله کشته شد.""", "fa");
        assertThat(province).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isNull();
            assertThat(i.place().admin1()).isEqualTo("Yazd");
            assertThat(i.place().countryCode()).isEqualTo("IR");
        });
    }

    @Test
    void anUnlistedVillageTakesTheCountryNamedWithItAndATownMeasuredFromIsTheLastResort() {
        List<Incident> village = extract("""
                A former Afghan police officer, Abdul Wahid Stanikzai, was stabbed to death near the village of \
                Dereüstü in western Turkey on Saturday, relatives in Afghanistan said.""");
        assertThat(village).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Dereüstü");
            assertThat(i.place().countryCode()).isEqualTo("TR");
            assertThat(i.place().precision()).isEqualTo(Incident.PlacePrecision.COUNTRY);
        });
        List<Incident> measured = extract("""
                A former Afghan police officer, Abdul Wahid Stanikzai, was shot dead about 30 kilometres south of \
                Kayseri on Saturday, relatives said.""");
        assertThat(measured).singleElement().satisfies(i -> assertThat(i.place().city()).isEqualTo("Kayseri"));
    }

    @Test
    void theHostStateWhoseAuthoritiesSpeakIsTheCountryWhenNoPlaceIsNamed() {
        List<Incident> host = extract("""
                Border guards shot dead an Afghan teenager, Sayed Jawad Hosseini, as he crossed the frontier at night, \
                Turkish officials said on Thursday.""");
        assertThat(host).singleElement().satisfies(i -> {
            assertThat(i.place().countryCode()).isEqualTo("TR");
            assertThat(i.place().precision()).isEqualTo(Incident.PlacePrecision.COUNTRY);
            assertThat(i.place().phrase()).isEqualTo("Turkish officials");
        });
        List<Incident> victimsState = extract("""
                An Afghan shopkeeper, Sayed Jawad Hosseini, was stabbed to death on Thursday night, Afghan officials \
                said.""");
        assertThat(victimsState).singleElement().satisfies(i -> assertThat(i.place().countryCode()).isNull());
    }

    @Test
    void persianCountyTownAndAVillageNearACity() {
        List<Incident> county = extract("""
                منابع محلی می‌گویند جگرن نورالله احمدزی، افسر پیشین اردو، شامگاه پنجشنبه در شهرستان سبزوار به ضرب \
                گلوله کشته شد.""", "fa");
        assertThat(county).singleElement().satisfies(i -> assertThat(i.place().city()).isEqualTo("Sabzevar"));
        List<Incident> village = extract("""
                منابع محلی می‌گویند جگرن نورالله احمدزی، افسر پیشین اردو، شامگاه پنجشنبه در روستای قلعه‌نو در \
                نزدیکی شهر زاهدان به ضرب گلوله کشته شد.""", "fa");
        assertThat(village).singleElement().satisfies(i -> assertThat(i.place().city()).isEqualTo("Zahedan"));
    }

    @Test
    void aTownListedInSeveralCountriesIsAmbiguousNotUnlisted() {
        List<Incident> incidents = extract("""
                A former Afghan interpreter, Ahmad Wali Rahimi, was stabbed in a shelter in the western city of \
                Duisburg on Friday, an Indian charity that helps refugees in India said.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.place().countryCode()).isNotEqualTo("IN"));
    }

    @Test
    void aDatelineRegionSettlesATownThatSeveralRegionsHave() {
        // GeoNames lists a Hayward in Wisconsin as well as the one in California.
        List<Incident> filed = extract("""
                HAYWARD, Calif. (AP) — A passenger was fatally stabbed during a fight aboard a commuter train as it \
                pulled into a station in Hayward on Tuesday afternoon, transit police said.""", "en");
        assertThat(filed).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Hayward");
            assertThat(i.place().admin1()).isEqualTo("California");
        });
        List<Incident> spelledOut = extract("""
                SPRINGFIELD, Missouri — A former Afghan army interpreter was shot dead outside his apartment in \
                Springfield late on Saturday, police said.""", "en");
        assertThat(spelledOut).singleElement().satisfies(i -> assertThat(i.place().admin1()).isEqualTo("Missouri"));
    }

    @Test
    void anAreaNamedByTheCityItselfIsTheCityNotADistrictOfIt() {
        List<Incident> incidents = extract("""
                Police in Punjab said a former Afghan officer, Wali Jan Sabri, had been shot dead in the Lahore area \
                on Friday.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Lahore");
            assertThat(i.place().district()).isNull();
        });
    }

    @Test
    void theRelativeClauseOfARecalledActPlacesItBeforeTheCityItsTownIsMeasuredFrom() {
        List<Incident> incidents = extract("""
                A former Afghan police officer, Rahim Gul Nazari, was shot and wounded in Hamburg on Monday, police said.

                The attack brought back memories of the killing of another Afghan dissident, Omar Zadran, who was shot \
                dead in Pinneberg, a town just outside Hamburg, in 2019.""");
        assertThat(incidents).extracting(i -> i.place().city()).containsExactly("Hamburg", "Pinneberg");
    }

    @Test
    void aBusTerminalOrChowkNamedByItsAreaNamesTheDistrict() {
        List<Incident> incidents = extract("""
                LAHORE: A former Afghan army captain, Mohammad Nabi Sahak, was shot dead near the Badami Bagh bus \
                stand in Lahore on Tuesday night, police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Lahore");
            assertThat(i.place().district()).isEqualTo("Badami Bagh");
        });
    }

    @Test
    void aCountrysCapitalIsItsCapitalAndTheNameInAppositionACityOfThatCountry() {
        assertThat(extract("""
                An Eritrean dissident journalist was stabbed to death in Kenya's capital, Nairobi, on Sunday night, \
                police said.""")).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Nairobi");
            assertThat(i.place().countryCode()).isEqualTo("KE");
        });
        assertThat(extract("""
                A former Afghan army officer was shot dead in Iran's capital on Sunday night, police said."""))
                .singleElement().satisfies(i -> assertThat(i.place().city()).isEqualTo("Tehran"));
    }

    @Test
    void theArrivalOfPoliceAtTheSceneTellsTheActsDistrictAndDay() {
        assertThat(extract("""
                A Pakistani dissident blogger has been shot dead in south London, his friends said.

                Officers were called to a street in the Tooting neighbourhood shortly after 11 p.m. Saturday, \
                after residents heard gunfire. The man was pronounced dead at the scene.""")).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("London");
            assertThat(i.place().district()).isEqualTo("Tooting");
            assertThat(i.date().start()).isEqualTo("2026-03-07");
            assertThat(i.date().precision()).isEqualTo(Incident.DatePrecision.DAY);
        });
    }

    @Test
    void aNumberedPartOfATownshipPlacesTheActInTheTownship() {
        assertThat(extract("""
                PESHAWAR: A former Afghan air force officer was shot dead as he left a mosque in Phase 3 of Hayatabad \
                on Tuesday evening, police said.""")).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Peshawar");
            assertThat(i.place().district()).isEqualTo("Hayatabad");
        });
    }

    @Test
    void aSentenceSayingWhereTheIncidentTookPlaceGivesItsDistrict() {
        assertThat(extract("""
                Two gunmen on a motorcycle shot dead a former Afghan police officer in Quetta on Sunday, police said.

                According to police, the incident took place near a fruit market in the Satellite Town area, shortly \
                before sunset.""")).singleElement()
                .satisfies(i -> {
                    assertThat(i.place().city()).isEqualTo("Quetta");
                    assertThat(i.place().district()).isEqualTo("Satellite Town");
                });
    }
}
