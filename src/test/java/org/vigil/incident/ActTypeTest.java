package org.vigil.incident;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident type a coder gives from who acted, the verb and the outcome: an open arrest by state agents is a
 * detention, a seizure by unidentified or plain-clothes men an abduction.
 */
class ActTypeTest {


    private static List<Incident> extract(String text) {
        return Stories.extract(text, "2026-03-12T08:00:00Z");
    }

    @Test
    void aTakingToldInThePassiveAfterAnAppositionIsNoSeizureByThePersonNamed() {
        List<Incident> incidents = extract("""
                Border police in Peshawar arrested two Afghan musicians on Monday, their manager said.

                Wahidullah Sangar, a former singer for state television who fled Kabul in 2021, was taken from his \
                lodgings in the city together with his cousin, the manager said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.DETENTION);
            assertThat(i.victims()).extracting(Incident.Victim::outcome).containsOnly(Incident.Outcome.DETAINED);
        });
    }

    @Test
    void officersNamedFarAfterTheTakingAreItsAgents() {
        List<Incident> incidents = extract("""
                Dilshod Rakhimov, an exiled Tajik blogger, was taken from a rented room on the fourth floor of a block \
                near the central market of Kazan early on Tuesday by officers of the regional migration service, \
                his wife said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.DETENTION);
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Dilshod Rakhimov");
        });
    }

    @Test
    void thingsThePoliceSeizedAreNotPeopleSeized() {
        List<Incident> incidents = extract("""
                Exiled Uzbek imam Obidkhon Sadikov was arrested by police in Antalya on Sunday, his son said. \
                Officers went through the flat, seized his passport and two phones and drove him away, he said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.DETENTION);
            assertThat(i.place().city()).isEqualTo("Antalya");
        });
    }

    @Test
    void aSeizureByUnknownMenIsStillAnAbduction() {
        List<Incident> incidents = extract("""
                Farid Noorzai, a former Afghan army colonel, was taken from his apartment in Mashhad on Monday night by \
                unidentified men who did not show any documents, his brother said.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION));
    }

    @Test
    void anActTheAttackBringsToMindIsAnEarlierOneAndLeavesTheTypeOfTheAttackAlone() {
        List<Incident> incidents = extract("""
                An Ingush blogger, Timur Aushev, was beaten with a metal pipe by two men outside his home in Graz on \
                Saturday, police said.

                The assault brought back painful memories of the murder in Graz in 2023 of another exiled blogger, \
                Anzor Malsagov, who was shot dead in a car park.""");
        assertThat(incidents).hasSize(2);
        assertThat(incidents.get(0).type()).isEqualTo(Incident.Type.ASSAULT);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::name).containsExactly("Timur Aushev");
        assertThat(incidents.get(1).type()).isEqualTo(Incident.Type.ASSASSINATION);
        assertThat(incidents.get(1).victims()).extracting(Incident.Victim::name).containsExactly("Anzor Malsagov");
        assertThat(incidents.get(1).sources()).extracting(Incident.Source::role).containsExactly(Incident.SourceRole.REFERENCE);
    }

    @Test
    void fireSetToSomeonesHomeIsAnActAgainstThemOfTypeOther() {
        List<Incident> incidents = extract("""
                Unidentified men set fire to the home of exiled Belarusian blogger Pavel Lutsko in Vilnius, Lithuania, \
                early on Tuesday. Lutsko escaped without injury, friends said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.OTHER);
            assertThat(i.method()).isEqualTo(Incident.Method.UNKNOWN);
            assertThat(i.place().city()).isEqualTo("Vilnius");
            assertThat(i.victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                    .contains(org.assertj.core.groups.Tuple.tuple("Pavel Lutsko", Incident.Outcome.UNHARMED));
        });
    }

    @Test
    void aCarTorchedWithTheOwnerInsideWhoDiedIsAKilling() {
        List<Incident> incidents = extract("""
                Former Afghan police commander Gul Rahman Zadran was burned to death when attackers set his car \
                alight in Peshawar on Monday night, police said.""");
        assertThat(incidents).singleElement().satisfies(i -> assertThat(i.type()).isEqualTo(Incident.Type.ASSASSINATION));
    }

    @Test
    void seizedOnADayIsASeizureAndSeizedOnRemarksIsNot() {
        List<Incident> seized = extract("""
                Uzbek dissident Bahodir Karimov was seized on the evening of March 9 outside a bakery in Almaty by \
                men who did not identify themselves, his daughter said.""");
        assertThat(seized).singleElement().satisfies(i -> assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION));
        assertThat(extract("""
                Opposition leader Daniyar Seitkali seized on the remarks of the minister in Almaty on Monday, \
                calling them an insult to voters.""")).isEmpty();
    }

    @Test
    void whoTheTakersSaidTheyWereDoesNotMakeThemTheAuthorities() {
        assertThat(extract("""
                Kazakh dissident Aidos Nurlanov was detained in Bishkek on Sunday by men in civilian clothes who said \
                they were from the national security committee, his lawyer said.""")).singleElement()
                .satisfies(i -> assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION));
        assertThat(extract("""
                Kazakh dissident Aidos Nurlanov was taken away in Bishkek on Sunday by men claiming to be police \
                officers, his lawyer said.""")).singleElement()
                .satisfies(i -> assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION));
        assertThat(extract("""
                Kazakh dissident Aidos Nurlanov was taken from his flat in Bishkek on Sunday by police officers who \
                showed no warrant, his lawyer said.""")).singleElement()
                .satisfies(i -> assertThat(i.type()).isEqualTo(Incident.Type.DETENTION));
    }

    @Test
    void aCovertSubjectMakesAnArrestVerbAnAbduction() {
        assertThat(extract("""
                Masked men detained the exiled Kyrgyz journalist Bolot Temirov in a car park in Almaty on Friday, \
                his colleagues said.""")).singleElement()
                .satisfies(i -> assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION));
        assertThat(extract("""
                Kazakh police detained the exiled Kyrgyz journalist Bolot Temirov in a car park in Almaty on Friday, \
                his colleagues said.""")).singleElement()
                .satisfies(i -> assertThat(i.type()).isEqualTo(Incident.Type.DETENTION));
    }

    @Test
    void blowsToldByWhereTheyLandedAreAnAssaultWithABluntObject() {
        assertThat(extract("""
                An exiled Azerbaijani blogger, Vidadi Isgandarli, was struck on the head with a hammer in the \
                stairwell of his building in Mulhouse, France, on Saturday, his family said.""")).singleElement()
                .satisfies(i -> {
                    assertThat(i.type()).isEqualTo(Incident.Type.ASSAULT);
                    assertThat(i.method()).isEqualTo(Incident.Method.BLUNT_OBJECT);
                    assertThat(i.victims()).extracting(Incident.Victim::outcome).containsExactly(Incident.Outcome.INJURED);
                });
    }

    @Test
    void aWoundingVerbWhoseObjectIsFollowedByDeathIsAKilling() {
        List<Incident> knifed = extract("""
                An assailant stabbed a former Afghan prosecutor, Noor Ahmad Wardak, to death outside a mosque in \
                Mashhad on Tuesday, relatives said.""");
        assertThat(knifed).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ASSASSINATION);
            assertThat(i.method()).isEqualTo(Incident.Method.KNIFE);
            assertThat(i.killed().best()).isEqualTo(1);
        });
        List<Incident> shot = extract("""
                Two gunmen on a motorcycle shot Haji Gul Rahman, a former district governor, dead in Quetta on Monday.""");
        assertThat(shot).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ASSASSINATION);
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Gul Rahman");
        });
        List<Incident> pronoun = extract("""
                A former Afghan officer, Abdul Qadir Zazai, was found in his flat in Izmir on Monday. Two men had \
                stabbed him to death, police said.""");
        assertThat(pronoun).singleElement().satisfies(i ->
                assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("Abdul Qadir Zazai"));
        List<Incident> survived = extract("""
                Gunmen shot a former Afghan judge in Izmir on Monday and left him for dead, police said.""");
        assertThat(survived).singleElement().satisfies(i -> assertThat(i.type()).isEqualTo(Incident.Type.ATTEMPTED_ASSASSINATION));
    }

    @Test
    void aPersonMissingAfterBeingTakenFromTheirLodgingsWasAbducted() {
        List<Incident> incidents = extract("""
                An exiled Afghan women's rights campaigner has not been seen for a week after being taken from a \
                hostel in Lahore by men in plain clothes, her colleagues said.""");
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(Incident.Type.ABDUCTION);
            assertThat(i.victims()).singleElement().satisfies(v ->
                    assertThat(v.targetCategory()).isEqualTo(Incident.TargetCategory.ACTIVIST));
        });
    }

    @Test
    void aPersonOneStateHandsOverToAnotherIsRemovedUnlessTheyWereAbducted() {
        List<Incident> handed = extract("""
                Kyrgyz border guards handed over a former Afghan police commander, Zabiullah Noori, to Taliban officials \
                at the Irkeshtam crossing on Monday, his cousin said.""");
        assertThat(handed).extracting(Incident::type).containsExactly(Incident.Type.DEPORTATION);
        List<Incident> abducted = extract("""
                A former Afghan police commander, Zabiullah Noori, was abducted by masked men in Bishkek on Monday and \
                handed over to the Taliban, his cousin said.""");
        assertThat(abducted).extracting(Incident::type).containsExactly(Incident.Type.ABDUCTION);
    }
}
