package org.vigil.incident;

import org.junit.jupiter.api.Test;
import org.vigil.archive.ArchiveRef;
import org.vigil.extract.Article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentExtractorTest {

    private static final String TEHRAN = """
            TEHRAN, Iran — A former Afghan deputy interior minister was shot dead in Tehran's Valiasr district \
            on Wednesday evening, his family said.

            Lieutenant General Rahmatullah Nabizada, 64, a former deputy interior minister from Kandahar, was \
            hit by several bullets as he left a pharmacy, his son said. He alleged that Taliban intelligence was \
            behind the killing. No group has claimed responsibility.

            Iranian police said they had opened an investigation. The Taliban denied any involvement.

            The killing follows the abduction of former army officer Shah Wali Karimzada in Mashhad last year.""";

    private final IncidentExtractor extractor = new IncidentExtractor();

    private static Article article(String text, String published, String language) {
        return new Article("https://news.example/tehran", "https://news.example/tehran", "Killing in Tehran", List.of(),
                published == null ? null : OffsetDateTime.parse(published), null, language, "News Example", null, null, text);
    }

    private static Incident.Source source() {
        return new Incident.Source("https://news.example/tehran", "Killing in Tehran", "News Example", "2025-12-05",
                Incident.SourceRole.MAIN, new ArchiveRef("VIGIL-20251205.warc.gz", 1234, "<urn:uuid:abc>", "sha1:XYZ"));
    }

    @Test
    void readsTheMainIncidentWithPlaceDateVictimAndAttribution() {
        Incident main = extractor.extract(article(TEHRAN, "2025-12-05T10:00:00Z", "en"), source()).get(0);

        assertThat(main.type()).isEqualTo(Incident.Type.ASSASSINATION);
        assertThat(main.method()).isEqualTo(Incident.Method.FIREARM);
        assertThat(main.date()).isEqualTo(new Incident.When("2025-12-03", "2025-12-03", Incident.DatePrecision.DAY,
                "on Wednesday evening"));
        assertThat(main.place().city()).isEqualTo("Tehran");
        assertThat(main.place().district()).isEqualTo("Valiasr");
        assertThat(main.place().countryCode()).isEqualTo("IR");
        assertThat(main.place().country()).isEqualTo("Iran");
        assertThat(main.place().precision()).isEqualTo(Incident.PlacePrecision.CITY);
        assertThat(main.place().lat()).isBetween(35.6, 35.8);
        assertThat(main.originCountryCode()).isEqualTo("AF");
        assertThat(main.inScope()).isTrue();
        assertThat(main.victims()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("Rahmatullah Nabizada");
            assertThat(v.role()).isEqualTo("former deputy interior minister from Kandahar");
            assertThat(v.nationality()).isEqualTo("Afghan");
            assertThat(v.targetCategory()).isEqualTo(Incident.TargetCategory.FORMER_OFFICIAL);
            assertThat(v.outcome()).isEqualTo(Incident.Outcome.KILLED);
        });
        assertThat(main.killed()).isEqualTo(new Incident.Count(1, 1, 1));
        assertThat(main.allegedPerpetrators()).containsExactly(new Incident.Allegation("Taliban intelligence", "his son"));
        assertThat(main.claim().status()).isEqualTo(Incident.ClaimStatus.NO_CLAIM_REPORTED);
        assertThat(main.denials()).extracting(Incident.Denial::by).containsExactly("Taliban");
        assertThat(main.responses()).extracting(Incident.Response::action).contains(Incident.ResponseAction.INVESTIGATION);
        assertThat(main.clarity()).isEqualTo(Incident.Clarity.HIGH);
        assertThat(main.sources()).singleElement().satisfies(s -> {
            assertThat(s.role()).isEqualTo(Incident.SourceRole.MAIN);
            assertThat(s.archive().recordId()).isEqualTo("<urn:uuid:abc>");
        });
    }

    @Test
    void theVictimsHomeProvinceIsNotTheScene() {
        Incident main = extractor.extract(article(TEHRAN, "2025-12-05T10:00:00Z", "en"), source()).get(0);
        assertThat(main.place().city()).isNotEqualTo("Kandahar");
        assertThat(main.place().admin1()).isEqualTo("Tehran");
    }

    @Test
    void earlierIncidentsAreTheirOwnLinkedReferenceRecords() {
        List<Incident> incidents = extractor.extract(article(TEHRAN, "2025-12-05T10:00:00Z", "en"), source());
        assertThat(incidents).hasSize(2);
        Incident main = incidents.get(0);
        Incident earlier = incidents.get(1);
        assertThat(earlier.type()).isEqualTo(Incident.Type.ABDUCTION);
        assertThat(earlier.place().city()).isEqualTo("Mashhad");
        assertThat(earlier.date().start()).isEqualTo("2024");
        assertThat(earlier.victims()).extracting(Incident.Victim::name).containsExactly("Shah Wali Karimzada");
        assertThat(earlier.sources()).extracting(Incident.Source::role).containsExactly(Incident.SourceRole.REFERENCE);
        assertThat(main.related()).containsExactly(new Incident.Related(earlier.id(), Incident.Relation.REFERENCED_EARLIER));
    }

    @Test
    void everyEvidenceQuoteIsTheExactSpanOfTheText() {
        for (DevSet.Case c : DevSet.load(DevSet.DEVSET)) {
            for (Incident incident : extractor.extract(c.article(), c.source())) {
                assertThat(incident.evidence()).as(c.name()).isNotEmpty();
                for (Incident.Evidence e : incident.evidence()) {
                    assertThat(c.article().text().substring(e.start(), e.end())).as(c.name() + " " + e.field())
                            .isEqualTo(e.quote());
                    assertThat(e.url()).isEqualTo(c.source().url());
                }
            }
        }
    }

    @Test
    void idsAndOutputAreDeterministicAndDistinctPerIncident() {
        List<Incident> first = extractor.extract(article(TEHRAN, "2025-12-05T10:00:00Z", "en"), source());
        List<Incident> second = new IncidentExtractor().extract(article(TEHRAN, "2025-12-05T10:00:00Z", "en"), source());
        assertThat(IncidentJson.writeAll(second)).isEqualTo(IncidentJson.writeAll(first));
        assertThat(first.get(0).id()).matches("inc-[0-9a-f]{16}").isNotEqualTo(first.get(1).id());
        Incident.Source elsewhere = new Incident.Source("https://news.example/tehran", "t", "o", null,
                Incident.SourceRole.MAIN, new ArchiveRef("VIGIL-2.warc.gz", 9, "<urn:uuid:other>", "sha1:Q"));
        assertThat(extractor.extract(article(TEHRAN, "2025-12-05T10:00:00Z", "en"), elsewhere).get(0).id())
                .isNotEqualTo(first.get(0).id());
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<DevSet.Case> cases = DevSet.load(DevSet.DEVSET);
        List<String> sequential = cases.stream().map(c -> IncidentJson.writeAll(extractor.extract(c.article(), c.source()))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> parallel = cases.stream()
                    .map(c -> pool.submit(() -> IncidentJson.writeAll(extractor.extract(c.article(), c.source())))).toList();
            for (int i = 0; i < cases.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void withoutPublicationDateKeepsThePhraseButInventsNoDate() {
        Incident main = extractor.extract(article(TEHRAN, null, "en"), source()).get(0);
        assertThat(main.date()).isEqualTo(new Incident.When(null, null, Incident.DatePrecision.DAY, "on Wednesday evening"));
    }

    @Test
    void unsupportedLanguagesYieldNothingRatherThanGuesses() {
        String german = "BERLIN — Ein ehemaliger afghanischer General wurde am Mittwoch in Berlin erschossen.";
        assertThat(extractor.extract(article(german, "2025-12-05T10:00:00Z", "de"), source())).isEmpty();
    }

    @Test
    void threatsAggregatesAndHistoryAreNotIncidents() {
        String text = """
                KABUL — The Taliban warned exiled former officials that they would be punished if they \
                returned.

                Dozens of former soldiers have been killed since 2021, according to the United Nations.

                Between 1992 and 1996, rocket attacks killed tens of thousands of civilians in the capital.""";
        assertThat(extractor.extract(article(text, "2025-12-05T10:00:00Z", "en"), source())).isEmpty();
    }

    @Test
    void readsTheKeyPersianTriggersAndPlaces() {
        String text = "یک فرمانده پیشین ارتش افغانستان روز دوشنبه در شهر مشهد ایران به ضرب گلوله کشته شد.";
        List<Incident> incidents = extractor.extract(article(text, "2025-12-05T10:00:00Z", "fa"), source());
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ASSASSINATION);
            assertThat(i.method()).isEqualTo(Incident.Method.FIREARM);
            assertThat(i.place().city()).isEqualTo("Mashhad");
            assertThat(i.date().start()).isEqualTo("2025-12-01");
            assertThat(i.originCountryCode()).isEqualTo("AF");
        });
    }

    @Test
    void aWireDatelineIsNeverAVictimAndOnlyHintsThePlace() {
        String wire = """
                QUETTA, Pakistan (Frontier Wire) - A former Afghan army major was abducted from his home on Friday \
                by armed men, his family said.

                Abdul Samad Achakzai, who served in an army brigade until 2021, was taken away in a white pickup \
                truck by six men, some of them wearing police-style uniforms, his brother said.""";
        List<Incident> found = extractor.extract(article(wire, "2026-10-12T10:00:00Z", "en"), source());

        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION);
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Abdul Samad Achakzai");
            assertThat(i.victims().get(0).outcome()).isEqualTo(Incident.Outcome.ABDUCTED);
            assertThat(i.place().city()).isEqualTo("Quetta");
            assertThat(i.place().phrase()).isEqualTo("QUETTA, Pakistan (Frontier Wire)");
        });
    }

    @Test
    void aDatelineCityGivesWayToThePlaceTheTextNames() {
        String wire = """
                KABUL, Nov 12 (Frontier Wire) - Gunmen shot dead former police commander Gul Ahmad Safi in the \
                Pakistani city of Peshawar on Tuesday, his family said.""";
        Incident i = extractor.extract(article(wire, "2026-11-12T10:00:00Z", "en"), source()).get(0);

        assertThat(i.place().city()).isEqualTo("Peshawar");
        assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Gul Ahmad Safi");
    }

    @Test
    void aTakingByUnidentifiedMenIsAnAbductionAndByPoliceADetention() {
        Incident byMen = extractor.extract(article("""
                Former army officer Nasir Ahmad Popal was taken away from his shop in Quetta on Friday by six men, \
                some of them wearing police-style uniforms, his brother said.""", "2026-10-12T10:00:00Z", "en"), source()).get(0);
        Incident byPolice = extractor.extract(article("""
                Former army officer Nasir Ahmad Popal was taken away from his shop in Quetta on Friday by police \
                officers, his brother said.""", "2026-10-12T10:00:00Z", "en"), source()).get(0);
        Incident byGunmen = extractor.extract(article("""
                Former army officer Nasir Ahmad Popal was detained in Quetta on Friday by armed men in a pickup \
                truck, his brother said.""", "2026-10-12T10:00:00Z", "en"), source()).get(0);
        Incident byGuards = extractor.extract(article("""
                Former army officer Nasir Ahmad Popal was detained in Quetta on Friday by border guards, his \
                brother said.""", "2026-10-12T10:00:00Z", "en"), source()).get(0);

        assertThat(byMen.type()).isEqualTo(Incident.Type.ABDUCTION);
        assertThat(byMen.victims().get(0).outcome()).isEqualTo(Incident.Outcome.ABDUCTED);
        assertThat(byPolice.type()).isEqualTo(Incident.Type.DETENTION);
        assertThat(byGunmen.type()).isEqualTo(Incident.Type.ABDUCTION);
        assertThat(byGuards.type()).isEqualTo(Incident.Type.DETENTION);
        assertThat(byGuards.victims().get(0).outcome()).isEqualTo(Incident.Outcome.DETAINED);
    }

    @Test
    void persianReadsDistrictOfCityAndNamesBeforeARoleApposition() {
        String persian = """
                یک قوماندان پیشین پولیس افغانستان شب سه‌شنبه در منطقه طلاب مشهد به ضرب گلوله کشته شد.

                احمد شاه بریالی، قوماندان پیشین پولیس در ولایت غزنی، هنگام بازگشت به خانه هدف تیراندازی قرار گرفت.

                عبدالله بریالی، برادر احمد شاه بریالی، گفت که خانواده خواستار تحقیق است.""";
        Incident i = extractor.extract(article(persian, "2026-11-20T10:00:00Z", "fa"), source()).get(0);

        assertThat(i.place().city()).isEqualTo("Mashhad");
        assertThat(i.place().district()).isEqualTo("Tollab");
        assertThat(i.place().countryCode()).isEqualTo("IR");
        assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("احمد شاه بریالی");
        assertThat(i.victims().get(0).role()).isEqualTo("قوماندان پیشین پولیس در ولایت غزنی");
        assertThat(i.victims().get(0).outcome()).isEqualTo(Incident.Outcome.KILLED);
    }

    @Test
    void aTargetWoundedWhileHisDriverDiedIsAnAttemptAndTheDriverKeepsHisName() {
        String text = """
                Gunmen opened fire on a car carrying Abdul Karim Nuristani, a former governor of Afghanistan's Kunar \
                province, in the Saddar area of Karachi on Monday, killing his driver and wounding Nuristani, police said.

                His driver, Rahim Gul, a father of four, died at the scene.

                Nuristani's nephew, Sayed Omar Nuristani, alleged that Taliban intelligence had planned the attack.""";
        List<Incident> found = extractor.extract(article(text, "2026-11-03T10:00:00Z", "en"), source());

        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ATTEMPTED_ASSASSINATION);
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Abdul Karim Nuristani", Incident.Outcome.INJURED),
                    org.assertj.core.groups.Tuple.tuple("Rahim Gul", Incident.Outcome.KILLED));
            assertThat(i.killed().best()).isEqualTo(1);
        });
    }

    @Test
    void seizedPowerIsNoAbductionAndAStoryActAfterAReferenceStaysWithTheStory() {
        String text = """
                A former Afghan army officer was killed when a bomb exploded under his car in the Hazara Town area \
                of Quetta on Tuesday, police said.

                Ghulam Sakhi Amiri, 49, had served in Kandahar before the Taliban seized power in 2021.

                In September, Khan Agha Popalzai, a former Afghan police colonel, was shot dead in Peshawar.

                Shopkeepers said the blast shattered windows along the road.""";
        List<Incident> found = extractor.extract(article(text, "2026-11-18T10:00:00Z", "en"), source());

        assertThat(found).extracting(Incident::type).containsExactly(Incident.Type.BOMBING, Incident.Type.ASSASSINATION);
        assertThat(found.get(0).victims()).extracting(Incident.Victim::name).containsExactly("Ghulam Sakhi Amiri");
        assertThat(found.get(1).method()).isEqualTo(Incident.Method.FIREARM);
        assertThat(found.get(1).victims()).extracting(Incident.Victim::name).containsExactly("Khan Agha Popalzai");
    }

    @Test
    void aResponseSentenceStillReportsTheActAfterAfter() {
        String text = """
                Police have detained two suspects after gunmen wounded a former Afghan army colonel and killed his \
                driver in the F-6 sector of Islamabad on Monday, police said on Wednesday.

                Abdul Rauf Sahak, who served in the army until 2021, was shot twice. His driver, Juma Khan, died at the scene.""";
        List<Incident> found = extractor.extract(article(text, "2026-11-04T10:00:00Z", "en"), source());

        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ATTEMPTED_ASSASSINATION);
            assertThat(i.date().start()).isEqualTo("2026-11-02");
            assertThat(i.place().city()).isEqualTo("Islamabad");
            assertThat(i.place().district()).isEqualTo("F-6");
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Abdul Rauf Sahak", "Juma Khan");
            assertThat(i.victims().get(1).affiliation()).isNull();
        });
    }

    @Test
    void anEarlierActInADistrictAloneTakesTheStoryCity() {
        String text = """
                A former Afghan air force pilot was abducted outside his apartment in Dushanbe's Firdavsi district \
                last week, his family said.

                Another former pilot, Nasim Ahmad Zaki, was abducted in Sino district four months earlier.""";
        List<Incident> found = extractor.extract(article(text, "2026-11-06T10:00:00Z", "en"), source());

        assertThat(found).hasSize(2);
        assertThat(found.get(1).victims()).extracting(Incident.Victim::name).containsExactly("Nasim Ahmad Zaki");
        assertThat(found.get(1).place().city()).isEqualTo("Dushanbe");
        assertThat(found.get(1).place().district()).isEqualTo("Sino");
    }

    @Test
    void whoIsToldIsNoVictimAndCountedSuspectsAllegeNothing() {
        String text = """
                Police have detained two suspects after gunmen shot dead former army commander Abdul Basir Sahel in \
                the Saddar area of Karachi on Monday.

                Sahel's brother told Sadaf Noori that Taliban intelligence agencies were responsible for the attack.""";
        Incident i = extractor.extract(article(text, "2026-11-04T10:00:00Z", "en"), source()).get(0);

        assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Abdul Basir Sahel");
        assertThat(i.allegedPerpetrators()).noneMatch(a -> a.allegedBy() != null && a.allegedBy().contains("detained"));
    }
}
