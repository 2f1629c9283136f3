package org.vigil.incident;

import org.junit.jupiter.api.Test;
import org.vigil.extract.Article;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Phrasings journalists use for who suffered what and who is blamed, each in wording of its own: acts dated
 * back from the story, plots that never happened, victims named after their role or kin, blame and denial.
 */
class NewsPhrasingTest {


    /** Published on Friday 21 November 2025. */
    private static List<Incident> extract(String text) {
        return Stories.extract(text, "2025-11-21T09:00:00Z");
    }

    @Test
    void anActDatedMonthsOrYearsAgoIsAnEarlierIncident() {
        List<Incident> incidents = extract("""
                A former Afghan army colonel, Sher Mohammad Stanekzai, was shot dead outside a mosque in Quetta on \
                Wednesday, his family said.

                Three years ago, another former officer, Dawood Shah Ahmadi, was stabbed and badly hurt in the city of \
                Peshawar by men who were never identified.""");
        assertThat(incidents).hasSize(2);
        assertThat(incidents.get(0).type()).isEqualTo(Incident.Type.ASSASSINATION);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::name).containsExactly("Sher Mohammad Stanekzai");
        assertThat(incidents.get(1).type()).isEqualTo(Incident.Type.STABBING);
        assertThat(incidents.get(1).place().city()).isEqualTo("Peshawar");
        assertThat(incidents.get(1).date().start()).isEqualTo("2022");
        assertThat(incidents.get(1).victims()).extracting(Incident.Victim::name).containsExactly("Dawood Shah Ahmadi");
        assertThat(incidents.get(0).related()).extracting(Incident.Related::relation)
                .containsExactly(Incident.Relation.REFERENCED_EARLIER);
    }

    @Test
    void aTrialOverAPlotToKillReportsNoIncident() {
        assertThat(extract("""
                A 41-year-old man went on trial in Vienna on Thursday accused of preparing to murder an exiled Chechen \
                blogger on behalf of a foreign intelligence service, prosecutors said.

                The defendant, named only as Adam K., is charged with conspiring to kill and with agreeing to commit \
                murder for payment. He has been in custody since his arrest last winter.""")).isEmpty();
    }

    @Test
    void aRelativeClauseWithItsOwnPastTenseIsTheVictimsPastNotTheActsDate() {
        List<Incident> incidents = extract("""
                An Uzbek human rights lawyer who had been living in the city since escaping Tashkent in 2019 was \
                shot dead outside his office in Istanbul on Tuesday evening, Turkish media reported.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.date().start()).isEqualTo("2025-11-18");
            assertThat(i.type()).isEqualTo(Incident.Type.ASSASSINATION);
            assertThat(i.place().city()).isEqualTo("Istanbul");
        });
    }

    @Test
    void anActToldBeforeTheArrestsOfItsSuspectsIsReported() {
        List<Incident> incidents = extract("""
                A Pakistani Ahmadi shopkeeper was knifed and seriously hurt inside his pharmacy in Lahore on Wednesday \
                night, police said on Thursday, adding that three men had been arrested in connection with the assault.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.STABBING);
            assertThat(i.place().city()).isEqualTo("Lahore");
            assertThat(i.date().start()).isEqualTo("2025-11-19");
            assertThat(i.victims()).extracting(Incident.Victim::outcome).containsExactly(Incident.Outcome.INJURED);
        });
    }

    @Test
    void theNearestPrepositionGovernsANameNotTheFirstOfTheChain() {
        List<Incident> incidents = extract("""
                A former intelligence chief and his driver were killed when a bomb fixed under the car of General \
                Rahmatullah Safi exploded near his home in Peshawar on Monday morning, officials said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.BOMBING);
            assertThat(i.victims()).extracting(Incident.Victim::name).contains("Rahmatullah Safi");
        });
    }

    @Test
    void aRelativeNamedAfterACommaIsAVictimOfTheSameAct() {
        List<Incident> incidents = extract("""
                A former Afghan commando, Zabiullah Haidari, was shot dead in his car in Mashhad on Sunday night, \
                his relatives said.

                His son, Farhad, who was sitting next to him, died of his wounds the next morning.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.killed().best()).isEqualTo(2);
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::targetCategory, Incident.Victim::outcome)
                    .containsExactlyInAnyOrder(tuple("Zabiullah Haidari", Incident.TargetCategory.FORMER_OFFICIAL, Incident.Outcome.KILLED),
                            tuple("Farhad", Incident.TargetCategory.FAMILY_MEMBER, Incident.Outcome.KILLED));
        });
    }

    @Test
    void gunfireIntoAGroupIsAShootingNotAnAssassination() {
        List<Incident> incidents = extract("""
                Two Syrian farm workers were killed when masked men fired into a crowd of labourers waiting for a bus \
                outside Antalya on Tuesday, Turkish media reported.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.SHOOTING);
            assertThat(i.method()).isEqualTo(Incident.Method.FIREARM);
            assertThat(i.killed().best()).isEqualTo(2);
        });
    }

    @Test
    void gunfireIntoTheAirHitsNobody() {
        assertThat(extract("""
                Riot police fired into the air to disperse hundreds of fans outside the stadium in Izmir on Sunday, \
                local media reported.""")).isEmpty();
    }

    @Test
    void theWoundedToldAgainAreNotCountedTwice() {
        List<Incident> incidents = extract("""
                A Kurdish activist was shot dead and three other men were hurt when a gunman opened fire outside a cafe \
                in Erbil on Monday, local officials said.

                The three injured were taken to a private clinic, where doctors said their lives were not in danger.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.killed().best()).isEqualTo(1);
            assertThat(i.injured().best()).isEqualTo(3);
        });
    }

    @Test
    void theRoleOfAVictimIdentifiedAsANameIsWhatCameBeforeTheIdentification() {
        List<Incident> incidents = extract("""
                A body with several gunshot wounds was found in a ditch on the outskirts of Quetta on Saturday, police said.

                The slain man was identified as Nasir Ahmad Rahimi, a former Afghan border police officer.""");
        assertThat(incidents).singleElement().satisfies(i ->
                assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Nasir Ahmad Rahimi"));
        assertThat(incidents.get(0).victims().get(0).role()).doesNotContain("identified");
    }

    @Test
    void aVictimUnnamedByPoliceIsNamedByHerOrganisationWithARoleBeforeTheName() {
        List<Incident> incidents = extract("""
                A Tajik opposition activist was beaten unconscious by three men near a tram stop in Vienna late on \
                Wednesday, police said.

                Police did not release the name of the victim. The exile group Free Tajikistan identified him as its \
                deputy leader, Rustam Nazarov, who has lived in Austria since 2016.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ASSAULT);
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::targetCategory)
                    .containsExactly(tuple("Rustam Nazarov", Incident.TargetCategory.ACTIVIST));
        });
    }

    @Test
    void whatAStateDoesCaseByCaseToOthersIsNoPartOfTheDetention() {
        List<Incident> incidents = extract("""
                Turkish police have detained an Uzbek imam in Istanbul, his son said on Thursday, raising fears that he \
                might be sent back to Uzbekistan, where the security services have jailed and in many cases tortured \
                returning clerics.

                Imam Abdulaziz Mansurov was detained at a friend's apartment in the Fatih district on Wednesday, his son said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.DETENTION);
            assertThat(i.date().start()).isEqualTo("2025-11-19");
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                    .containsExactly(tuple("Abdulaziz Mansurov", Incident.Outcome.DETAINED));
        });
    }

    @Test
    void namedAccusedAreAllegedPerpetratorsNotVictims() {
        List<Incident> incidents = extract("""
                A Somali refugee was stabbed in the back outside a mosque in Leicester on Friday evening, police said.

                "The suspects, identified as Daniel Morris (31) and Kyle Benton (27), were arrested on Saturday and \
                remain in custody," a Leicestershire Police spokesman said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.STABBING);
            assertThat(i.victims()).extracting(Incident.Victim::name).doesNotContain("Daniel Morris", "Kyle Benton");
            assertThat(i.allegedPerpetrators()).extracting(Incident.Allegation::actor)
                    .containsExactly("Daniel Morris", "Kyle Benton");
            assertThat(i.allegedPerpetrators()).allSatisfy(a -> assertThat(a.allegedBy()).isNotNull());
        });
    }

    @Test
    void blameTheFamilyLaysOnAnActorInTheOpeningSentenceIsKeptWithItsSource() {
        List<Incident> incidents = extract("""
                A former Afghan police commander was shot dead in the Turkish city of Kayseri on Sunday, his family told \
                reporters, in a killing they blame on the Taliban.

                Local police said they had opened an investigation.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.allegedPerpetrators())
                .containsExactly(new Incident.Allegation("Taliban", "his family")));
    }

    private static List<String> actors(Incident i) {
        return i.allegedPerpetrators().stream().map(Incident.Allegation::actor).toList();
    }

    @Test
    void anAccusedActorInQuotationMarksIsStillTheActor() {
        List<Incident> incidents = extract("""
                A Chechen blogger, Imran Aliev, was stabbed in a hotel room in Lille on Thursday, French media said. \
                His brother accused "Kadyrov's security apparatus" of sending the attacker.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(actors(i)).containsExactly("Kadyrov's security apparatus");
            assertThat(i.allegedPerpetrators().get(0).allegedBy()).isEqualTo("His brother");
        });
    }

    @Test
    void theAgentOfAnActASourceTellsIsAlleged() {
        List<Incident> incidents = extract("""
                An exiled Turkmen journalist, Farid Tuhbatullin, disappeared in Istanbul on Monday after he was forced \
                into a car by several men, his colleagues said. His lawyer claimed on Wednesday that Tuhbatullin had been \
                abducted by agents of the Turkmen Ministry of National Security and driven to the airport.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION);
            assertThat(actors(i)).containsExactly("agents of the Turkmen Ministry of National Security");
            assertThat(i.allegedPerpetrators().get(0).allegedBy()).isEqualTo("His lawyer");
        });
    }

    @Test
    void attackersASourceBelievesToBeSomeoneAreAlleged() {
        List<Incident> incidents = extract("""
                An Iranian dissident was beaten with a metal bar by two men outside his flat in Rotterdam late on \
                Tuesday, Dutch police said. His party said in a statement it suspected the attackers were agents of the Revolutionary \
                Guards sent from Tehran.""");
        assertThat(incidents).singleElement().satisfies(i ->
                assertThat(actors(i)).containsExactly("Revolutionary Guards agents"));
    }

    @Test
    void inWhatASourceCalledAnAttackOrderedByAnActor() {
        List<Incident> incidents = extract("""
                A Uyghur activist was shot and wounded outside a mosque in Almaty on Friday, police said, in what his \
                organisation described as an assassination attempt ordered by Chinese security services.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(actors(i)).containsExactly("Chinese security services");
            assertThat(i.allegedPerpetrators().get(0).allegedBy()).isEqualTo("his organisation");
        });
    }

    @Test
    void aQuotedBeliefIsAllegedByTheOneSaidToSpeakAfterTheQuote() {
        List<Incident> incidents = extract("""
                A Sikh temple leader, Balwinder Singh Sandhu, was shot and wounded in his car in Brampton on Sunday. \
                "We believe the attack was the work of Indian intelligence operatives," said Gurpreet Kaur, a spokeswoman \
                for the temple.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(actors(i)).containsExactly("Indian intelligence operatives");
            assertThat(i.allegedPerpetrators().get(0).allegedBy()).isEqualTo("Gurpreet Kaur");
        });
    }

    @Test
    void aPersianSourceClosedByACommaIsNoPartOfTheActor() {
        Article article = Stories.article("گزارش", """
                جنرال عبدالقادر صدیقی، فرمانده پیشین پولیس، روز دوشنبه در شهر مشهد به ضرب گلوله کشته شد.

                بستگان این فرمانده پیشین، استخبارات طالبان را مسئول این قتل می‌دانند.""", "fa", "2025-11-20T09:00:00Z");
        assertThat(Stories.extract(article)).singleElement().satisfies(i ->
                assertThat(actors(i)).containsExactly("استخبارات طالبان"));
    }

    @Test
    void denialsInTheirUsualWordings() {
        List<Incident> incidents = extract("""
                A former Afghan intelligence officer, Wahid Stanikzai, was shot dead in Peshawar on Monday. His family \
                blamed the Taliban for the killing. A Taliban spokesman described the accusations as baseless. The \
                Pakistani foreign ministry said Islamabad had no role in the attack.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(actors(i)).containsExactly("Taliban");
            assertThat(i.denials()).extracting(Incident.Denial::by)
                    .containsExactly("A Taliban spokesman", "Pakistani foreign ministry");
        });
    }

    @Test
    void noClaimAndAnInvestigationInOtherWords() {
        List<Incident> incidents = extract("""
                An Afghan Hazara cleric was shot dead outside his seminary in Quetta on Wednesday. There was no immediate \
                claim of responsibility. Balochistan police said they had opened a case and were looking into the motive.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.claim().status()).isEqualTo(Incident.ClaimStatus.NO_CLAIM_REPORTED);
            assertThat(i.responses()).extracting(Incident.Response::action).contains(Incident.ResponseAction.INVESTIGATION);
        });
    }

    @Test
    void anAttemptToMurderChargedIsNoKilling() {
        List<Incident> incidents = extract("""
                A Rohingya refugee was knifed in the neck near his tea stall in Jammu on Saturday evening, police said. \
                A case of attempt to murder has been filed against an unidentified man who tried to kill him.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.STABBING);
            assertThat(i.killed().best()).isZero();
        });
    }

    @Test
    void whatRightsGroupsHaveDocumentedIsNoPartOfTheAct() {
        List<Incident> incidents = extract("""
                Kazakh police detained a Chinese Uyghur poet, Abduweli Ayup, at his home in Almaty on Tuesday, his wife said.

                Rights groups have documented the detention and forced return of Uyghurs who fled China.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.DETENTION);
            assertThat(i.victims()).extracting(Incident.Victim::outcome).containsExactly(Incident.Outcome.DETAINED);
        });
    }

    @Test
    void anAccusationOfAPatternAllegesNothingAboutTheAct() {
        List<Incident> incidents = extract("""
                A Baloch student leader, Zakir Baloch, was abducted by armed men in Karachi on Monday, his family said. \
                Rights organisations accuse the security forces of abducting hundreds of activists in recent years.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.allegedPerpetrators()).isEmpty());
    }

    @Test
    void aFormerMemberOfACountrysParliamentIsAPolitician() {
        List<Incident> incidents = extract("""
                A former member of Tajikistan's parliament, Mahmadali Vatanov, was shot and wounded outside a cafe in \
                Warsaw on Sunday, Polish police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::targetCategory)
                    .containsExactly(tuple("Mahmadali Vatanov", Incident.TargetCategory.POLITICIAN));
            assertThat(i.victims().get(0).role()).contains("parliament");
        });
    }

    @Test
    void aPasserByDescribedAgainInAnAppositionIsAnUnnamedVictim() {
        List<Incident> incidents = extract("""
                An exiled Belarusian opposition blogger, Ihar Losik, was stabbed in the arm near a bus stop in Vilnius on \
                Thursday, Lithuanian police said. A passer-by, an elderly Lithuanian man, was slightly hurt when he tried \
                to intervene.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.injured().best()).isEqualTo(2);
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome).containsExactlyInAnyOrder(
                    tuple("Ihar Losik", Incident.Outcome.INJURED), tuple(null, Incident.Outcome.INJURED));
        });
    }

    @Test
    void neighboursHurtInTheBlastAreCountedNotListed() {
        List<Incident> incidents = extract("""
                A former Afghan army general, Abdul Raziq Sherzad, was killed when a bomb hidden in his car exploded in \
                Quetta on Tuesday. Three neighbours were also injured in the blast, police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.killed().best()).isEqualTo(1);
            assertThat(i.injured().best()).isEqualTo(3);
        });
    }

    @Test
    void aSurvivedAttemptOnSomeonesLifeIsAnAttemptedAssassination() {
        List<Incident> incidents = extract("""
                Exiled Rwandan opposition figure Faustin Kayumba narrowly escaped an assassination attempt in Maputo \
                on Wednesday night, his party said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ATTEMPTED_ASSASSINATION);
            assertThat(i.place().city()).isEqualTo("Maputo");
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                    .containsExactly(tuple("Faustin Kayumba", Incident.Outcome.UNHARMED));
        });
    }

    @Test
    void aSurvivedAttemptToldWithTheGunfireIsStillOneAttempt() {
        List<Incident> incidents = extract("""
                A former Afghan intelligence officer, Haji Noor Agha, survived an attempt on his life in Quetta on \
                Monday when two gunmen on a motorbike fired at his car, police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ATTEMPTED_ASSASSINATION);
            assertThat(i.method()).isEqualTo(Incident.Method.FIREARM);
        });
    }

    @Test
    void bladesJournalistsNameMakeAStabbing() {
        List<Incident> incidents = extract("""
                A Hindu trader, Ramesh Kumar, was hacked with a machete outside his shop in Hyderabad, Sindh on Sunday \
                night and is in a critical condition, police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.STABBING);
            assertThat(i.method()).isEqualTo(Incident.Method.KNIFE);
            assertThat(i.victims()).extracting(Incident.Victim::outcome).containsExactly(Incident.Outcome.INJURED);
        });
        assertThat(extract("Hackers hacked with a new exploit into the ministry's servers in Ankara on Monday.")).isEmpty();
    }

    @Test
    void snatchedFromAStreetIsAnAbduction() {
        List<Incident> incidents = extract("""
                A Kyrgyz-born Uzbek imam, Rashod Kamalov, was snatched off the street in Osh on Thursday by men who \
                bundled him into a van, his relatives said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION);
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                    .containsExactly(tuple("Rashod Kamalov", Incident.Outcome.ABDUCTED));
        });
    }

    @Test
    void persianFailedAttemptsAndHandingOverToTheTaliban() {
        Article attempt = Stories.article("گزارش", """
                جنرال نورالله احمدی، فرمانده پیشین ارتش، روز دوشنبه در شهر کراچی از سوء قصد جان سالم به در برد.""", "fa", "2025-11-20T09:00:00Z");
        assertThat(Stories.extract(attempt)).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ATTEMPTED_ASSASSINATION);
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("نورالله احمدی");
        });
        Article handed = Stories.article("گزارش", """
                جنرال عبدالغفور سلطانی، فرمانده پیشین پولیس، روز دوشنبه در شهر مشهد بازداشت و به طالبان تحویل داده شد.""", "fa", "2025-11-20T09:00:00Z");
        assertThat(Stories.extract(handed)).singleElement().satisfies(i ->
                assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION));
    }

    @Test
    void theVictimIdentifiedLaterKeepsTheRoleThatIntroducedThem() {
        List<Incident> incidents = extract("""
                A former Afghan border police commander was gunned down outside a bakery in Quetta on Monday evening, \
                police said. The victim, identified as Faizullah Noorzai, 58, had crossed into Pakistan in 2021.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::role, Incident.Victim::targetCategory)
                    .containsExactly(tuple("Faizullah Noorzai", "former Afghan border police commander",
                            Incident.TargetCategory.FORMER_OFFICIAL));
        });
    }

    @Test
    void claimsInTheirUsualWordings() {
        List<Incident> claimed = extract("""
                A Shia cleric was killed in a bomb blast outside a seminary in Quetta on Monday. \
                Lashkar-e-Jhangvi claimed the attack in a message to reporters.""");
        assertThat(claimed).singleElement().satisfies(i -> {
            assertThat(i.claim().status()).isEqualTo(Incident.ClaimStatus.CLAIMED);
            assertThat(i.claim().by()).isEqualTo("Lashkar-e-Jhangvi");
        });
        List<Incident> saidSo = extract("""
                A former Afghan commando was killed when a bomb went off under his car in Quetta on Monday. \
                The Baloch Liberation Army said it had carried out the bombing.""");
        assertThat(saidSo).singleElement().satisfies(i -> assertThat(i.claim().by()).isEqualTo("Baloch Liberation Army"));
    }

    @Test
    void aSourceWhoToldReportersStandsBehindThePronounThatBlamesNext() {
        List<Incident> incidents = extract("""
                A former Afghan air force pilot was stabbed to death in Izmir on Monday. Ahmad Shah Barakzai, 45, had \
                lived in Turkey since 2022, his cousin told reporters. He blamed the Taliban for the killing.""");
        assertThat(incidents).singleElement().satisfies(i ->
                assertThat(i.allegedPerpetrators()).extracting(Incident.Allegation::actor, Incident.Allegation::allegedBy)
                        .containsExactly(tuple("Taliban", "his cousin")));
    }

    @Test
    void aQuotedBlameIsAllegedByTheOneSaidToSpeakAfterIt() {
        List<Incident> incidents = extract("""
                A former Afghan prosecutor, Abdul Basir Amin, was shot dead in Peshawar on Monday. \
                "Taliban intelligence was behind this killing, we have no doubt," said his nephew, Hamid Amin.""");
        assertThat(incidents).singleElement().satisfies(i ->
                assertThat(i.allegedPerpetrators()).extracting(Incident.Allegation::actor, Incident.Allegation::allegedBy)
                        .containsExactly(tuple("Taliban intelligence", "his nephew")));
    }

    @Test
    void whoTookThePersonDecidesBetweenDetentionAndAbduction() {
        List<Incident> detained = extract("""
                A Kyrgyz journalist, Bolot Temirov, was picked up by police at a friend's flat in Almaty on Tuesday, \
                his lawyer said.""");
        assertThat(detained).singleElement().satisfies(i -> assertThat(i.type()).isEqualTo(Incident.Type.DETENTION));
        List<Incident> abducted = extract("""
                A Pakistani blogger, Waqas Goraya, was taken by unknown men from outside his office in Islamabad on \
                Tuesday, his brother said.""");
        assertThat(abducted).singleElement().satisfies(i -> assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION));
        List<Incident> toHospital = extract("""
                A Sikh shopkeeper, Harjit Singh Bedi, was stabbed in Peshawar on Tuesday and was taken by ambulance to \
                hospital, police said.""");
        assertThat(toHospital).singleElement().satisfies(i -> assertThat(i.type()).isEqualTo(Incident.Type.STABBING));
    }

    @Test
    void sentBackAgainstOnesWillIsADeportation() {
        List<Incident> incidents = extract("""
                A former Afghan army officer, Shir Agha Safi, was forcibly repatriated from Iran on Tuesday and detained \
                by the Taliban at the Islam Qala crossing, his son said.""");
        assertThat(incidents).first().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.DEPORTATION);
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                    .containsExactly(tuple("Shir Agha Safi", Incident.Outcome.DEPORTED));
        });
    }

    @Test
    void theNamedAmongTheDeadAreOfThoseCountedNotMore() {
        List<Incident> incidents = extract("""
                A suicide bomber killed four people at a wedding hall in Jalalabad on Saturday, officials said. The dead \
                included a former Afghan army colonel, Mohammad Rahim Wardak, and his brother, Karim Wardak.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.killed().best()).isEqualTo(4);
            assertThat(i.victims()).extracting(Incident.Victim::name).contains("Mohammad Rahim Wardak");
        });
        List<Incident> wounded = extract("""
                Two Afghan refugees were wounded when a gunman fired at a bus stop in Karachi on Sunday, police said. \
                Among the wounded was Nazir Ahmad Safi, a former teacher.""");
        assertThat(wounded).singleElement().satisfies(i -> {
            assertThat(i.injured().best()).isEqualTo(2);
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                    .contains(tuple("Nazir Ahmad Safi", Incident.Outcome.INJURED));
        });
    }

    @Test
    void childrenCoordinatedWithAPossessiveRelativeAreFamily() {
        List<Incident> incidents = extract("""
                An exiled Iranian Baloch cleric was shot and wounded in his car in Karachi on Sunday. His wife and three \
                children were also hurt, police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.injured().best()).isEqualTo(5);
            assertThat(i.victims()).filteredOn(v -> v.role() != null && v.role().contains("children"))
                    .extracting(Incident.Victim::targetCategory).containsExactly(Incident.TargetCategory.FAMILY_MEMBER);
        });
    }

    @Test
    void arrestsOverTheActAreTheAuthoritiesAnswer() {
        List<Incident> incidents = extract("""
                A Syrian Kurdish journalist was beaten unconscious near his home in Gaziantep on Friday night, local media \
                said. Three men were detained on suspicion of carrying out the attack, the governor's office said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ASSAULT);
            assertThat(i.responses()).extracting(Incident.Response::action, Incident.Response::status)
                    .contains(tuple(Incident.ResponseAction.ARREST, "made"));
        });
    }

    @Test
    void persianKillingsToldByHowAndBladesAsColdWeapons() {
        Article strangled = Stories.article("گزارش", """
                دگروال محمد اکبر ستانکزی، افسر پیشین ارتش، روز دوشنبه در شهر تهران خفه شد.""", "fa", "2025-11-20T09:00:00Z");
        assertThat(Stories.extract(strangled)).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ASSASSINATION);
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("محمد اکبر ستانکزی");
        });
        Article blade = Stories.article("گزارش", """
                جنرال عبدالحکیم نوری، فرمانده پیشین پولیس، روز دوشنبه در شهر مشهد با سلاح سرد زخمی شد.""", "fa", "2025-11-20T09:00:00Z");
        assertThat(Stories.extract(blade)).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.STABBING);
            assertThat(i.method()).isEqualTo(Incident.Method.KNIFE);
        });
    }

    @Test
    void theGroupStandsForTheMovementTheSentenceNamedBeforeIt() {
        List<Incident> incidents = extract("""
                A former Afghan intelligence officer, Mirwais Jalali, was shot dead in Rawalpindi on Thursday. His uncle \
                said the Haqqani network had threatened him for years and accused the group's assassins of carrying out \
                the killing.""");
        assertThat(incidents).singleElement().satisfies(i ->
                assertThat(actors(i)).containsExactly("Haqqani assassins"));
    }

    @Test
    void aSourceWhoAskedNotToBeNamedMakesNoCall() {
        List<Incident> incidents = extract("""
                A former Afghan police general was shot dead in Tehran on Monday. A relative, who asked not to be named \
                for fear of reprisals, said the family had been threatened.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.calls()).isEmpty());
    }

    @Test
    void theSpeakerOfADemandIsTheSubjectBeforeASentenceAdverbNotAConjunctionAfterAQuote() {
        List<Incident> incidents = extract("""
                An Afghan Hindu trader was stabbed outside his shop in Amritsar on Sunday, police said.

                Community elders, however, said he had been called an "outsider" and told to "leave Punjab" during the \
                quarrel, and demanded a police inquiry into whether the attack was a hate crime.""");
        assertThat(incidents).singleElement().satisfies(i ->
                assertThat(i.calls()).extracting(Incident.Call::by).containsExactly("Community elders"));
    }

    @Test
    void gunfireOnSomeonesCarTargetsThePersonButTheirOfficeSpeaks() {
        List<Incident> incidents = extract("""
                Gunmen opened fire on Ghulam Farooq Nazari's car near a bazaar in Peshawar on Tuesday, killing him, \
                police said. Governor Ali Amin Khan's office said the killers would be caught.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ASSASSINATION);
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                    .containsExactly(tuple("Ghulam Farooq Nazari", Incident.Outcome.KILLED));
        });
    }

    @Test
    void theBodiesOfTwoNamedMenAreBothVictims() {
        List<Incident> incidents = extract("""
                Villagers found the bodies of Juma Khan Sherzad and his cousin Abdul Wakil Sherzad in an orchard outside \
                Quetta on Wednesday, police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.killed().best()).isEqualTo(2);
            assertThat(i.victims()).extracting(Incident.Victim::name)
                    .containsExactlyInAnyOrder("Juma Khan Sherzad", "Abdul Wakil Sherzad");
        });
    }

    @Test
    void notHeardFromSinceIsADisappearance() {
        List<Incident> incidents = extract("""
                Sayed Hamid Sadat, a former Afghan air force officer, has not been seen since he left a mosque in \
                Tehran on Tuesday evening, his wife said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION);
            assertThat(i.victims()).extracting(Incident.Victim::outcome).containsExactly(Incident.Outcome.ABDUCTED);
        });
    }

    @Test
    void aRoleBeforeANameKeepsItsDemonym() {
        List<Incident> incidents = extract("""
                Masked men broke into the home of exiled Uzbek imam Obidkhon Nazarov in Stockholm on Tuesday and beat \
                him with sticks, Swedish police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::role, Incident.Victim::targetCategory)
                    .containsExactly(tuple("Obidkhon Nazarov", "exiled Uzbek imam", Incident.TargetCategory.RELIGIOUS_OR_ETHNIC_MINORITY));
            assertThat(i.originCountryCode()).isEqualTo("UZ");
        });
    }

    @Test
    void theDriverOfTheNamedManIsNotHim() {
        List<Incident> incidents = extract("""
                Two gunmen fired on Mohammad Ashraf Ghairat's car outside Peshawar on Wednesday, killing him and his \
                driver, officials said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.killed().best()).isEqualTo(2);
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactlyInAnyOrder("Mohammad Ashraf Ghairat", null);
        });
    }

    @Test
    void aPersianRelativeMarkedAsSomeonesIsAVictimOfTheAct() {
        Article article = Stories.article("گزارش", """
                جنرال غلام فاروق سادات، فرمانده پیشین پولیس، روز دوشنبه در شهر کویته به ضرب گلوله کشته شد.

                برادرزاده ۲۰ ساله وی که با او در موتر بود، زخمی شد.""", "fa", "2025-11-20T09:00:00Z");
        assertThat(Stories.extract(article)).singleElement().satisfies(i -> {
            assertThat(i.injured().best()).isEqualTo(1);
            assertThat(i.victims()).extracting(Incident.Victim::targetCategory, Incident.Victim::outcome)
                    .contains(tuple(Incident.TargetCategory.FAMILY_MEMBER, Incident.Outcome.INJURED));
        });
    }

    @Test
    void authoritiesThatDidNotImmediatelyRespondMadeNoComment() {
        List<Incident> incidents = extract("""
                A former Afghan border police officer was shot dead in Mashhad on Sunday, his family said. Iran's \
                interior ministry did not immediately respond to a request for comment.""");
        assertThat(incidents).singleElement().satisfies(i ->
                assertThat(i.responses()).extracting(Incident.Response::action).contains(Incident.ResponseAction.NO_COMMENT));
    }

    @Test
    void callsAndVowsToKillAreThreats() {
        assertThat(extract("""
                A hardline cleric in Karachi issued a fatwa on Friday calling for the death of exiled Ahmadi writer \
                Mirza Tahir Baig, his publisher said.""")).isEmpty();
        assertThat(extract("""
                The militant group vowed to behead former interpreter Jawad Amiri, who now lives in Peshawar, in a video \
                released on Friday.""")).isEmpty();
    }

    @Test
    void aRelativeIntroducedByThePossessiveNameIsOnePersonNotTwo() {
        List<Incident> incidents = extract("""
                A former Afghan air force colonel, Mohammad Daud Tanai, was shot dead in Mashhad on Friday. Tanai's son, \
                Ahmad Fawad Tanai, was also killed in the attack.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.killed().best()).isEqualTo(2);
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::role, Incident.Victim::targetCategory)
                    .containsExactlyInAnyOrder(
                            tuple("Mohammad Daud Tanai", "former Afghan air force colonel", Incident.TargetCategory.FORMER_OFFICIAL),
                            tuple("Ahmad Fawad Tanai", "son", Incident.TargetCategory.FAMILY_MEMBER));
        });
    }

    @Test
    void anInterpreterIsAPersonNamedLater() {
        List<Incident> incidents = extract("""
                A former Afghan interpreter for the German army was stabbed to death in Bremen on Friday. Police named \
                him as Sayed Omid Hashimi, 33.""");
        assertThat(incidents).singleElement().satisfies(i ->
                assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::nationality)
                        .containsExactly(tuple("Sayed Omid Hashimi", "Afghan")));
    }

    @Test
    void anActBefallingAClassOfPeopleTheVictimSpokeAgainstIsNoIncident() {
        List<Incident> incidents = extract("""
                A Hazara rights campaigner, Abdul Latif Sultani, was stabbed to death outside his home in Quetta on \
                Wednesday, police said.

                In his sermons he had often condemned the killing of unarmed demonstrators in Kabul in 2023.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.place().city()).isEqualTo("Quetta"));
    }

    @Test
    void anotherKillingToldAsLastWeeksIsAnEarlierIncident() {
        List<Incident> incidents = extract("""
                A former Afghan special forces officer, Ahmad Zia Noori, was shot dead in Isfahan on Wednesday, his \
                cousin said.

                Last week, a former Afghan border policeman, Gul Agha Stanekzai, was stabbed to death in Tabriz, \
                according to relatives.""");
        assertThat(incidents).hasSize(2);
        assertThat(incidents).extracting(i -> i.sources().get(0).role())
                .containsExactly(Incident.SourceRole.MAIN, Incident.SourceRole.REFERENCE);
    }

    @Test
    void theSamePersonsDetentionWeeksBeforeTheirDeportationIsAnEarlierIncident() {
        List<Incident> incidents = extract("""
                Russian authorities on Tuesday deported an Uzbek opposition blogger, Davron Yusupov, to Tashkent, his \
                lawyer said.

                Yusupov was arrested on Sept. 30 at a bus station in Moscow's Maryino district and held in a \
                migrant detention centre since.

                "He was expelled while his asylum appeal was still pending," the lawyer said.""");
        assertThat(incidents).extracting(Incident::type, i -> i.date().start())
                .containsExactly(tuple(Incident.Type.DEPORTATION, "2025-11-18"), tuple(Incident.Type.DETENTION, "2025-09-30"));
        assertThat(incidents.get(1).place().district()).isEqualTo("Maryino");
        assertThat(incidents.get(1).victims()).extracting(Incident.Victim::name).containsExactly("Davron Yusupov");
    }

    @Test
    void theSentenceNamingTheVictimGivesTheDayAndDistrictOfAnActToldLastWeek() {
        List<Incident> incidents = extract("""
                Russian police detained a former Afghan army officer in Moscow last week, his lawyer said on Friday.

                Officers took Sayed Akbar Hashimi, 49, from a hostel in the city's Lyublino district on the evening of \
                November 12, the lawyer said.""");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::name).containsExactly("Sayed Akbar Hashimi");
        assertThat(incidents.get(0).date().start()).isEqualTo("2025-11-12");
        assertThat(incidents.get(0).date().precision()).isEqualTo(Incident.DatePrecision.DAY);
        assertThat(incidents.get(0).place().district()).isEqualTo("Lyublino");
    }

    @Test
    void aClaimAboutThatKillingRightAfterAnEarlierOneIsToldIsAboutTheEarlierOne() {
        List<Incident> incidents = extract("""
                A former Afghan army officer, Mirwais Sahak, was stabbed and wounded in Istanbul's Esenler district on \
                Tuesday, his brother said.

                In March, another former officer, Gul Ahmad Zazai, was shot dead in the city's Bagcilar district. \
                Nobody has claimed responsibility for that killing.""");
        assertThat(incidents).hasSize(2);
        assertThat(incidents.get(0).claim().status()).isEqualTo(Incident.ClaimStatus.NOT_MENTIONED);
        assertThat(incidents.get(1).claim().status()).isEqualTo(Incident.ClaimStatus.NO_CLAIM_REPORTED);
    }

    @Test
    void twoAttacksOfOneDayAreToldApartByTheirOrder() {
        List<Incident> incidents = extract("""
                PESHAWAR: Gunmen shot dead a former Afghan intelligence officer in Peshawar on Monday, while hours later \
                a bomb went off at the house of a former Afghan army colonel in Mardan, police said.

                According to police, the first incident took place near a fruit market. Two men on a motorcycle opened \
                fire on a man waiting for a rickshaw. He was identified as Sultan Mohammad, son of Gul Khan. His \
                relatives said Sultan Mohammad Safi had worked for the intelligence service in Kunar.

                In the second incident, unknown men threw a bomb into the courtyard of a house in Mardan late on \
                Monday. The house belongs to Najibullah Wardak, a former colonel of the Afghan army. The blast wounded \
                Wardak's son. Wardak himself was unhurt.""");
        assertThat(incidents).extracting(Incident::type)
                .containsExactly(Incident.Type.ASSASSINATION, Incident.Type.BOMBING);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::name).contains("Sultan Mohammad Safi");
        assertThat(incidents.get(1).place().city()).isEqualTo("Mardan");
        assertThat(incidents.get(1).victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                .contains(tuple("Najibullah Wardak", Incident.Outcome.UNHARMED));
    }

    @Test
    void theActToldAgainAsTakingPlaceGivesItsDayAndDistrict() {
        List<Incident> incidents = extract("""
                BERLIN - An exiled Afghan journalist was beaten by two men in Berlin at the weekend, his colleagues \
                said.

                The assault took place late on Saturday night in the Neukoelln district, police said on Thursday.""");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).date().start()).isEqualTo("2025-11-15");
        assertThat(incidents.get(0).date().precision()).isEqualTo(Incident.DatePrecision.DAY);
    }

    @Test
    void anActorNamedByItsInitialsIsGivenWithTheNameTheArticleSpelledOut() {
        List<Incident> incidents = extract("""
                A Baloch rights campaigner was shot dead outside his home in Muscat on Tuesday night, his brother said.

                The campaigner had written about Pakistan's Inter-Services Intelligence (ISI) for years.

                “This is the ISI's work. They warned him twice,” his brother told reporters.""");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).allegedPerpetrators()).extracting(Incident.Allegation::actor)
                .containsExactly("Inter-Services Intelligence (ISI)");
    }

    @Test
    void blameRightAfterAnEarlierActThatSaysThatCaseIsForTheEarlierAct() {
        List<Incident> incidents = extract("""
                A former Afghan army colonel, Mohammad Yasin Hotak, was shot dead outside a bakery in Peshawar on \
                Wednesday, police said. His family blamed the Taliban for the killing.

                In May, Abdul Basir Sadat, a former police commander from Kunar, was stabbed to death near his home in \
                the same city. His brothers blamed Pakistani militants; the police never named a suspect in that case.""");
        assertThat(incidents).hasSize(2);
        assertThat(incidents.get(1).victims()).extracting(Incident.Victim::name).containsExactly("Abdul Basir Sadat");
        assertThat(incidents.get(1).allegedPerpetrators()).extracting(Incident.Allegation::actor)
                .containsExactly("Pakistani militants");
        assertThat(incidents.get(0).allegedPerpetrators()).extracting(Incident.Allegation::actor).containsExactly("Taliban");
    }

    @Test
    void aStateServiceNamedWithoutItsCountryGivesTheOrigin() {
        List<Incident> incidents = extract("""
                A Kashmiri separatist leader, Ghulam Nabi Dar, was shot dead outside a mosque in Rawalpindi on Thursday, \
                police said. His party accused the Research and Analysis Wing of ordering the killing.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.originCountryCode()).isEqualTo("IN");
            assertThat(i.inScope()).isTrue();
        });
    }

    @Test
    void aTallyOfKillingsOverAPeriodIsNoIncidentOfItsOwn() {
        List<Incident> incidents = extract("""
                A former Afghan border police officer, Mir Ahmad Zazai, was stabbed to death in Quetta on Tuesday, \
                police said.

                Five former Afghan commandos were gunned down in Sindh in targeted attacks, a local rights group \
                said. Two ex-officials were shot dead in Karachi, according to data gathered by refugee elders in \
                Hyderabad.""");
        assertThat(incidents).singleElement().satisfies(i ->
                assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Mir Ahmad Zazai"));
    }
}
