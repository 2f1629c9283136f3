package org.vigil.incident;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is blamed, who claims, who denies and what authorities do, in the ways news reports phrase them: each test varies
 * the wording of one pattern in sentences of its own.
 */
class ClaimsAndBlameTest {

    private final Attribution english = new Attribution(Rules.forLanguage("en").orElseThrow());
    private final Attribution persian = new Attribution(Rules.forLanguage("fa").orElseThrow());

    @Test
    void peopleNotYetKnownAreNobodyToAccuse() {
        assertThat(english.read("The council urged Ankara to find and hold accountable those responsible.", "The council")
                .allegations()).isEmpty();
        assertThat(english.read("His widow said she held responsible whoever ordered the hit.", null).allegations()).isEmpty();
        assertThat(english.read("The union said it held the regime responsible for the murder.", null).allegations())
                .extracting(Incident.Allegation::actor).containsExactly("regime");
    }

    @Test
    void aBeliefTyingTheActToAnAgentAllegesIt() {
        assertThat(english.read("Exiles in the city had “every reason to believe” the stabbing was linked to agents of the "
                + "Pakistani state, the association said.", "the association").allegations())
                .containsExactly(new Incident.Allegation("agents of the Pakistani state", "the association"));
        assertThat(english.read("Friends suspect the killing was tied to Chechen security forces.", "Friends").allegations())
                .extracting(Incident.Allegation::actor).containsExactly("Chechen security forces");
        // A motive is no actor.
        assertThat(english.read("Detectives said the shooting was linked to a dispute over rent.", "Detectives").allegations())
                .isEmpty();
    }

    @Test
    void aGroupGoesByTheNameItCallsItself() {
        assertThat(english.read("On Friday an obscure group calling itself Jund al-Haq (“Soldiers of Truth”) said on a "
                + "messaging channel that its fighters had killed the colonel.", null).claim())
                .isEqualTo(new Incident.Claim(Incident.ClaimStatus.CLAIMED, "Jund al-Haq"));
        assertThat(english.read("A little-known outfit known as Liwa Thar claimed responsibility for the shooting.", null).claim())
                .isEqualTo(new Incident.Claim(Incident.ClaimStatus.CLAIMED, "Liwa Thar"));
    }

    @Test
    void aClaimAfterTheActRetellsItAndNamesNoVictim() {
        List<Incident> incidents = Stories.extract("""
                A former Afghan police colonel was shot dead outside his flat in the Pakistani city of Quetta on Sunday, \
                his relatives said.

                Abdul Basir Hotak, 52, had lived in the city since 2022.

                Hours later, a group calling itself Tehreek-e Intiqam (“Movement of Revenge”) said in a statement that its \
                fighters had killed Hotak.""", "2026-11-10T09:00:00Z");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::name).containsExactly("Abdul Basir Hotak");
        assertThat(incidents.get(0).claim()).isEqualTo(new Incident.Claim(Incident.ClaimStatus.CLAIMED, "Tehreek-e Intiqam"));
    }

    @Test
    void aPersianPersonNamedByHonorificBelongsToTheSourceNotTheActor() {
        assertThat(persian.read("خانواده‌ی خانم نوری سپاه پاسداران را مسئول این ترور می‌دانند.", null).allegations())
                .containsExactly(new Incident.Allegation("سپاه پاسداران", "خانواده‌ی خانم نوری"));
        assertThat(persian.read("دوستان مهندس کریمی استخبارات طالبان را عامل این حمله دانستند.", null).allegations())
                .containsExactly(new Incident.Allegation("استخبارات طالبان", "دوستان مهندس کریمی"));
        assertThat(persian.read("بستگان قربانی سپاه پاسداران را مسئول این حمله می‌دانند.", null).allegations())
                .containsExactly(new Incident.Allegation("سپاه پاسداران", "بستگان قربانی"));
        // A person accused by name stays the actor.
        assertThat(persian.read("بستگان او مولوی عبدالغنی را مسئول این قتل می‌دانند.", null).allegations())
                .extracting(Incident.Allegation::actor).containsExactly("مولوی عبدالغنی");
    }

    @Test
    void aPersianInvestigationBegunOnTheMatterIsAResponse() {
        Attribution.Reading reading = persian.read("پلیس هرات اعلام کرده است که تحقیقات در این مورد آغاز شده است.", null);
        assertThat(reading.responses()).extracting(Incident.Response::action)
                .containsExactly(Incident.ResponseAction.INVESTIGATION);
        assertThat(reading.responses().get(0).authority()).isEqualTo("پلیس هرات");
        assertThat(persian.read("به گفته‌ی دادستانی تهران، بررسی‌ها درباره‌ی این پرونده آغاز شده است.", null).responses())
                .extracting(Incident.Response::action).containsExactly(Incident.ResponseAction.INVESTIGATION);
    }

    @Test
    void aPersianQuoteClosedByAGuillemetEndsItsSentence() {
        List<Incident> incidents = Stories.persian("""
                مولوی عبدالرحمن احمدی، افسر پیشین ارتش افغانستان، روز دوشنبه در شهر مشهد با ضربات چاقو کشته شد.

                پسر او گفت: «پدرم دشمنی نداشت.» خانواده مقتول استخبارات طالبان را مسئول این قتل می‌دانند.""",
                "2026-11-12T08:00:00Z");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).allegedPerpetrators()).extracting(Incident.Allegation::actor)
                .containsExactly("استخبارات طالبان");
    }

    @Test
    void whoeverAClashWasBetweenIsBlamedByTheAccountThatToldIt() {
        assertThat(english.read("Police said the man died in a shootout between rival gangs of drug traffickers near the port.",
                "Police").allegations()).containsExactly(new Incident.Allegation("drug traffickers", "Police"));
        assertThat(english.read("It said the herder was killed during an armed clash between two clans on Friday.", "the agency")
                .allegations()).containsExactly(new Incident.Allegation("clans", "the agency"));
        assertThat(english.read("A student died after he was struck during a clash between protesters and police.", "police")
                .allegations()).isEmpty();
    }

    @Test
    void aSourceGivingAnotherAccountIsWhomItRefersTo() {
        assertThat(english.speaker("The state broadcaster IRIB, quoting the provincial governor's office, gave a different "
                + "account.")).isEqualTo("The state broadcaster IRIB");
        assertThat(english.speaker("Tasnim offered another version of events.")).isEqualTo("Tasnim");
    }

    @Test
    void aRelativeOfTheVictimDescribesSomeoneElse() {
        List<Incident> incidents = Stories.extract("""
                Gul Agha Shirzad, a former colonel of the Afghan border police, was shot dead outside his home in \
                Mashhad on Monday.

                A cousin of Shirzad reached by phone in Kabul said he had been killed by two men on a motorbike.""",
                "2026-11-20T09:00:00Z");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::name, Incident.Victim::targetCategory)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Gul Agha Shirzad", Incident.TargetCategory.FORMER_OFFICIAL));
    }

    @Test
    void aBodyNamingItsOwnMenByTheirEpithetClaimsTheAct() {
        assertThat(english.read("The Revolutionary Guards said in a statement read on state television that “the lions of "
                + "the homeland” had seized the dissident.", null).claim())
                .isEqualTo(new Incident.Claim(Incident.ClaimStatus.CLAIMED, "Revolutionary Guards"));
        // Someone else's troops named by the speaker are an allegation at most, never a claim.
        assertThat(english.read("Villagers said that soldiers of the 5th brigade had seized the dissident.", null).claim()).isNull();
    }
}
