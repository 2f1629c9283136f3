package org.vigil.incident;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Persian (Farsi and Dari) reports: verbs in their common conjugations, titles, Solar Hijri dates, attribution. */
class PersianReportsTest {


    private static List<Incident> extract(String text, String published) {
        return Stories.persian(text, published);
    }

    @Test
    void aRelativesCertaintyThatItWasSomeonesWorkAllegesIt() {
        List<Incident> incidents = extract("""
                یک خبرنگار پیشین افغان روز جمعه در شهر کراچی پاکستان توسط افراد مسلح ناشناس به ضرب گلوله کشته شد.

                پسر او به خبرگزاری‌ها گفت: «پدرم دشمنی نداشت. ما یقین داریم که این قتل کار طالبان است.»""",
                "2025-12-06T09:00:00Z");
        assertThat(incidents).first().satisfies(i -> {
            assertThat(i.allegedPerpetrators()).extracting(Incident.Allegation::actor).containsExactly("طالبان");
            assertThat(i.allegedPerpetrators()).allSatisfy(a -> assertThat(a.allegedBy()).isNotNull());
        });
    }

    @Test
    void anAccusationOfTheKillingNamesTheAccused() {
        List<Incident> incidents = extract("""
                یک فعال مدنی افغان روز شنبه در شهر اسلام‌آباد پاکستان با ضربات چاقو کشته شد.

                خانواده او استخبارات طالبان را به قتل وی متهم کردند.""", "2025-12-08T09:00:00Z");
        assertThat(incidents).first().satisfies(i -> assertThat(i.allegedPerpetrators())
                .containsExactly(new Incident.Allegation("استخبارات طالبان", "خانواده")));
    }

    @Test
    void aNamedGeneralAfterAnUnnamedReportIsItsVictimAndAnEarlierKillingIsAReference() {
        List<Incident> incidents = extract("""
                یک افسر پیشین ارتش افغانستان روز دوشنبه در شهر مشهد ایران توسط افراد مسلح ناشناس به ضرب گلوله کشته شد.

                جنرال محمد نسیم کریمی، فرمانده پیشین پولیس در ولایت هرات، هنگام خروج از خانه‌اش هدف قرار گرفت و در دم جان باخت.

                خانواده او طالبان را مسئول این قتل می‌دانند. تاکنون هیچ گروهی مسئولیت این حمله را بر عهده نگرفته است.

                سال گذشته نیز یک نظامی پیشین دیگر در تهران ترور شد.""", "2025-11-20T09:00:00Z");
        assertThat(incidents).hasSize(2);
        Incident main = incidents.get(0);
        assertThat(main.type()).isEqualTo(Incident.Type.ASSASSINATION);
        assertThat(main.method()).isEqualTo(Incident.Method.FIREARM);
        assertThat(main.date().start()).isEqualTo("2025-11-17");
        assertThat(main.place().city()).isEqualTo("Mashhad");
        assertThat(main.victims()).extracting(Incident.Victim::name).containsExactly("محمد نسیم کریمی");
        assertThat(main.victims().get(0).targetCategory()).isEqualTo(Incident.TargetCategory.FORMER_OFFICIAL);
        assertThat(main.allegedPerpetrators()).extracting(Incident.Allegation::actor).containsExactly("طالبان");
        assertThat(main.claim().status()).isEqualTo(Incident.ClaimStatus.NO_CLAIM_REPORTED);
        Incident earlier = incidents.get(1);
        assertThat(earlier.sources().get(0).role()).isEqualTo(Incident.SourceRole.REFERENCE);
        assertThat(earlier.place().city()).isEqualTo("Tehran");
        assertThat(earlier.date().start()).isEqualTo("2024");
        assertThat(earlier.victims()).singleElement().satisfies(v -> {
            assertThat(v.name()).isNull();
            assertThat(v.outcome()).isEqualTo(Incident.Outcome.KILLED);
        });
    }

    @Test
    void aDetentionFollowedByDeportationInTheSingularIsOneDeportation() {
        List<Incident> incidents = extract("""
                پولیس ترکیه روز پنجشنبه یک خبرنگار افغان را در استانبول بازداشت کرد و دو روز بعد او را به افغانستان اخراج کرد.

                احمد شاه رسولی، خبرنگار پیشین تلویزیون طلوع، از سه سال پیش در ترکیه زندگی می‌کرد.""", "2025-11-22T09:00:00Z");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.DEPORTATION);
            assertThat(i.place().city()).isEqualTo("Istanbul");
            assertThat(i.inScope()).isTrue();
            assertThat(i.victims()).singleElement().satisfies(v -> {
                assertThat(v.name()).isEqualTo("احمد شاه رسولی");
                assertThat(v.targetCategory()).isEqualTo(Incident.TargetCategory.JOURNALIST);
                assertThat(v.outcome()).isEqualTo(Incident.Outcome.DEPORTED);
            });
        });
    }

    @Test
    void solarHijriDatesInPersianDigitsResolveToGregorianDays() {
        List<Incident> incidents = extract("""
                مولوی عبدالحمید نورزی در شهر کراچی پاکستان ربوده شد. به گفته بستگانش، مردان مسلح او را در ۱۲ آبان ۱۴۰۴ از مقابل مسجد ربودند.""",
                "2025-11-20T09:00:00Z");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION);
            assertThat(i.date().start()).isEqualTo("2025-11-03");
            assertThat(i.date().precision()).isEqualTo(Incident.DatePrecision.DAY);
        });
    }

    @Test
    void aSolarMonthWithoutDayKeepsBothGregorianMonthsItSpans() {
        DateResolver dates = new DateResolver();
        assertThat(dates.resolve("این حادثه در ماه حوت ۱۴۰۳ رخ داد", null, null)).get()
                .isEqualTo(new Incident.When("2025-02", "2025-03", Incident.DatePrecision.MONTH, "ماه حوت ۱۴۰۳"));
        assertThat(dates.resolve("او با تیر زخمی شد", java.time.LocalDate.of(2025, 11, 20), null)).isEmpty();
    }

    @Test
    void aNameInsideAReportedSentenceAndDariMonthsAndRanks() {
        List<Incident> abducted = extract("""
                منابع محلی می‌گویند که یک خبرنگار پیشین تلویزیون طلوع در شهر پشاور پاکستان از سوی افراد ناشناس ربوده شده است.

                این منابع گفتند که فرید احمد رحیمی، خبرنگار پیشین، شب گذشته هنگام بازگشت به خانه در منطقه حیات‌آباد توسط چهار مرد مسلح به زور سوار یک موتر شد.""",
                "2025-11-20T09:00:00Z");
        assertThat(abducted).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION);
            assertThat(i.date().start()).isEqualTo("2025-11-19");
            assertThat(i.place().district()).isEqualTo("Hayatabad");
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("فرید احمد رحیمی");
        });
        List<Incident> stabbed = extract("""
                سرهنگ عبدالرحمان نوری، از افسران پیشین ارتش، روز یکشنبه ۱۵ میزان در شهر مشهد با ضربات چاقو به قتل رسید.""",
                "2025-11-20T09:00:00Z");
        assertThat(stabbed).singleElement().satisfies(i -> {
            assertThat(i.method()).isEqualTo(Incident.Method.KNIFE);
            assertThat(i.date().start()).isEqualTo("2025-10-07");
            assertThat(i.victims().get(0).targetCategory()).isEqualTo(Incident.TargetCategory.FORMER_OFFICIAL);
        });
    }

    @Test
    void aCompassWordBeforeTheCityNounStillGivesTheCity() {
        List<Incident> incidents = extract("""
                جنرال عبدالواحد نورزی، فرمانده پیشین ارتش، شامگاه دوشنبه در شمال شهر مشهد به ضرب گلوله کشته شد.""",
                "2025-11-21T09:00:00Z");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Mashhad");
            assertThat(i.place().countryCode()).isEqualTo("IR");
        });
    }

    @Test
    void aRelativeNamedAfterTheSuffixedKinshipNounIsTheWoundedRelative() {
        List<Incident> incidents = extract("""
                یک افسر پیشین ارتش افغانستان روز دوشنبه در شهر مشهد ایران به ضرب گلوله کشته شد. پسر او نیز در این رویداد زخمی شده است.

                منابع خانوادگی گفتند که جنرال محمد نسیم کریمی هنگامی که همراه با پسرش فرهاد از خانه بیرون می‌شد، هدف شلیک دو مرد قرار گرفت.""",
                "2025-11-20T09:00:00Z");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactlyInAnyOrder("محمد نسیم کریمی", "فرهاد");
            assertThat(i.victims()).filteredOn(v -> "فرهاد".equals(v.name())).singleElement().satisfies(v -> {
                assertThat(v.outcome()).isEqualTo(Incident.Outcome.INJURED);
                assertThat(v.targetCategory()).isEqualTo(Incident.TargetCategory.FAMILY_MEMBER);
            });
        });
    }

    @Test
    void aSisterOrCousinHurtWithTheTargetIsAWoundedFamilyMember() {
        for (String kin : List.of("خواهر", "پسرعموی")) {
            List<Incident> incidents = extract("""
                    یک فعال مدنی افغان روز جمعه در شهر زاهدان ایران به ضرب گلوله کشته شد. %s او نیز در این حمله زخمی شد."""
                    .formatted(kin), "2025-11-20T09:00:00Z");
            assertThat(incidents).as(kin).singleElement().satisfies(i -> {
                assertThat(i.injured().best()).isEqualTo(1);
                assertThat(i.victims()).anySatisfy(v -> {
                    assertThat(v.outcome()).isEqualTo(Incident.Outcome.INJURED);
                    assertThat(v.targetCategory()).isEqualTo(Incident.TargetCategory.FAMILY_MEMBER);
                });
            });
        }
    }

    @Test
    void aBareParticipleInACoordinatedClauseTellsTheActAndThePersonIsNamedInApposition() {
        List<Incident> incidents = extract("""
                خانوادهٔ یک قاضی پیشین افغانستان می‌گویند او روز شنبه در شهر کویته ربوده شده و از آن زمان خبری از او نیست.

                این قاضی پیشین، عبدالقادر صمیمی، ۳۹ ساله، سال‌ها در دادگاه ولایت هلمند کار کرده بود.

                خانوادهٔ آقای صمیمی مسئولیت این رویداد را متوجه طالبان می‌دانند.""", "2025-12-08T09:00:00Z");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).type()).isEqualTo(Incident.Type.ABDUCTION);
        assertThat(incidents.get(0).place().city()).isEqualTo("Quetta");
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::name).containsExactly("عبدالقادر صمیمی");
    }

    @Test
    void aNameOpeningASentenceWithItsAgeNamesTheVictimAndOneOfIsNoName() {
        List<Incident> incidents = extract("""
                یک سرباز پیشین ارتش افغانستان شام روز جمعه در شهر مشهد با ضربات چاقو کشته شد.

                نجیب‌الله رسولی، ۳۳ ساله، از دو سال به این سو در مشهد کارگری می‌کرد. یکی از همسایه‌هایش گفت که او \
                هنگام بازگشت به خانه مورد حمله قرار گرفت.""", "2025-12-08T09:00:00Z");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::name).containsExactly("نجیب‌الله رسولی");
    }

    @Test
    void officersTakingSomeoneWithThemDetainAndAPatternOfRemovalsIsNoPartOfIt() {
        List<Incident> incidents = extract("""
                یک فعال مدنی افغان روز سه‌شنبه در شهر تهران بازداشت شد.

                به گفتهٔ دوستانش، ماموران پلیس به خانهٔ او رفتند و او را با خود بردند.

                دست‌کم ۲۰ فعال افغان از آغاز امسال در ایران بازداشت یا اخراج شده‌اند.""", "2025-12-08T09:00:00Z");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).type()).isEqualTo(Incident.Type.DETENTION);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::outcome).containsExactly(Incident.Outcome.DETAINED);
    }

    @Test
    void securityForcesHavingDetainedSomeoneIsTheDetentionNotAnAnswerToAnAct() {
        List<Incident> incidents = extract("""
                منابع خانوادگی می‌گویند مأموران امنیتی یک افسر پیشین پولیس افغانستان را در شهر مشهد بازداشت کرده‌اند.

                به گفته‌ی برادرش، جنرال احمد شاه رحیمی روز دوشنبه ۳ قوس (آذر) ۱۴۰۵ در محله‌ی طلاب در شرق مشهد از سوی سه \
                مأمور لباس شخصی دستگیر و به جای نامعلومی برده شد.""", "2026-11-28T09:00:00Z");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.DETENTION);
            assertThat(i.place().city()).isEqualTo("Mashhad");
            assertThat(i.place().district()).isEqualTo("Tollab");
            assertThat(i.date().start()).isEqualTo("2026-11-24");
        });
    }

    @Test
    void aNumberedPartOfATownshipStandsBeforeTheTownship() {
        List<Incident> incidents = extract("""
                یک افسر پیشین پولیس افغانستان شامگاه دوشنبه در فاز پنجم شهرک حیات‌آباد پشاور با شلیک گلوله کشته شد.""",
                "2026-11-24T09:00:00Z");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Peshawar");
            assertThat(i.place().district()).isEqualTo("Hayatabad");
        });
    }

    @Test
    void anArrestInConnectionWithTheAttackIsTheAuthoritiesAnswer() {
        List<Incident> incidents = extract("""
                جنرال عبدالکریم نوری، افسر پیشین ارتش افغانستان، روز شنبه در شهر استانبول با ضربات چاقو زخمی شد.

                پولیس ترکیه یک تن را در ارتباط با این حمله بازداشت کرده است.""", "2026-11-23T09:00:00Z");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.STABBING);
            assertThat(i.responses()).extracting(Incident.Response::action).contains(Incident.ResponseAction.ARREST);
        });
    }

    @Test
    void aSourceTiedByTheEzafeKeepsItsSecondWord() {
        List<Incident> incidents = extract("""
                جنرال غلام سخی رحمانی، فرمانده پیشین پولیس افغانستان، روز یکشنبه در شهر مشهد ایران به ضرب گلوله کشته شد.

                برادرزاده‌ی مقتول طالبان را مسئول این قتل می‌داند.""", "2026-11-24T09:00:00Z");
        assertThat(incidents).first().satisfies(i -> assertThat(i.allegedPerpetrators())
                .containsExactly(new Incident.Allegation("طالبان", "برادرزاده‌ی مقتول")));
    }

    @Test
    void aSentenceSayingWhereTheActHappenedGivesItsDistrict() {
        List<Incident> incidents = extract("""
                یک قاضی پیشین افغانستان روز دوشنبه در شهر پشاور ربوده شد.

                به گفتهٔ یکی از بستگان او، این حادثه حدود ساعت هشت شب در فاز دوم شهرک حیات‌آباد رخ داد.""", "2026-11-24T09:00:00Z");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.place().city()).isEqualTo("Peshawar");
            assertThat(i.place().district()).isEqualTo("Hayatabad");
        });
    }
}
