package org.vigil.incident;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTest {

    private final PersonNames english = names("en");
    private final PersonNames persian = names("fa");

    private static PersonNames names(String language) {
        Rules rules = Rules.forLanguage(language).orElseThrow();
        return new PersonNames(rules, new PlaceFinder(rules, Gazetteer.shared())::isWellKnownPlace);
    }

    @Test
    void splitsRanksAndHonorificsOffNames() {
        assertThat(english.find("General Abdul Wahid Gholami, 58, was killed."))
                .containsExactly(new PersonNames.Name(8, 27, "Abdul Wahid Gholami", "General"));
        assertThat(english.find("Lieutenant General Rahmatullah Nabizada was shot."))
                .extracting(PersonNames.Name::name, PersonNames.Name::honorific)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rahmatullah Nabizada", "Lieutenant General"));
        assertThat(english.find("Dr. Homayoun Qaderi disappeared."))
                .extracting(PersonNames.Name::honorific).containsExactly("Dr.");
        assertThat(english.find("Maulana Abdul Ghani Rigi was killed."))
                .extracting(PersonNames.Name::name).containsExactly("Abdul Ghani Rigi");
    }

    @Test
    void aJobTitleEndingInARankOrPersonNounIsSplitOffAfterOfficeWords() {
        assertThat(english.find("Station House Officer Bashir Ahmad Lehri confirmed the death."))
                .extracting(PersonNames.Name::name, PersonNames.Name::honorific)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bashir Ahmad Lehri", "Officer"));
        assertThat(english.find("Deputy Inspector Farid Kakar reached the scene."))
                .extracting(PersonNames.Name::name, PersonNames.Name::honorific)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Farid Kakar", "Inspector"));
        assertThat(english.find("Acting Detective Inspector Sana Mir led the search."))
                .extracting(PersonNames.Name::name, PersonNames.Name::honorific)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sana Mir", "Detective Inspector"));
        assertThat(english.find("Police Constable Imran Qureshi was hurt."))
                .extracting(PersonNames.Name::name, PersonNames.Name::honorific)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Imran Qureshi", "Police Constable"));
        assertThat(english.find("Mufti Abdul Basit Rind was hurt."))
                .extracting(PersonNames.Name::name, PersonNames.Name::honorific)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Abdul Basit Rind", "Mufti"));
    }

    @Test
    void capitalisedFunctionWordsNeverStartAName() {
        assertThat(english.find("From Chaman, where he ran a pharmacy, he wrote about the border.")).isEmpty();
        assertThat(english.find("Despite Warnings from friends, he stayed.")).isEmpty();
        assertThat(english.find("Until Monday Karim Dost had not been seen."))
                .extracting(PersonNames.Name::name).containsExactly("Karim Dost");
    }

    @Test
    void aRunAfterADeterminerAndAModifierIsAThingUnlessAGivenNameOpensIt() {
        assertThat(english.find("The bomb was fixed under the armoured Toyota Land Cruiser that carried him.")).isEmpty();
        assertThat(english.find("Gunmen in a grey Hyundai Sonata fired on the shop.")).isEmpty();
        assertThat(english.find("Police found his burnt Suzuki Mehran near the river.")).isEmpty();
        assertThat(english.find("He had fought beside the late Ahmad Shah Massoud."))
                .extracting(PersonNames.Name::name).containsExactly("Ahmad Shah Massoud");
        assertThat(english.find("The slain Farhad Nouri had received threats."))
                .extracting(PersonNames.Name::name).containsExactly("Farhad Nouri");
        assertThat(english.find("Her younger brother Waheed Omari was wounded."))
                .extracting(PersonNames.Name::name).containsExactly("Waheed Omari");
    }

    @Test
    void organisationsPlacesAndSentenceOpenersAreNotPeople() {
        assertThat(english.find("The Afghan National Army and Amnesty International said in Tehran's Valiasr district."))
                .isEmpty();
        assertThat(english.find("He was driven to the border at Panj-e Payan.")).isEmpty();
        assertThat(english.find("a presenter for a London-based Persian-language channel")).isEmpty();
        assertThat(english.find("In Karachi, Haji Abdul Qadir Naseri was shot."))
                .extracting(PersonNames.Name::name).containsExactly("Abdul Qadir Naseri");
    }

    @Test
    void tellsSpeakersFromVictims() {
        String text = "Police official Kashif Aftab said Mohammad Dawood Amiri, 45, was killed.";
        List<PersonNames.Name> found = english.find(text);
        assertThat(found).extracting(PersonNames.Name::name).containsExactly("Kashif Aftab", "Mohammad Dawood Amiri");
        assertThat(english.isSpeaker(text, found.get(0))).isTrue();
        assertThat(english.isSpeaker(text, found.get(1))).isFalse();
        String inverted = "The attackers fled, said senior police official Asad Khan.";
        assertThat(english.isSpeaker(inverted, english.find(inverted).get(0))).isTrue();
        // An apposition headed by a bare noun, and the speaker's workplace, stand between a name and its verb.
        String headed = "Superintendent Nadia Baig, head of the city's organised crime unit, told reporters the car was burnt.";
        assertThat(english.isSpeaker(headed, english.find(headed).get(0))).isTrue();
        String workplace = "Gunmen fired at the shop, Inspector Waheed Shah of the Saddar police station said.";
        assertThat(english.isSpeaker(workplace, english.find(workplace).get(0))).isTrue();
        String victim = "Jamal Uddin of Herat was shot dead, his relatives said.";
        assertThat(english.isSpeaker(victim, english.find(victim).get(0))).isFalse();
    }

    @Test
    void persianNamesFollowAnHonorific() {
        assertThat(persian.find("بستگان جنرال عبدالواحد غلامی می‌گویند"))
                .extracting(PersonNames.Name::name, PersonNames.Name::honorific)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("عبدالواحد غلامی", "جنرال"));
        assertThat(persian.find("یک جنرال پیشین ارتش")).isEmpty();
    }

    @Test
    void aCompoundPoliceRankIsOneTitleAndAUnitAfterAnOrdinalIsNoName() {
        assertThat(english.find("Deputy Inspector General Shaukat Mehmood visited the scene."))
                .extracting(PersonNames.Name::name, PersonNames.Name::honorific)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Shaukat Mehmood", "Deputy Inspector General"));
        assertThat(english.find("He had served in the 4th Mountain Brigade for a decade.")).isEmpty();
    }

    @Test
    void persianNamesComeWithAnAgeOrAfterTheRoleTheyWereToldBy() {
        assertThat(persian.find("این خبرنگار پیشین، نجیب‌الله امیری، ۳۴ ساله، در کابل کار می‌کرد."))
                .extracting(PersonNames.Name::name).containsExactly("نجیب‌الله امیری");
        assertThat(persian.find("یکی از همسایه‌ها گفت که صدای شلیک را شنیده است.")).isEmpty();
    }

    @Test
    void aRunBeforeOrEndingInABuildingNounNamesTheBuilding() {
        assertThat(english.find("He died on the way to Sheikh Zayed hospital in the capital.")).isEmpty();
        assertThat(english.find("Worshippers left the Haji Abdul Ghafoor Mosque after the prayers.")).isEmpty();
        assertThat(english.find("Haji Abdul Ghafoor left the mosque after the prayers."))
                .extracting(PersonNames.Name::name).containsExactly("Abdul Ghafoor");
    }

    @Test
    void aDefinitePersonNounSetOffByCommasIntroducesAOneWordName() {
        assertThat(english.find("The nephew, Zabihullah, was treated for a broken arm."))
                .extracting(PersonNames.Name::name).containsExactly("Zabihullah");
        assertThat(english.find("The driver Zabihullah was treated for a broken arm.")).isEmpty();
    }
}
