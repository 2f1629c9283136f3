package org.vigil.incident;

import org.junit.jupiter.api.Test;
import org.vigil.incident.Incident.DatePrecision;
import org.vigil.incident.Incident.Outcome;
import org.vigil.incident.Incident.Type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vigil.incident.Newsroom.*;

class IncidentMergerTest {

    private final IncidentMerger merger = new IncidentMerger();

    private static Incident only(List<Incident> incidents, String id) {
        return incidents.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no incident " + id + " in " + incidents.stream().map(Incident::id).toList()));
    }

    @Test
    void threeOutletsAndALaterReferenceToTheTehranKillingBecomeOneRecord() {
        List<Incident> merged = merger.merge(all());

        assertThat(merged).extracting(Incident::id).containsExactly(
                iranWireRahimi().id(),   // 2025-12-03, smaller id
                afIntl().id(),           // 2025-12-03: Gholami, first reported by Afghanistan International
                etilaatKarimi().id(),    // 2025-12-10
                hashtMashhad().id());    // 2026-01-08: first reported by Hasht-e Subh

        Incident gholami = only(merged, afIntl().id());
        assertThat(gholami.sources()).extracting(Incident.Source::url, Incident.Source::role).containsExactly(
                tuple(AFINTL_URL, Incident.SourceRole.MAIN),
                tuple(AMU_URL, Incident.SourceRole.MAIN),
                tuple(KABULNOW_URL, Incident.SourceRole.MAIN),
                tuple(RFE_URL, Incident.SourceRole.REFERENCE));
        assertThat(gholami.type()).isEqualTo(Type.ASSASSINATION);
        assertThat(gholami.method()).isEqualTo(Incident.Method.FIREARM);
        assertThat(gholami.date()).isEqualTo(new Incident.When("2025-12-03", "2025-12-03", DatePrecision.DAY, "on Wednesday evening"));
        assertThat(gholami.place().city()).isEqualTo("Tehran");
        assertThat(gholami.place().district()).isEqualTo("Valiasr");
        assertThat(gholami.victims()).hasSize(2);
        Incident.Victim victim = gholami.victims().get(0);
        assertThat(victim.name()).isEqualTo("Ikramuddin Gholami");
        assertThat(victim.aliases()).containsExactly("Ekramuddin Ghulami", "Ikramuddin Gholamy");
        assertThat(victim.role()).isEqualTo("former police commander");
        assertThat(victim.outcome()).isEqualTo(Outcome.KILLED);
        assertThat(gholami.victims().get(1).name()).isNull();
        assertThat(gholami.victims().get(1).outcome()).isEqualTo(Outcome.INJURED);
        assertThat(gholami.killed()).isEqualTo(new Incident.Count(1, 1, 1));
        assertThat(gholami.injured()).isEqualTo(new Incident.Count(1, 1, 1));
        assertThat(gholami.claim().status()).isEqualTo(Incident.ClaimStatus.NO_CLAIM_REPORTED);
        assertThat(gholami.allegedPerpetrators()).containsExactly(new Incident.Allegation("Taliban intelligence agencies", "his brother"));
        assertThat(gholami.responses()).hasSize(2);
        assertThat(gholami.confidence()).isEqualTo(0.9);
    }

    @Test
    void disagreementsStayAsAlternativesQuotingTheirSentence() {
        Incident gholami = only(merger.merge(all()), afIntl().id());

        assertThat(gholami.evidence()).filteredOn(e -> e.field().equals("date.alternative"))
                .singleElement().satisfies(e -> {
                    assertThat(e.url()).isEqualTo(AMU_URL);
                    assertThat(e.quote()).contains("on Thursday");
                    assertThat(AMU_TEXT.substring(e.start(), e.end())).isEqualTo(e.quote());
                });
        assertThat(gholami.evidence()).filteredOn(e -> e.field().equals("type.alternative"))
                .singleElement().satisfies(e -> assertThat(e.quote()).isEqualTo("was killed in a shooting"));
        // a role no article sentence was quoted for is listed with its value
        assertThat(gholami.evidence()).filteredOn(e -> e.field().equals("victims[0].role.alternative"))
                .extracting(Incident.Evidence::quote)
                .containsExactlyInAnyOrder("former senior police commander", "former police chief of Baghlan");
        // the month-precision "in December" of the later reference agrees with 3 December: no alternative
        assertThat(gholami.evidence()).filteredOn(e -> e.url().equals(RFE_URL))
                .extracting(Incident.Evidence::field).doesNotContain("date.alternative").contains("date");
        // evidence of each spelling is kept, renumbered to the merged victim
        assertThat(gholami.evidence()).filteredOn(e -> e.field().equals("victims[0].name"))
                .extracting(Incident.Evidence::url)
                .containsExactlyInAnyOrder(AFINTL_URL, AMU_URL, KABULNOW_URL, RFE_URL);
    }

    @Test
    void aSurnameOnlyReportJoinsTheFullNameAndRelatedLinksFollowTheMergedIds() {
        List<Incident> merged = merger.merge(all());
        Incident mashhad = only(merged, hashtMashhad().id());

        assertThat(mashhad.sources()).extracting(Incident.Source::url).containsExactly(HASHT_URL, RFE_URL);
        assertThat(mashhad.victims()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("Abdul Rahim Wardak");
            assertThat(v.aliases()).containsExactly("Wardak");
        });
        assertThat(mashhad.related()).containsExactly(
                new Incident.Related(afIntl().id(), Incident.Relation.REFERENCED_EARLIER));
    }

    @Test
    void unrelatedIncidentsInTheSameCityStayApart() {
        List<Incident> merged = merger.merge(all());

        assertThat(only(merged, etilaatKarimi().id()).sources()).extracting(Incident.Source::url).containsExactly(ETILAAT_URL);
        assertThat(only(merged, iranWireRahimi().id()).sources()).extracting(Incident.Source::url).containsExactly(IRAN_WIRE_URL);
    }

    @Test
    void theOutputDoesNotDependOnTheInputOrder() {
        List<Incident> expected = merger.merge(all());
        Random random = new Random(20251203);
        for (int round = 0; round < 20; round++) {
            List<Incident> shuffled = new ArrayList<>(all());
            Collections.shuffle(shuffled, random);
            assertThat(merger.merge(shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void mergedIdsStayWhenLaterReportsArriveAndOnRebuild() {
        List<Incident> firstNight = merger.merge(List.of(afIntl(), rfeTehranReference(), iranWireRahimi()));
        List<Incident> secondNight = merger.merge(all());
        List<Incident> rebuild = merger.merge(new ArrayList<>(all()));

        assertThat(firstNight).extracting(Incident::id).contains(afIntl().id());
        assertThat(secondNight).extracting(Incident::id).contains(afIntl().id());
        assertThat(rebuild).isEqualTo(secondNight);
        assertThat(merger.merge(secondNight)).isEqualTo(secondNight);
    }

    @Test
    void aReferenceOnlyIncidentStaysWhenItsMainReportIsMissing() {
        List<Incident> merged = merger.merge(List.of(rfeTehranReference(), rfeMashhad()));

        assertThat(merged).extracting(Incident::id).containsExactly(rfeTehranReference().id(), rfeMashhad().id());
        assertThat(merged.get(1).related()).extracting(Incident.Related::id).containsExactly(rfeTehranReference().id());
    }

    @Test
    void anUnknownCityNeedsTheSameCountryAndAStrongNameMatch() {
        String text = "Ikramuddin Gholami, a former police commander, was killed in Iran this week, his family said.";
        Incident noCity = Reported.main("inc-aa00000000000001", "https://example.org/a", "Example", "2025-12-05", text)
                .type(Type.ASSASSINATION, Incident.Method.UNKNOWN, "was killed")
                .date("2025-12-03", DatePrecision.WEEK, "this week")
                .place("Iran", "IR", null, null, null, 32.0, 53.0, "in Iran")
                .victim("Ikramuddin Gholami", "former police commander", Outcome.KILLED).build();
        String surnameText = "A man named Gholami was killed in Iran this week.";
        Incident surnameOnly = Reported.main("inc-aa00000000000002", "https://example.org/b", "Example", "2025-12-05", surnameText)
                .type(Type.ASSASSINATION, Incident.Method.UNKNOWN, "was killed")
                .date("2025-12-03", DatePrecision.WEEK, "this week")
                .place("Iran", "IR", null, null, null, 32.0, 53.0, "in Iran")
                .victim("Gholami", null, Outcome.KILLED).build();

        assertThat(merger.merge(List.of(afIntl(), noCity))).hasSize(1);
        assertThat(merger.merge(List.of(afIntl(), surnameOnly))).hasSize(2);
    }

    @Test
    void conflictingDistrictsAndCountsKeepTheBestSupportedAndListTheRest() {
        String a = "Two former soldiers, Hamid Safi and Bashir Safi, were shot dead in Tehran's Saadat Abad on December 3.";
        String b = "Hamid Saafi was killed in Saadat Abad, Tehran on December 3, police said.";
        String c = "A former soldier, Hamid Safi, was killed in Tehran's Valiasr district on December 3.";
        Incident first = Reported.main("inc-cc00000000000001", "https://example.org/1", "One", "2025-12-04", a)
                .date("2025-12-03", DatePrecision.DAY, "on December 3").tehran("Saadat Abad", "in Tehran's Saadat Abad")
                .victim("Hamid Safi", "former soldier", Outcome.KILLED).victim("Bashir Safi", "former soldier", Outcome.KILLED)
                .killed(2).build();
        Incident second = Reported.main("inc-cc00000000000002", "https://example.org/2", "Two", "2025-12-04T12:00:00Z", b)
                .date("2025-12-03", DatePrecision.DAY, "on December 3").tehran("Saadat Abad", "in Saadat Abad, Tehran")
                .victim("Hamid Saafi", null, Outcome.KILLED).killed(1).build();
        Incident third = Reported.main("inc-cc00000000000003", "https://example.org/3", "Three", "2025-12-05", c)
                .date("2025-12-03", DatePrecision.DAY, "on December 3").tehran("Valiasr", "in Tehran's Valiasr district")
                .victim("Hamid Safi", "former soldier", Outcome.KILLED).killed(1).build();

        Incident merged = merger.merge(List.of(third, second, first)).get(0);

        assertThat(merged.id()).isEqualTo("inc-cc00000000000001");
        assertThat(merged.place().district()).isEqualTo("Saadat Abad");
        assertThat(merged.evidence()).filteredOn(e -> e.field().equals("place.alternative"))
                .singleElement().satisfies(e -> assertThat(e.quote()).isEqualTo(c));
        assertThat(merged.victims()).extracting(Incident.Victim::name).containsExactly("Hamid Safi", "Bashir Safi");
        assertThat(merged.victims().get(0).aliases()).containsExactly("Hamid Saafi");
        assertThat(merged.killed()).isEqualTo(new Incident.Count(1, 1, 2));
        assertThat(merged.evidence()).filteredOn(e -> e.field().equals("killed.alternative"))
                .singleElement().satisfies(e -> {
                    assertThat(e.url()).isEqualTo("https://example.org/1");
                    assertThat(e.quote()).isEqualTo("2");
                    assertThat(e.start()).isEqualTo(-1);
                });
        // the second victim of the first report keeps its evidence under its merged position
        assertThat(merged.evidence()).filteredOn(e -> e.field().equals("victims[1].name"))
                .extracting(Incident.Evidence::url).containsExactly("https://example.org/1");
    }

    @Test
    void typesMustBeCompatible() {
        assertThat(IncidentMatcher.compatible(Type.ASSASSINATION, Type.SHOOTING)).isTrue();
        assertThat(IncidentMatcher.compatible(Type.ATTEMPTED_ASSASSINATION, Type.STABBING)).isTrue();
        assertThat(IncidentMatcher.compatible(Type.ABDUCTION, Type.DETENTION)).isTrue();
        assertThat(IncidentMatcher.compatible(Type.DEPORTATION, Type.ABDUCTION)).isTrue();
        assertThat(IncidentMatcher.compatible(Type.ABDUCTION, Type.BOMBING)).isFalse();
        assertThat(IncidentMatcher.compatible(Type.SHOOTING, Type.BOMBING)).isFalse();
        assertThat(IncidentMatcher.compatible(Type.ASSASSINATION, Type.DETENTION)).isFalse();
        assertThat(IncidentMatcher.compatible(Type.OTHER, Type.DETENTION)).isTrue();
    }

    @Test
    void anAbductionReportedAsADetentionDoesNotMergeWithTheKilling() {
        String text = "Ikramuddin Gholami was detained by Iranian police in Tehran on December 3.";
        Incident detention = Reported.main("inc-bb00000000000001", "https://example.org/c", "Example", "2025-12-04", text)
                .type(Type.DETENTION, Incident.Method.NONE, "was detained")
                .date("2025-12-03", DatePrecision.DAY, "on December 3")
                .tehran(null, "in Tehran")
                .victim("Ikramuddin Gholami", null, Outcome.DETAINED).build();

        assertThat(merger.merge(List.of(afIntl(), detention))).hasSize(2);
    }

    @Test
    void twoReportsOfOneArticleAreNeverMerged() {
        Incident reference = rfeTehranReference();
        Incident sameArticleLookalike = Reported.main("inc-71aa0e4c2b9d5f19", RFE_URL, "RFE/RL", "2026-01-09", RFE_TEXT)
                .type(Type.ASSASSINATION, Incident.Method.UNKNOWN, "the assassination of Ikramuddin Gholami")
                .date("2025-12", DatePrecision.MONTH, "in December")
                .tehran(null, "in Tehran in December")
                .victim("Ikramuddin Gholami", "former police commander", Outcome.KILLED).build();

        assertThat(merger.merge(List.of(reference, sameArticleLookalike))).hasSize(2);
    }

    @Test
    void aPersianAndAnEnglishReportOfOneKillingMergeWithThePersianNamesAsAliases() {
        IncidentExtractor extractor = new IncidentExtractor();
        String english = """
                A former Afghan general and an army commander were shot dead in Mashhad's Tollab area on Wednesday \
                evening, relatives said.

                Abdul Latif Karimi, a retired general, and Mohammad Yasin Nazari, a former army commander, were shot \
                by two men on a motorcycle.""";
        String persian = """
                یک جنرال پیشین و یک فرمانده ارتش افغانستان عصر چهارشنبه در منطقه طلاب مشهد به ضرب گلوله کشته شدند.

                عبدالطیف کریمی، جنرال بازنشسته، و محمد یاسین نظری، فرمانده پیشین ارتش، هدف تیراندازی دو مرد موتورسوار قرار گرفتند.""";
        List<Incident> reports = new ArrayList<>();
        reports.addAll(extractor.extract(report("https://en.example/mashhad", english, "en"), null));
        reports.addAll(extractor.extract(report("https://fa.example/mashhad", persian, "fa"), null));

        assertThat(merger.merge(reports)).singleElement().satisfies(i -> {
            assertThat(i.sources()).hasSize(2);
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::aliases).containsExactly(
                    tuple("Abdul Latif Karimi", List.of("عبدالطیف کریمی")),
                    tuple("Mohammad Yasin Nazari", List.of("محمد یاسین نظری")));
            assertThat(i.killed().best()).isEqualTo(2);
        });
    }

    private static org.vigil.extract.Article report(String url, String text, String language) {
        return new org.vigil.extract.Article(url, url, "Killing in Mashhad", List.of(),
                java.time.OffsetDateTime.parse("2026-11-12T10:00:00Z"), null, language, url, null, null, text);
    }
}
