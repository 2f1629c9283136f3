package org.vigil.incident;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The same facts as different newsrooms word them: descriptions that name the victim later ("identified as"),
 * pronouns and surnames that carry outcomes, co-victims, survivors with injuries, earlier acts told twice.
 */
class ReportingVariantsTest {


    private static List<Incident> extract(String text) {
        return Stories.extract(text, "2025-11-21T09:00:00Z");
    }

    @Test
    void aDescriptionIdentifiedAsANameIsOneVictim() {
        List<Incident> incidents = extract("""
                KARACHI: Police said a former Afghan army officer, identified as Abdul Basir Noori, was gunned down near \
                his residence in the Sohrab Goth area on Thursday night.

                According to police, two assailants riding a motorbike opened fire on Noori, who died on the spot.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ASSASSINATION);
            assertThat(i.place().city()).isEqualTo("Karachi");
            assertThat(i.place().district()).isEqualTo("Sohrab Goth");
            assertThat(i.date().start()).isEqualTo("2025-11-20");
            assertThat(i.originCountryCode()).isEqualTo("AF");
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::targetCategory, Incident.Victim::outcome)
                    .containsExactly(tuple("Abdul Basir Noori", Incident.TargetCategory.FORMER_OFFICIAL, Incident.Outcome.KILLED));
        });
    }

    @Test
    void aSurvivorWithInjuriesIsInjuredAndTheBodyguardKilled() {
        List<Incident> incidents = extract("""
                A roadside bomb ripped through a vehicle carrying a former provincial governor in Kabul on Sunday, \
                killing his bodyguard, officials said.

                Former governor Gul Agha Sherzai survived the blast with minor injuries, his spokesman said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.BOMBING);
            assertThat(i.killed().best()).isEqualTo(1);
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                    .contains(tuple("Gul Agha Sherzai", Incident.Outcome.INJURED), tuple(null, Incident.Outcome.KILLED));
        });
    }

    @Test
    void aPronounAfterTheNamedPersonCarriesTheActAndHerChildrenShareIt() {
        List<Incident> incidents = extract("""
                Among those sent back was Maryam Haidari, a former radio presenter from Herat. Iranian authorities \
                deported her from Mashhad on Monday together with her three children, a rights group said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.DEPORTATION);
            assertThat(i.place().city()).isEqualTo("Mashhad");
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::targetCategory, Incident.Victim::outcome)
                    .containsExactlyInAnyOrder(tuple("Maryam Haidari", Incident.TargetCategory.JOURNALIST, Incident.Outcome.DEPORTED),
                            tuple(null, Incident.TargetCategory.FAMILY_MEMBER, Incident.Outcome.DEPORTED));
        });
    }

    @Test
    void anEarlierActToldByPronounAndAgainWithItsPlaceIsOneReference() {
        List<Incident> incidents = extract("""
                KABUL — Taliban intelligence officers detained a former army judge in Kabul on Tuesday, days after he \
                was deported from Iran, his family said.

                Abdul Samad Hotaki, 51, was taken away from a relative's house, a cousin said.

                Hotaki had been arrested by Iranian police in Isfahan in September and expelled along with hundreds of \
                other Afghans.""");
        assertThat(incidents).hasSize(2);
        Incident earlier = incidents.get(1);
        assertThat(earlier.sources().get(0).role()).isEqualTo(Incident.SourceRole.REFERENCE);
        assertThat(earlier.type()).isEqualTo(Incident.Type.DEPORTATION);
        assertThat(earlier.place().city()).isEqualTo("Isfahan");
        assertThat(earlier.date().start()).isEqualTo("2025-09");
        assertThat(earlier.victims()).extracting(Incident.Victim::name).containsExactly("Abdul Samad Hotaki");
    }

    @Test
    void anArrestAfterAKillingIsTheAuthoritiesAnswerEvenElsewhere() {
        List<Incident> incidents = extract("""
                VIENNA -- A Chechen blogger has been shot dead in Vienna's Favoriten district, police said.

                Police said on Friday they had detained a 30-year-old Russian citizen near the city of Graz, several \
                hours after the shooting.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ASSASSINATION);
            assertThat(i.place().city()).isEqualTo("Vienna");
        });
    }

    @Test
    void aBodyFoundIsAKillingAndTheWidowOfTheVictimNamesHim() {
        List<Incident> incidents = extract("""
                "They came for him in broad daylight," said the widow of Sadiq Rahimi, a former Afghan intelligence \
                officer whose body was found on Sunday in a canal outside Quetta.

                Rahimi, 47, had been missing since Wednesday. Police said his hands had been tied and that he had been \
                shot in the head.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ASSASSINATION);
            assertThat(i.method()).isEqualTo(Incident.Method.FIREARM);
            assertThat(i.place().city()).isEqualTo("Quetta");
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                    .containsExactly(tuple("Sadiq Rahimi", Incident.Outcome.KILLED));
        });
    }

    @Test
    void theOneWhoTellsWhatBefellThemIsTheVictimAndASuburbOfACityIsItsDistrict() {
        List<Incident> incidents = extract("""
                A prominent Pakistani journalist living in exile was beaten up outside his home in London by two \
                unknown assailants, the reporter said on Sunday.

                Waqas Ahmad told the BBC he was punched and kicked repeatedly on Saturday evening near his flat in the \
                west London suburb of Ealing, leaving him with a fractured jaw.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ASSAULT);
            assertThat(i.date().start()).isEqualTo("2025-11-15");
            assertThat(i.place().city()).isEqualTo("London");
            assertThat(i.place().district()).isEqualTo("Ealing");
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::targetCategory, Incident.Victim::outcome)
                    .containsExactly(tuple("Waqas Ahmad", Incident.TargetCategory.JOURNALIST, Incident.Outcome.INJURED));
        });
    }

    @Test
    void aliasesCarryOutcomesAndTheSameAttackAddsItsVictims() {
        List<Incident> incidents = extract("""
                TEHRAN — Gunmen shot and wounded General Abdul Wahid Gholami, a former Afghan army corps commander, in \
                Tehran's Valiasr district on Wednesday evening, his family said.

                The general was rushed to hospital, where he died of his wounds on Thursday morning. Gholami had fled \
                to Iran in 2021. The former commander had received threats from Taliban supporters, his son said.

                Another former officer, Karim Zazai, was wounded in the same attack and survived.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ASSASSINATION);
            assertThat(i.date().start()).isEqualTo("2025-11-19");
            assertThat(i.killed().best()).isEqualTo(1);
            assertThat(i.injured().best()).isEqualTo(1);
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome).containsExactly(
                    tuple("Abdul Wahid Gholami", Incident.Outcome.KILLED), tuple("Karim Zazai", Incident.Outcome.INJURED));
        });
    }

    @Test
    void namesListedAfterNamedAsFillACountedGroupAndANamesakeTownAbroadIsNoScene() {
        List<Incident> incidents = extract("""
                ERBIL, Iraq (Reuters) - A drone strike killed two members of an Iranian Kurdish opposition party at \
                their base near Koya in Iraq's Kurdistan region on Monday, the party and local officials said.

                Iran's Revolutionary Guards claimed responsibility for the strike.

                The party named the dead as Hussein Ahmadi, 38, and Saman Rezaei, 29. A third member was injured, it said.

                Iran has repeatedly struck Kurdish opposition groups in northern Iraq, including a wave of missile and \
                drone attacks in September 2022 that killed at least 13 people.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.BOMBING);
            assertThat(i.place().countryCode()).isEqualTo("IQ");
            assertThat(i.originCountryCode()).isEqualTo("IR");
            assertThat(i.claim().status()).isEqualTo(Incident.ClaimStatus.CLAIMED);
            assertThat(i.killed().best()).isEqualTo(2);
            assertThat(i.injured().best()).isEqualTo(1);
            assertThat(i.victims()).extracting(Incident.Victim::name).contains("Hussein Ahmadi", "Saman Rezaei");
        });
    }

    @Test
    void aTargetDescribedFirstIsNamedWhereTheShotsAreToldAgain() {
        List<Incident> incidents = extract("""
                An exiled Uzbek opposition blogger escaped unhurt after a gunman fired at his car in Istanbul's Fatih \
                district on Sunday, police said.

                Shots were fired at Ilhom Karimov, 41, as he left a cafe near his home, the governor's office said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ATTEMPTED_ASSASSINATION);
            assertThat(i.place().district()).isEqualTo("Fatih");
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                    .containsExactly(tuple("Ilhom Karimov", Incident.Outcome.UNHARMED));
        });
    }

    @Test
    void aNameAfterKnownAsIsAnAliasNotASecondVictim() {
        List<Incident> incidents = extract("""
                A former Afghan border police commander has been abducted in Peshawar, his family said.

                Abdul Qadir Sharifi, better known as Commander Tofan, was taken from his shop in the Board Bazaar area \
                on Friday by four armed men.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION);
            assertThat(i.victims()).singleElement().satisfies(v -> {
                assertThat(v.name()).isEqualTo("Abdul Qadir Sharifi");
                assertThat(v.aliases()).containsExactly("Commander Tofan");
            });
        });
    }

    @Test
    void aYearBeforeTheNounOfTheActDatesAnEarlierIncidentAndCountsNobody() {
        List<Incident> incidents = extract("""
                A former Afghan intelligence officer was shot dead in Mashhad on Tuesday, his family said.

                Afghan exiles in the city have lived in fear since the 2022 killing of Mohammad Yasin Hotak, a former \
                army colonel who was shot dead near his home in Mashhad.""");
        assertThat(incidents).hasSize(2);
        assertThat(incidents.get(1)).satisfies(i -> {
            assertThat(i.sources().get(0).role()).isEqualTo(Incident.SourceRole.REFERENCE);
            assertThat(i.date().start()).isEqualTo("2022");
            assertThat(i.date().precision()).isEqualTo(Incident.DatePrecision.YEAR);
            assertThat(i.killed().best()).isEqualTo(1);
        });
    }

    @Test
    void eachVictimKeepsTheirOwnOutcome() {
        List<Incident> incidents = extract("""
                A former Afghan police officer was killed and his son wounded when gunmen opened fire on their car in \
                Quetta on Monday, police said.

                Ahmad Wali Noorzai died at the scene, while his son Naveed Noorzai was taken to the Civil Hospital with \
                bullet wounds.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.killed().best()).isEqualTo(1);
            assertThat(i.injured().best()).isEqualTo(1);
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome).containsExactlyInAnyOrder(
                    tuple("Ahmad Wali Noorzai", Incident.Outcome.KILLED), tuple("Naveed Noorzai", Incident.Outcome.INJURED));
        });
    }

    @Test
    void aPlaceFollowedByItsCityIsADistrictOfThatCity() {
        List<Incident> incidents = extract("""
                An Iranian dissident was stabbed outside his flat in Ealing, west London, on Thursday evening, the \
                Metropolitan Police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.STABBING);
            assertThat(i.place().city()).isEqualTo("London");
            assertThat(i.place().district()).isEqualTo("Ealing");
        });
    }

    @Test
    void aBodyFoundAndIdentifiedLaterIsOneNamedKilling() {
        List<Incident> incidents = extract("""
                QUETTA: The mutilated body of a former Afghan police officer was found in a field in the Nawa Killi area \
                on Wednesday, police said.

                Police identified the victim as Gul Mohammad Achakzai, 52. The body bore four gunshot wounds.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ASSASSINATION);
            assertThat(i.place().city()).isEqualTo("Quetta");
            assertThat(i.killed().best()).isEqualTo(1);
            assertThat(i.injured().best()).isZero();
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Gul Mohammad Achakzai");
        });
    }

    @Test
    void theTargetNamedAfterACopulaAndAClaimantWithItsAcronym() {
        List<Incident> incidents = extract("""
                PESHAWAR: A former Afghan army commander and his cousin were killed when a bomb planted on a bicycle \
                exploded in the Hayatabad area on Saturday.

                Police said the target of the blast was Sher Khan Mangal, who had fled to Pakistan in 2021. The \
                Bomb Disposal Squad said five kilogrammes of explosives were used.

                The Islamic State Khorasan Province (ISKP) claimed responsibility for the attack.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.BOMBING);
            assertThat(i.killed().best()).isEqualTo(2);
            assertThat(i.claim().status()).isEqualTo(Incident.ClaimStatus.CLAIMED);
            assertThat(i.victims()).extracting(Incident.Victim::name).contains("Sher Khan Mangal")
                    .doesNotContain("Bomb Disposal Squad");
        });
    }

    @Test
    void anEarlierActInTheCityIsInTheStorysCity() {
        List<Incident> incidents = extract("""
                A former Afghan air force officer was stabbed to death in Mashhad on Monday, his relatives said.

                In October, Abdul Hadi Sultani, a former army major, was shot dead outside a bakery in the city by two \
                men on a motorcycle.""");
        assertThat(incidents).hasSize(2);
        assertThat(incidents.get(1)).satisfies(i -> {
            assertThat(i.sources().get(0).role()).isEqualTo(Incident.SourceRole.REFERENCE);
            assertThat(i.place().city()).isEqualTo("Mashhad");
        });
    }

    @Test
    void menListedAfterIdentifiedAsAreTheOnesDetainedAndTheirEarlierDeporteeIsAReference() {
        List<Incident> incidents = extract("""
                Tajik security forces have detained two former Afghan commandos in Dushanbe, their lawyer said.

                The men, identified as Sergeant Rahmatullah Zadran and Captain Wahid Omar Khel, were taken from a hostel \
                in Dushanbe on Monday by officers of the State Committee for National Security.

                Activists say the case recalls that of Najibullah Sadat, a former army officer who was deported from \
                Dushanbe to Afghanistan in 2023.""");
        assertThat(incidents).hasSize(2);
        assertThat(incidents.get(0)).satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.DETENTION);
            assertThat(i.victims()).extracting(Incident.Victim::name)
                    .containsExactlyInAnyOrder("Rahmatullah Zadran", "Wahid Omar Khel");
        });
        assertThat(incidents.get(1)).satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.DEPORTATION);
            assertThat(i.sources().get(0).role()).isEqualTo(Incident.SourceRole.REFERENCE);
            assertThat(i.date().start()).isEqualTo("2023");
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Najibullah Sadat");
        });
    }

    @Test
    void aRelativeNamedAfterThePossessiveIsTheUnnamedOneAlreadyCounted() {
        List<Incident> incidents = extract("""
                A former Afghan police commander and his nephew were shot dead in Quetta on Friday, police said.

                The gunmen opened fire as Nasir Ahmad Popal was leaving his shop with his nephew Zubair, 19.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.killed().best()).isEqualTo(2);
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::targetCategory).containsExactlyInAnyOrder(
                    tuple("Nasir Ahmad Popal", Incident.TargetCategory.FORMER_OFFICIAL),
                    tuple("Zubair", Incident.TargetCategory.FAMILY_MEMBER));
        });
    }

    @Test
    void aKillingKnownByItsBodyDatesFromTheDisappearance() {
        List<Incident> incidents = extract("""
                The body of a former Afghan intelligence officer, Ghulam Sakhi Karimi, was found on the outskirts of \
                Quetta on Sunday, police said.

                His family said Karimi had left home on November 12 to meet a friend and never returned.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.date().start()).isEqualTo("2025-11-12");
            assertThat(i.date().end()).isEqualTo("2025-11-16");
            assertThat(i.date().precision()).isEqualTo(Incident.DatePrecision.WEEK);
        });
    }
}
