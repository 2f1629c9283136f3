package org.vigil.incident;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * People hurt alongside the target (drivers, guards, relatives, passers-by): told by where a bullet landed, named
 * after the noun that introduces them, described again in other words, and each counted once.
 */
class OthersHurtTest {

    /** Published on Thursday 12 March 2026. */
    private static List<Incident> extract(String text) {
        return Stories.extract(text, "2026-03-12T07:30:00Z");
    }

    private static Incident.Victim named(Incident incident, String name) {
        return incident.victims().stream().filter(v -> name.equals(v.name())).findFirst().orElseThrow();
    }

    @Test
    void aWoundToldByWhereItLandedIsAnInjury() {
        List<Incident> incidents = extract("""
                Gunmen opened fire on a former Afghan air force officer, Abdul Karim Sahil, outside a mosque in \
                Kerman on Saturday. He was struck twice in the thigh and is recovering in hospital.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(named(i, "Abdul Karim Sahil").outcome()).isEqualTo(Incident.Outcome.INJURED);
            assertThat(i.injured().best()).isEqualTo(1);
        });
    }

    @Test
    void aGuardNamedAfterIdentifiedAsIsTheGuardNotTheTarget() {
        List<Incident> incidents = extract("""
                A former Afghan army general was stabbed to death outside his flat in Izmir on Friday night, police \
                said. His bodyguard, identified by neighbours only as Jawid Noori, was hit in the arm as he tried to \
                intervene.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            Incident.Victim guard = named(i, "Jawid Noori");
            assertThat(guard.outcome()).isEqualTo(Incident.Outcome.INJURED);
            assertThat(guard.targetCategory()).isEqualTo(Incident.TargetCategory.OTHER);
            assertThat(i.victims()).anySatisfy(v -> {
                assertThat(v.name()).isNull();
                assertThat(v.outcome()).isEqualTo(Incident.Outcome.KILLED);
                assertThat(v.targetCategory()).isEqualTo(Incident.TargetCategory.FORMER_OFFICIAL);
            });
            assertThat(i.killed().best()).isEqualTo(1);
            assertThat(i.injured().best()).isEqualTo(1);
        });
    }

    @Test
    void aDescriptionSetOffByCommasAfterAPersonNounIsThatPerson() {
        List<Incident> incidents = extract("""
                A former Afghan deputy minister escaped unhurt when a gunman fired at her car in Ankara on Monday \
                evening, police said. Her driver was injured. The driver, a Pakistani national, was hit in the leg \
                and taken to a nearby clinic.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.injured().best()).isEqualTo(1));
    }

    @Test
    void aBystanderToldAgainInOtherWordsIsCountedOnce() {
        List<Incident> incidents = extract("""
                A former Afghan intelligence officer was shot dead in Peshawar on Monday and a passer-by was \
                wounded, police said.

                A woman who was walking past with her shopping was hit in the arm by a stray bullet.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.killed().best()).isEqualTo(1);
            assertThat(i.injured().best()).isEqualTo(1);
        });
    }

    @Test
    void aBystanderToldAsOneMoreIsCountedAgain() {
        List<Incident> incidents = extract("""
                A former Afghan intelligence officer was shot dead in Peshawar on Monday and a passer-by was \
                wounded, police said.

                A woman who was walking past with her shopping was also hit in the arm by a stray bullet.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.injured().best()).isEqualTo(2));
    }

    @Test
    void aRelativeNamedOnceAndToldAgainByTheNounIsOnePerson() {
        List<Incident> incidents = extract("""
                A former Afghan judge and his nephew were wounded when gunmen opened fire on their car in Quetta on \
                Sunday, police said.

                Abdul Qayyum Rahimi, 60, was driving home with his nephew Farhad Noori, 19, when two men on a \
                motorcycle fired at the car. Rahimi was struck in the chest, while his nephew was hit in the hand.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(named(i, "Farhad Noori").outcome()).isEqualTo(Incident.Outcome.INJURED);
            assertThat(i.injured().best()).isEqualTo(2);
        });
    }

    @Test
    void theTargetToldAgainByACallingInALaterSentenceIsCountedOnce() {
        List<Incident> incidents = extract("""
                Nasrullah Stanikzai, a former Afghan border police commander, was shot dead outside his home in \
                Zahedan on Tuesday night, relatives said.

                "The murder of a former commander on a busy street should not be hard to solve," said a researcher \
                with a rights group.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.victims()).singleElement().extracting(Incident.Victim::name).isEqualTo("Nasrullah Stanikzai");
            assertThat(i.killed().best()).isEqualTo(1);
        });
    }

    @Test
    void aTollToldAgainWithTheSameNumberIsOneGroup() {
        List<Incident> incidents = extract("""
                Four Hazara labourers were killed when gunmen stormed a brick kiln near Quetta on Friday night, police \
                said.

                Hospital officials later said the bodies of four men had been brought to the Civil Hospital in Quetta.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.killed().best()).isEqualTo(4));
    }

    @Test
    void someoneNamedAsWoundedIsOneOfTheWoundedNotOfTheDead() {
        List<Incident> incidents = extract("""
                At least two Afghan migrants were killed and four others wounded when Iranian border guards fired on a \
                group of migrants near Saravan on Sunday, survivors said.

                Relatives said Nabi Rasuli, 22, was shot in the thigh and was being held under guard in a hospital in \
                Zahedan.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(named(i, "Nabi Rasuli").outcome()).isEqualTo(Incident.Outcome.INJURED);
            assertThat(i.killed().best()).isEqualTo(2);
            assertThat(i.injured().best()).isEqualTo(4);
        });
    }

    @Test
    void aSisterTakenWithTheTargetIsAFamilyMemberTakenToo() {
        List<Incident> incidents = extract("""
                Turkish police detained an exiled Tajik opposition blogger and her sister at their flat in Istanbul's \
                Esenyurt district on Monday, friends of the family said.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.victims())
                .anySatisfy(v -> {
                    assertThat(v.targetCategory()).isEqualTo(Incident.TargetCategory.FAMILY_MEMBER);
                    assertThat(v.outcome()).isEqualTo(Incident.Outcome.DETAINED);
                }).hasSize(2));
    }

    @Test
    void anInLawWoundedWithTheTargetIsAFamilyMember() {
        List<Incident> incidents = extract("""
                A former Afghan police commander was shot dead in Peshawar on Friday and his brother-in-law was \
                wounded, police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.injured().best()).isEqualTo(1);
            assertThat(i.victims()).anySatisfy(v ->
                    assertThat(v.targetCategory()).isEqualTo(Incident.TargetCategory.FAMILY_MEMBER));
        });
    }

    @Test
    void aBystanderDescribedOnceMoreBeforeBeingNamedIsHurtByTheActTold() {
        List<Incident> incidents = extract("""
                Two gunmen shot dead a former Afghan intelligence officer, Mohammad Nabi Karimi, outside a bakery in                 Mashhad on Tuesday evening, relatives said.

                His driver, a young Uzbek named by colleagues only as Rahmatullah, tried to run and was shot in the                 back. He is recovering in hospital.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(named(i, "Mohammad Nabi Karimi").outcome()).isEqualTo(Incident.Outcome.KILLED);
            Incident.Victim driver = named(i, "Rahmatullah");
            assertThat(driver.outcome()).isEqualTo(Incident.Outcome.INJURED);
            assertThat(driver.targetCategory()).isEqualTo(Incident.TargetCategory.OTHER);
            assertThat(i.victims()).hasSize(2);
            assertThat(i.injured().best()).isEqualTo(1);
        });
    }

    @Test
    void aNamedGuardWithAPlaceAndDayOfHisOwnIsAnotherIncident() {
        List<Incident> incidents = extract("""
                Two gunmen shot dead a former Afghan intelligence officer, Mohammad Nabi Karimi, outside a bakery in                 Mashhad on Tuesday evening, relatives said.

                Separately, a security guard, a former soldier identified by police as Jamil Ahmad, was wounded when                 gunmen opened fire on him in Quetta on Sunday.""");
        assertThat(incidents).hasSize(2).anySatisfy(i -> {
            assertThat(i.place().city()).isEqualTo("Quetta");
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                    .containsExactly(tuple("Jamil Ahmad", Incident.Outcome.INJURED));
        }).anySatisfy(i -> assertThat(i.victims()).extracting(Incident.Victim::name)
                .containsExactly("Mohammad Nabi Karimi"));
    }

    @Test
    void aPasserByNamedWithHisAgeInALaterSentenceIsHurtByTheActTold() {
        List<Incident> incidents = extract("""
                A former Afghan air force pilot was gunned down outside a mosque in Karachi's Gulshan-e-Iqbal area on                 Friday, police said. His cousin, who was with him, was shot in the arm.

                A passer-by, identified by hospital staff as 19-year-old Farhan, a university student, was also hurt                 by a stray bullet and later discharged.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            Incident.Victim passerBy = named(i, "Farhan");
            assertThat(passerBy.outcome()).isEqualTo(Incident.Outcome.INJURED);
            assertThat(passerBy.targetCategory()).isEqualTo(Incident.TargetCategory.OTHER);
            assertThat(i.killed().best()).isEqualTo(1);
            assertThat(i.injured().best()).isEqualTo(2);
        });
    }

    @Test
    void aGuardNamedInAnActToldAsHoursLaterIsAnotherIncident() {
        List<Incident> incidents = extract("""
                Gunmen shot dead a former Afghan police officer, Abdul Qadir Rahimi, in Peshawar on Monday, police                 said. Hours later, a guard, identified by police as Bilal Ahmad, was wounded when two men fired at                 the gate of a hostel.""");
        assertThat(incidents).hasSize(2).anySatisfy(i -> assertThat(i.victims()).extracting(Incident.Victim::name)
                .containsExactly("Abdul Qadir Rahimi"))
                .anySatisfy(i -> assertThat(i.victims()).singleElement().satisfies(v -> {
                    assertThat(v.name()).isEqualTo("Bilal Ahmad");
                    assertThat(v.outcome()).isEqualTo(Incident.Outcome.INJURED);
                }));
    }

    @Test
    void aRelativeWhoSpeaksAfterSaidIsTheSpeakerNotOneMoreVictim() {
        List<Incident> incidents = extract("""
                A Baloch rights activist, Karim Rind, was shot dead outside his home in Karachi's Lyari area on Tuesday.

                "He never carried a weapon, and they killed him for it," said a cousin, Nadeem Rind, outside the \
                family home. "Everyone here knows who did this," said his brother-in-law, Saeed Baloch.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Karim Rind");
            assertThat(i.killed().best()).isEqualTo(1);
        });
    }

    @Test
    void aRelativeHurtBesideTheTargetIsNamedByTheDefiniteNounLaterAndAHospitalIsNoVictim() {
        List<Incident> incidents = extract("""
                A former Afghan intelligence officer was shot dead by two men on a motorbike in Zahedan on Sunday. \
                His teenage daughter, who was walking with him, was hit in the shoulder.

                Relatives named him as Gul Agha Sarwari, 61. He was dead on arrival at Khatam al-Anbiya hospital.

                The daughter, Mursal, was operated on and is out of danger, a neighbour said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome, Incident.Victim::targetCategory)
                    .containsExactlyInAnyOrder(
                            tuple("Gul Agha Sarwari", Incident.Outcome.KILLED, Incident.TargetCategory.FORMER_OFFICIAL),
                            tuple("Mursal", Incident.Outcome.INJURED, Incident.TargetCategory.FAMILY_MEMBER));
            assertThat(i.killed().best()).isEqualTo(1);
            assertThat(i.injured().best()).isEqualTo(1);
        });
    }

    @Test
    void thoseAnAttackLeftWoundedAreHurtByIt() {
        List<Incident> incidents = extract("""
                A Pakistani journalist critical of the army was shot dead outside his home in Dubai on Friday, in an \
                attack that left his brother injured, police said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.victims()).extracting(Incident.Victim::outcome, Incident.Victim::targetCategory)
                    .contains(tuple(Incident.Outcome.INJURED, Incident.TargetCategory.FAMILY_MEMBER));
            assertThat(i.killed().best()).isEqualTo(1);
            assertThat(i.injured().best()).isEqualTo(1);
        });
    }

    @Test
    void bystandersDescribedLaterAsHurtAreAmongThoseAlreadyCounted() {
        List<Incident> incidents = extract("""
                A former Afghan intelligence official was shot dead and three other people were injured when gunmen \
                attacked his car in Peshawar on Monday evening, police said.

                A fruit vendor and a passer-by suffered gunshot wounds and were taken to Lady Reading Hospital.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.killed().best()).isEqualTo(1);
            assertThat(i.injured().best()).isEqualTo(3);
        });
    }
}
