package org.vigil.incident;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Who an act befell, told apart from everyone else a report names: a victim named through the people who
 * identified them, in apposition to a long description, after a rank, never an official quoted about it.
 */
class VictimFindingTest {


    /** Published on Thursday 12 March 2026. */
    private static List<Incident> extract(String text) {
        return Stories.extract(text, "2026-03-12T07:30:00Z");
    }

    private static List<String> victimNames(Incident incident) {
        return incident.victims().stream().map(Incident.Victim::name).filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void aVictimIdentifiedBySomeoneAsXIsNamedByThatPhrase() {
        List<Incident> incidents = extract("""
                A former Afghan air force pilot was shot dead in the Turkish city of Kayseri on Tuesday, local media \
                reported.

                The dead man, identified by his employer as Nasrullah Wardak, 41, was closing his bakery when a \
                gunman walked up and opened fire, said Emre Kaya, a police spokesman.""");
        assertThat(incidents).hasSize(1);
        assertThat(victimNames(incidents.get(0))).containsExactly("Nasrullah Wardak");
    }

    @Test
    void aNameAfterADescriptionEndingInAPlaceNounIsItsApposition() {
        List<Incident> incidents = extract("""
                The former police chief of Herat province Abdul Ghafar Noorzai was stabbed in the back outside a \
                tea house in Mashhad on Monday evening and survived.""");
        assertThat(incidents).hasSize(1);
        assertThat(victimNames(incidents.get(0))).containsExactly("Abdul Ghafar Noorzai");
    }

    @Test
    void anOfficialQuotedAfterTheActIsNoVictim() {
        List<Incident> incidents = extract("""
                A Pakistani blogger living in exile was beaten with iron bars outside his flat in Rotterdam on \
                Sunday night.

                Detective Inspector Marloes de Vries, spokeswoman for the regional police unit, said the assault \
                looked planned and that the two attackers had waited for him in a parked van.

                Friends named the blogger as Tariq Mehmood Chaudhry, 36.""");
        assertThat(incidents).hasSize(1);
        assertThat(victimNames(incidents.get(0))).containsExactly("Tariq Mehmood Chaudhry");
    }

    @Test
    void aVictimNamedInTheNextSentenceAfterTheMomentOfDayIsTheSameVictim() {
        List<Incident> incidents = extract("""
                A Somali journalist was stabbed to death in Nairobi's Eastleigh district on Saturday night, \
                colleagues said.

                Abdirahman Farah Warsame, 44, was walking home after the night shift when a man attacked him \
                with a knife.""");
        assertThat(incidents).hasSize(1);
        assertThat(victimNames(incidents.get(0))).containsExactly("Abdirahman Farah Warsame");
    }

    @Test
    void theAttackersOfAWhenClauseAreNoVictims() {
        List<Incident> incidents = extract("""
                An exiled Belarusian journalist was badly hurt when three men beat him with metal pipes outside \
                his flat in Vilnius on Wednesday, Lithuanian police said.""");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::role).containsExactly("exiled Belarusian journalist");
        assertThat(extract("""
                A Sikh shopkeeper was seriously wounded as two men fired at his van in Surrey on Monday night.""")
                .get(0).victims()).extracting(Incident.Victim::role).containsExactly("Sikh shopkeeper");
    }

    @Test
    void aVictimIsIntroducedByTheirTradeOrCalling() {
        assertThat(extract("""
                An exiled Belarusian trade unionist was stabbed outside his flat in Vilnius on Wednesday.""")
                .get(0).victims()).extracting(Incident.Victim::role).containsExactly("exiled Belarusian trade unionist");
        assertThat(extract("""
                Two Iranian engineers were abducted from their hotel in Erbil on Sunday.""")
                .get(0).victims()).extracting(Incident.Victim::role).containsExactly("Iranian engineers");
    }

    @Test
    void aYearBeforeADescriptionIsNeitherItsCountNorPartOfIt() {
        List<Incident> incidents = extract("""
                A Baloch activist was shot and wounded in Karachi on Tuesday.

                The attack recalled the murder in Dubai in March 2023 of another Baloch campaigner, Hammal Jan \
                Marri, who was found strangled in his car.""");
        Incident earlier = incidents.stream().filter(i -> victimNames(i).contains("Hammal Jan Marri")).findFirst().orElseThrow();
        assertThat(earlier.victims()).extracting(Incident.Victim::role).containsExactly("Baloch campaigner");
        assertThat(extract("In 2024 journalists were killed across the region, the group said."))
                .flatMap(Incident::victims).extracting(Incident.Victim::role).doesNotContain("journalists");
    }

    @Test
    void anUnnamedOfficialSpeakingPastAnInsertionIsNoVictim() {
        List<Incident> incidents = extract("""
                Turkish police detained the exiled Tajik imam Nuriddin Sobirov at his home in Bursa on Tuesday, \
                his lawyer said.

                A security official, who spoke on condition that he not be named, said Sobirov had been detained \
                on a request from Dushanbe.""");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::name).containsExactly("Nuriddin Sobirov");
    }

    @Test
    void someoneTakenAlongWithTheVictimIsAVictimToo() {
        List<Incident> incidents = extract("""
                Masked men abducted the Iraqi blogger Haider Saleh from a cafe in Erbil on Sunday together with \
                Zainab Kareem, a fellow activist, witnesses said.""");
        assertThat(incidents).hasSize(1);
        assertThat(victimNames(incidents.get(0))).containsExactly("Haider Saleh", "Zainab Kareem");
    }

    @Test
    void deadOrToDeathAfterTheObjectKillsIt() {
        Incident shot = extract("Two gunmen on a scooter shot a Hazara shopkeeper dead in Quetta on Friday.").get(0);
        assertThat(shot.victims()).extracting(Incident.Victim::outcome).containsExactly(Incident.Outcome.KILLED);
        Incident named = extract("Unknown men shot Qasim Ali Jafari, 52, dead outside his home in Karachi on Friday.").get(0);
        assertThat(named.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Qasim Ali Jafari", Incident.Outcome.KILLED));
    }

    @Test
    void aListOfNamesIdentifiesThePeopleToldOfInTurnARelativeToo() {
        List<Incident> incidents = extract("""
                An exiled Uzbek imam and his son were wounded when a man opened fire on their car in the Turkish city \
                of Bursa on Tuesday.

                Local media identified the two as Ikrom Tursunov, 58, and Bekzod Tursunov, 24.""");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::name, Incident.Victim::targetCategory)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ikrom Tursunov", Incident.TargetCategory.RELIGIOUS_OR_ETHNIC_MINORITY),
                        org.assertj.core.groups.Tuple.tuple("Bekzod Tursunov", Incident.TargetCategory.FAMILY_MEMBER));
    }

    @Test
    void aRoleBeforeANameStartsAfterTheAct() {
        Incident incident = extract("Masked men seized Kurdish singer Rezan Amedi outside a wedding hall in Erbil on Friday.").get(0);
        assertThat(incident.victims()).extracting(Incident.Victim::name, Incident.Victim::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rezan Amedi", "Kurdish singer"));
    }

    @Test
    void aVictimDescribedAsSomeonesRelativeIsAFamilyMember() {
        Incident incident = extract("""
                Farid Ahmad Stanikzai, the nephew of a former Afghan interior minister, was stabbed outside his shop \
                in Peshawar on Monday, police said.""").get(0);
        assertThat(incident.victims()).extracting(Incident.Victim::name, Incident.Victim::targetCategory)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Farid Ahmad Stanikzai", Incident.TargetCategory.FAMILY_MEMBER));
    }

    @Test
    void peopleWhoOpenAClauseAndKillSomeoneAreTheAttackers() {
        Incident incident = extract("""
                Three men in police uniforms shot dead a Uyghur teacher outside a mosque in Istanbul's Fatih district \
                on Friday.""").get(0);
        assertThat(incident.victims()).extracting(Incident.Victim::role).containsExactly("Uyghur teacher");
    }

    @Test
    void aDefiniteNounBeforeTheNameYieldsToTheDescriptionItPointsBackTo() {
        Incident incident = extract("""
                A former Afghan air force colonel was shot dead in Mashhad on Sunday.

                The colonel, Abdul Samad Noorzai, had lived in Iran since 2022, his family said.""").get(0);
        assertThat(incident.victims()).extracting(Incident.Victim::name, Incident.Victim::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Abdul Samad Noorzai", "former Afghan air force colonel"));
    }

    @Test
    void aSurnameWithItsAgeTellsWhatBefellTheVictimLater() {
        Incident incident = extract("""
                A parcel bomb wounded the exiled Bangladeshi editor Tanvir Hossain at his office in Leeds on Monday.

                Hossain, 51, died in hospital on Wednesday.""").get(0);
        assertThat(incident.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tanvir Hossain", Incident.Outcome.KILLED));
    }

    @Test
    void aVictimIsIntroducedByTheirOfficeOrStanding() {
        Incident incident = extract("""
                Gunmen opened fire on the car of former Afghan senator Haji Abdul Rauf Nasiri in Quetta on Saturday, \
                killing him, police said.""").get(0);
        assertThat(incident.victims()).extracting(Incident.Victim::name, Incident.Victim::role, Incident.Victim::targetCategory)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Abdul Rauf Nasiri", "former Afghan senator",
                        Incident.TargetCategory.POLITICIAN));
    }

    @Test
    void whoeverAVerdictNamesIsTheKillerNotAnotherVictim() {
        List<Incident> incidents = extract("""
                A former Afghan police officer, Rahim Gul Nazari, was shot and wounded in Hamburg on Monday, police said.

                The attack brought back memories of the killing of another Afghan dissident, Omar Zadran, in 2019. \
                A Russian man was later found guilty of his murder and jailed for life.""");
        assertThat(incidents).hasSize(2);
        assertThat(incidents.get(0).type()).isEqualTo(Incident.Type.ATTEMPTED_ASSASSINATION);
        assertThat(incidents).allSatisfy(i -> assertThat(i.victims()).hasSize(1));
        assertThat(incidents.get(1).killed().best()).isEqualTo(1);
    }

    @Test
    void anActCountedInASeriesAddsNeitherAVictimNorAnOutcome() {
        List<Incident> incidents = extract("""
                An Afghan radio presenter, Ali Reza Karimi, was shot dead and his nephew injured outside their flat in \
                Peshawar on Friday, police and colleagues said, the second killing of an Afghan journalist in \
                Pakistan this year.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.victims()).extracting(Incident.Victim::outcome)
                    .containsExactly(Incident.Outcome.KILLED, Incident.Outcome.INJURED);
            assertThat(i.killed().best()).isEqualTo(1);
            assertThat(i.injured().best()).isEqualTo(1);
        });
    }

    @Test
    void aBystanderHurtInTheNextSentenceIsCountedInTheAttack() {
        List<Incident> incidents = extract("""
                A former Afghan intelligence officer, Haji Karim Noori, was shot and wounded outside a bakery in \
                Peshawar on Tuesday, police said. A bystander was also hurt by a stray bullet.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.injured().best()).isEqualTo(2));
    }

    @Test
    void anotherPersonHurtWithoutPlaceOrDateIsOneMoreVictimNotAnotherIncident() {
        List<Incident> separate = extract("""
                A former Afghan judge, Abdul Wahid Sultani, was stabbed to death in Izmir on Monday, Turkish media \
                reported.

                Another man was seriously injured when he tried to intervene.""");
        assertThat(separate).singleElement().satisfies(i -> {
            assertThat(i.killed().best()).isEqualTo(1);
            assertThat(i.injured().best()).isEqualTo(1);
        });
        List<Incident> sameSentence = extract("""
                A former Afghan judge, Abdul Wahid Sultani, was stabbed to death in Izmir on Monday, while another \
                man was seriously injured, Turkish media reported.""");
        assertThat(sameSentence).singleElement().satisfies(i -> assertThat(i.injured().best()).isEqualTo(1));
        List<Incident> earlier = extract("""
                A former Afghan judge, Abdul Wahid Sultani, was stabbed to death in Izmir on Monday, Turkish media \
                reported.

                Another former judge was shot dead in Ankara in 2024.""");
        assertThat(earlier).hasSize(2);
    }

    @Test
    void anOfficeTheVictimServedInIsAFormerOne() {
        List<Incident> incidents = extract("""
                Nasir Ahmad Popal, 49, who served as a prosecutor in Herat until 2021, was abducted by armed men \
                in Karachi on Tuesday, his brother said.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.victims()).singleElement().satisfies(v -> {
            assertThat(v.role()).isEqualTo("former prosecutor in Herat");
            assertThat(v.targetCategory()).isEqualTo(Incident.TargetCategory.FORMER_OFFICIAL);
        }));
    }

    @Test
    void peopleSaidWhichOnesBeforeTheirPassiveAreHurtToo() {
        List<Incident> incidents = extract("""
                A former Afghan intelligence chief, Rahmatullah Nabil Hotak, was wounded when a bomb went off under \
                his car in Dushanbe on Monday, officials said. Three customers of the nearby bakery who were standing \
                outside were slightly hurt.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.injured().best()).isEqualTo(4));
    }

    @Test
    void aRelativeHurtAfterAndWithoutAuxiliaryIsHurtByTheSameAct() {
        List<Incident> incidents = extract("""
                A former Afghan border police commander, Mohammad Nabi Sahak, was shot dead and his cousin hurt \
                outside a bakery in Zahedan on Tuesday, relatives said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.killed().best()).isEqualTo(1);
            assertThat(i.injured().best()).isEqualTo(1);
            assertThat(i.victims()).extracting(Incident.Victim::targetCategory)
                    .contains(Incident.TargetCategory.FAMILY_MEMBER);
        });
    }

    @Test
    void whoeverDisappearsIsTheOneTakenEvenPastARelativeClause() {
        List<Incident> incidents = extract("""
                An exiled Uzbek rights activist who had run a human rights website from Sweden vanished during a \
                business trip to Almaty and is now believed to be held in Tashkent, his daughter said on Friday.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.victims()).singleElement().satisfies(v -> {
            assertThat(v.outcome()).isEqualTo(Incident.Outcome.ABDUCTED);
            assertThat(v.targetCategory()).isEqualTo(Incident.TargetCategory.ACTIVIST);
        }));
    }

    @Test
    void menToldTakingSomeoneAreNotTheOnesTaken() {
        List<Incident> incidents = extract("""
                Two young men in plain clothes abducted on Thursday a former Afghan judge in Dushanbe, his wife \
                said.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.victims()).singleElement()
                .extracting(Incident.Victim::targetCategory).isEqualTo(Incident.TargetCategory.FORMER_OFFICIAL));
    }

    @Test
    void aSeparatistIsAnActivistWhateverFaithTheTextNames() {
        List<Incident> incidents = extract("""
                A Baloch separatist leader living in exile was shot dead outside his home in Kandahar on Sunday, \
                his party said.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.victims()).singleElement()
                .extracting(Incident.Victim::targetCategory).isEqualTo(Incident.TargetCategory.ACTIVIST));
    }

    @Test
    void aNameOpeningWhatRelativesReportNamesTheUnnamedVictim() {
        List<Incident> incidents = extract("""
                A former Afghan intelligence officer living in exile in Almaty was abducted by masked men on Monday, \
                fellow exiles said.

                His relatives said Colonel Sher Ahmad Zadran, who once ran a counter-narcotics unit in Helmand, had \
                gone out to buy bread and was never seen again.""");
        assertThat(incidents).hasSize(1);
        assertThat(victimNames(incidents.get(0))).containsExactly("Sher Ahmad Zadran");
    }

    @Test
    void aNameGivenWithAnAgeRightAfterTheActNamesItsVictim() {
        List<Incident> incidents = extract("""
                Police in Baku detained a former Afghan provincial governor on Tuesday, his lawyer said.

                Officers drove Abdul Samad Rahimi, 52, from his office in an unmarked car, the \
                lawyer said.""");
        assertThat(incidents).hasSize(1);
        assertThat(victimNames(incidents.get(0))).containsExactly("Abdul Samad Rahimi");
    }

    @Test
    void aNameSetOffByDashesIsIntroducedLikeOneSetOffByCommas() {
        List<Incident> incidents = extract("""
                A former Afghan army interpreter was beaten by a group of men in central Athens on Saturday, a \
                migrant support group said.

                Karim Nazari — a father of three who worked with British troops in Helmand — was walking to a \
                night shift when the men surrounded him.""");
        assertThat(incidents).hasSize(1);
        assertThat(victimNames(incidents.get(0))).containsExactly("Karim Nazari");
    }

    @Test
    void theOtherOfAGroupToldByNumberIsNamedToo() {
        List<Incident> incidents = extract("""
                Kazakh police detained two former Afghan air force officers in Almaty on Monday, a rights group said.

                One of the two is Habibullah Sadat, a helicopter pilot who left Kabul in 2021. The other, \
                Wahidullah Amiri, had worked at the Kandahar air base.""");
        assertThat(incidents).hasSize(1);
        assertThat(victimNames(incidents.get(0))).containsExactlyInAnyOrder("Habibullah Sadat", "Wahidullah Amiri");
        assertThat(incidents.get(0).victims()).hasSize(2);
    }

    @Test
    void someoneAtTheSceneNamedAfterADefiniteDescriptionIsHurtByTheActTold() {
        List<Incident> incidents = extract("""
                A former Afghan army general, Abdul Karim Wardak, was shot dead outside a restaurant in Dubai's Karama \
                area on Sunday night, police said.

                The doorman, Joseph Mwangi, was wounded in the arm and taken to Rashid Hospital. The general's \
                bodyguard, identified as Naveed Akhtar, was unhurt.""");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                .contains(tuple("Abdul Karim Wardak", Incident.Outcome.KILLED), tuple("Joseph Mwangi", Incident.Outcome.INJURED));
    }

    @Test
    void aOneWordNameIdentifiedOrGivenWithAPatronymicIsAPersonAndAUnitAfterAnOrdinalIsNot() {
        List<Incident> incidents = extract("""
                A former Afghan army sergeant was shot dead and his brother was wounded in the Iranian city of Shiraz \
                on Friday night, relatives said.

                The slain man, identified as Zabihullah, son of Mohammad Nabi — called "Zabi Ranger" by his friends — \
                had served with the 3rd Ranger Battalion in Kandahar and later in Kabul. Two men on a motorcycle fired \
                on the two brothers outside their home. His brother, Samiullah, was hit in the leg.

                No group has said it carried out the attack.""");
        assertThat(incidents).hasSize(1);
        Incident i = incidents.get(0);
        assertThat(i.place().city()).isEqualTo("Shiraz");
        assertThat(i.victims()).extracting(Incident.Victim::name).containsExactlyInAnyOrder("Zabihullah", "Samiullah");
        assertThat(i.killed().best()).isEqualTo(1);
        assertThat(i.claim().status()).isEqualTo(Incident.ClaimStatus.NO_CLAIM_REPORTED);
    }

    @Test
    void aNameInTheRelativeClauseDescribingTheVictimIsNotTheVictim() {
        List<Incident> incidents = extract("""
                A Uzbek exile who had long criticised the country's former security chief, Rustam Inoyatov, was found \
                stabbed to death in his flat in Istanbul's Avcilar district on Tuesday, police said.

                The dead man was identified by his family as Bahodir Karimov, 52.""");
        assertThat(incidents).hasSize(1);
        assertThat(victimNames(incidents.get(0))).containsExactly("Bahodir Karimov");
    }

    @Test
    void aRankFollowedByAnOfficeHeldUntilAPastYearIsAFormerOfficial() {
        List<Incident> incidents = extract("""
                Relatives of an exiled Afghan commander say he was abducted by men in plain clothes in Tashkent \
                on Monday.

                Abdul Sattar Hemmat, a colonel who served as deputy chief of the Kandahar border police until \
                2021, was forced into a van near his flat, his daughter said.""");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::name, Incident.Victim::targetCategory)
                .containsExactly(tuple("Abdul Sattar Hemmat", Incident.TargetCategory.FORMER_OFFICIAL));
    }

    @Test
    void aDemonymInAPlaceTheRoleNamesIsNoNationality() {
        List<Incident> incidents = extract("""
                A community organiser was shot dead outside a mosque in Toronto on Saturday night.

                Police named him as Kumaran, 51, a trustee of the mosque and an organiser of the protest \
                marches held in Canadian cities every May. His family accused agents of the Bangladeshi government \
                of ordering the killing.""");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::nationality).containsOnlyNulls();
        assertThat(incidents.get(0).originCountryCode()).isEqualTo("BD");
        assertThat(incidents.get(0).inScope()).isTrue();
    }

    @Test
    void aMilitantOrSeparatistIntroducedBeforeTheNameIsAnActivist() {
        List<Incident> incidents = extract("""
                Last month a wanted Kashmiri militant, Bashir Ahmad Peer, was shot dead outside a mosque in Rawalpindi \
                by two men on a motorcycle, police said.""");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::name, Incident.Victim::targetCategory)
                .containsExactly(tuple("Bashir Ahmad Peer", Incident.TargetCategory.ACTIVIST));
    }

    @Test
    void notTheFirstAttackOnSomeoneNamesAKindOfPeopleNotAVictim() {
        List<Incident> incidents = extract("""
                Abdulla Turdi, an exiled Uyghur poet, was stabbed to death outside his flat in Istanbul's Zeytinburnu \
                district on Sunday, his publisher said.

                It was not the first attack on an exiled Uyghur activist in Turkey.""");
        assertThat(incidents).hasSize(1);
        assertThat(victimNames(incidents.get(0))).containsExactly("Abdulla Turdi");
        assertThat(incidents.get(0).victims()).hasSize(1);
    }

    @Test
    void aNameSomeoneGoesByIsAnAliasNotASecondVictim() {
        List<Incident> incidents = extract("""
                An exiled Tajik opposition blogger, Farrukh Nazarov, who posts satirical videos under the name \
                "Farrukh Pamiri", was beaten with a metal pipe outside his flat in Warsaw on Monday night, police \
                said. He is recovering in hospital.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.victims()).singleElement().satisfies(v -> {
                assertThat(v.name()).isEqualTo("Farrukh Nazarov");
                assertThat(v.aliases()).containsExactly("Farrukh Pamiri");
            });
            assertThat(i.injured().best()).isEqualTo(1);
        });
    }

    @Test
    void aListOfTheDeadGoesOnPastAnAliasAndAKinOrRoleNoun() {
        List<Incident> incidents = extract("""
                A former Afghan police commander and his driver were shot dead in Quetta on Tuesday night, police said.

                Police named the dead as Abdul Samad Achakzai, 48, better known as Commander Samad, and his driver \
                Noor-ul-Haq, 30.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome).containsExactlyInAnyOrder(
                    tuple("Abdul Samad Achakzai", Incident.Outcome.KILLED), tuple("Noor-ul-Haq", Incident.Outcome.KILLED));
            assertThat(i.killed().best()).isEqualTo(2);
        });
    }

    @Test
    void aDescriptionSetOffAfterAnAgeIsWhomTheActBefell() {
        List<Incident> incidents = extract("""
                The 63-year-old, a retired Afghan police general, was assaulted on Sunday night outside a supermarket \
                in Cologne, police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.victims()).singleElement().satisfies(v -> {
                assertThat(v.outcome()).isEqualTo(Incident.Outcome.INJURED);
                assertThat(v.targetCategory()).isEqualTo(Incident.TargetCategory.FORMER_OFFICIAL);
            });
            assertThat(i.place().city()).isEqualTo("Cologne");
        });
    }

    @Test
    void aNameGivenByInitialsIsSpelledOutByTheFullNameAndAnActCountedAmongOthersAddsNoVictim() {
        List<Incident> incidents = extract("""
                A former Afghan army interpreter was found beaten to death in a park in Minsk, Belarusian police said.

                Police said in a statement that the body of "an Afghan national, M.K. Hotaki" had been found on Sunday \
                morning.

                Relatives identified him as Mohammad Karim Hotaki, 36, who had worked with NATO troops in Kandahar.

                It is not the first attack on a former Afghan interpreter in Belarus.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Mohammad Karim Hotaki");
            assertThat(i.killed().best()).isEqualTo(1);
        });
        assertThat(ArticleReading.spelledOut("M. K. Hotaki", "Mohammad Karim Hotaki")).isTrue();
        assertThat(ArticleReading.spelledOut("M.K. Hotaki", "Karim Mohammad Hotaki")).isFalse();
        assertThat(ArticleReading.spelledOut("M.K. Hotaki", "Mohammad Hotaki")).isFalse();
    }

    @Test
    void someoneWhoSaysTheyWereAttackedIsTheVictimAndIsNamedWhenTheySpeakLater() {
        List<Incident> incidents = extract("""
                A former Afghan prosecutor says she was punched and kicked by two men outside her flat in Vienna.

                Speaking to reporters on Tuesday with her arm in a sling, Zarghona Ahmadi said the men had shouted \
                insults at her in Pashto before the assault.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.victims()).singleElement().satisfies(v -> {
                assertThat(v.name()).isEqualTo("Zarghona Ahmadi");
                assertThat(v.outcome()).isEqualTo(Incident.Outcome.INJURED);
            });
            assertThat(i.place().city()).isEqualTo("Vienna");
        });
        assertThat(extract("""
                A former Afghan prosecutor was punched and kicked by two men outside her flat in Vienna.

                Speaking to reporters on Tuesday, Erich Gruber, a police spokesman, said the men had fled.""")).singleElement()
                .satisfies(i -> assertThat(i.victims()).extracting(Incident.Victim::name).containsOnlyNulls());
    }

    @Test
    void aCueInACompoundAdjectiveGovernsNoAct() {
        assertThat(extract("""
                The 51-year-old, a former commander who came to Germany through a programme for at-risk Afghans, was \
                attacked by two men outside a restaurant in Leipzig on Friday night, police said.""")).singleElement()
                .satisfies(i -> assertThat(i.place().city()).isEqualTo("Leipzig"));
    }

    @Test
    void aRetellingThatSaysNoOutcomeIsThePersonToldBefore() {
        List<Incident> incidents = extract("""
                A man was stabbed and seriously injured near the main station in Leipzig on Friday night, police said.

                The 51-year-old, a former Afghan army commander, was attacked by two men as he left a restaurant.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.victims()).singleElement().satisfies(v -> {
                assertThat(v.outcome()).isEqualTo(Incident.Outcome.INJURED);
                assertThat(v.targetCategory()).isEqualTo(Incident.TargetCategory.FORMER_OFFICIAL);
            });
            assertThat(i.injured().best()).isEqualTo(1);
        });
    }
}
