package org.vigil.incident;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who an act befell and how many: names told again later, counts told without the verb "killed". */
class VictimCountsTest {

    @Test
    void aPersianSurnameToldAgainAfterMrEndsBeforeTheWordsOfItsSentence() {
        List<Incident> incidents = Stories.persian("""
                یک دگروال پیشین اردوی ملی افغانستان شامگاه دوشنبه در شهر مشهد ایران با شلیک گلوله کشته شد.

                محمد یوسف احمدی، ۴۷ ساله، پیش از سقوط جمهوریت قوماندان امنیه یک ولسوالی در هرات بود. آقای احمدی حدود ساعت نه شب پس از خروج از مسجد هدف گلوله قرار گرفت.

                به گفته همسایگان، آقای احمدی پیش از رسیدن پولیس در محل جان باخت.

                جسد آقای احمدی قرار است فردا به خاک سپرده شود.""", "2025-10-22T09:00:00Z");
        assertThat(incidents).hasSize(1);
        Incident i = incidents.get(0);
        assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("محمد یوسف احمدی");
        assertThat(i.killed().best()).isEqualTo(1);
    }

    @Test
    void aPersianVictimShotAtAndThenKilledStaysKilledWhateverHerPastHolds() {
        List<Incident> incidents = Stories.persian("""
                مریم صدیقی، فعال مدنی افغانستان، عصر جمعه در شهر کراچی هدف شلیک قرار گرفته و کشته شده است.

                خانم صدیقی در کابل مکتب دخترانه اداره می‌کرد و پس از بازداشت چندروزه از سوی طالبان، با فرزندانش به پاکستان رفت.""",
                "2025-09-14T09:00:00Z");
        assertThat(incidents).first().satisfies(i -> {
            assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("مریم صدیقی");
            assertThat(i.victims().get(0).outcome()).isEqualTo(Incident.Outcome.KILLED);
            assertThat(i.killed().best()).isEqualTo(1);
        });
    }

    @Test
    void groupsOfTheSameNounThatFaredDifferentlyAreCountedApart() {
        List<Incident> incidents = Stories.extract("""
                Gunmen stormed a wedding party in the Pakistani city of Peshawar late on Saturday. Four guests were killed \
                and twelve other guests were wounded, according to the police.""", "2025-07-13T08:00:00Z");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).killed().best()).isEqualTo(4);
        assertThat(incidents.get(0).injured().best()).isEqualTo(12);
    }

    @Test
    void gunfireLetLooseInsideAPlaceIsAShootingEvenWithFewDead() {
        List<Incident> incidents = Stories.extract("""
                One man was killed and four people were hurt when an attacker opened fire inside a crowded tea house in \
                Peshawar on Sunday evening, police said.""", "2025-07-14T08:00:00Z");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).type()).isEqualTo(Incident.Type.SHOOTING);
        assertThat(incidents.get(0).killed().best()).isEqualTo(1);
        assertThat(incidents.get(0).injured().best()).isEqualTo(4);
    }

    @Test
    void eachKeyPointBulletIsASentenceOfItsOwn() {
        List<Incident> incidents = Stories.extract("""
                An exiled Afghan lawyer has been beaten in Karachi.

                Key points:
                - Two men ambushed Wali Jan Stanekzai outside his office on Tuesday evening and left him wounded
                - A 30-year-old man was arrested on Wednesday
                - Lawyers' groups have called for protection""", "2025-07-17T08:00:00Z");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::name, Incident.Victim::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Wali Jan Stanekzai", Incident.Outcome.INJURED));
    }

    @Test
    void aRelativeHurtWhileStoppingTheAttackerIsOneMoreVictim() {
        List<Incident> incidents = Stories.extract("""
                A former Afghan intelligence officer was stabbed outside a mosque in the Pakistani city of Quetta on Friday.

                His son was also injured as he grappled with the attacker.""", "2025-07-19T08:00:00Z");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).injured().best()).isEqualTo(2);
        assertThat(incidents.get(0).victims()).extracting(Incident.Victim::targetCategory)
                .contains(Incident.TargetCategory.FAMILY_MEMBER);
    }

    @Test
    void aSquareOrMarketTheAttackersFledTowardsIsNoVictim() {
        List<Incident> incidents = Stories.extract("""
                A shopkeeper, Bilal Anwar, was stabbed in the arm in Rawalpindi on Tuesday night when two robbers on a \
                motorbike tried to take his phone. The attackers then stabbed him again before racing off towards Liaquat \
                Bazaar with the phone.""", "2025-07-23T08:00:00Z");
        assertThat(incidents).flatExtracting(Incident::victims).extracting(Incident.Victim::name)
                .containsExactly("Bilal Anwar");
    }

    @Test
    void someoneABulletOnlyGrazedIsWoundedToo() {
        List<Incident> incidents = Stories.extract("""
                A former Afghan provincial governor was shot and wounded outside a bakery in Peshawar on Monday morning.

                A student who was buying bread was grazed in the shoulder by a stray bullet, police said.""", "2025-07-22T08:00:00Z");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).injured().best()).isEqualTo(2);
    }

    @Test
    void aDeathTollThatRoseRaisesTheCountOfDead() {
        List<Incident> incidents = Stories.extract("""
                A suicide bomber struck a Shia mosque in Peshawar during Friday prayers, killing three worshippers.

                By Saturday evening the death toll had climbed to nine, as six of the wounded died in hospital.""",
                "2025-07-26T08:00:00Z");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).killed().best()).isEqualTo(9);
    }

    @Test
    void theFatalitiesOfTheActToldAreItsDead() {
        List<Incident> incidents = Stories.extract("""
                Armed men opened fire on a hostel for Afghan workers in Karachi on Thursday night.

                Apart from the two fatalities, seven residents were wounded, police said.""", "2025-07-26T08:00:00Z");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).killed().best()).isEqualTo(2);
        assertThat(incidents.get(0).injured().best()).isEqualTo(7);
    }

    @Test
    void aPersianRelativeNamedInAppositionAfterTheTargetsNameIsHurtBesideHim() {
        List<Incident> incidents = Stories.persian("""
                یک قاضی پیشین افغانستان بامداد شنبه در شهر کراچی پاکستان با شلیک گلوله کشته شد.

                عبدالصمد حیدری، ۶۱ ساله، پیش از سقوط جمهوریت قاضی محکمه استیناف ولایت کندهار بود. آقای حیدری هنگام رفتن به مسجد هدف گلوله قرار گرفت.

                به گفته همسایگان، برادر ۳۵ ساله آقای حیدری، نوراحمد، که همراه او بود، از ناحیه پا زخمی شد.""",
                "2025-08-03T09:00:00Z");
        assertThat(incidents).hasSize(1);
        Incident i = incidents.get(0);
        assertThat(i.victims()).extracting(Incident.Victim::name).containsExactly("عبدالصمد حیدری", "نوراحمد");
        assertThat(i.victims().get(1).outcome()).isEqualTo(Incident.Outcome.INJURED);
        assertThat(i.killed().best()).isEqualTo(1);
        assertThat(i.injured().best()).isEqualTo(1);
    }

    @Test
    void aNameSaidToBeAmongTheDeadIsOneOfThoseCounted() {
        List<Incident> incidents = Stories.extract("""
                Gunmen opened fire on a wedding procession near Jalalabad Chowk in Peshawar on Saturday night, killing four \
                guests and wounding nine, police said.

                Sardar Mohammad Zazai, a former Afghan border police commander, was among the dead, his family said.""",
                "2025-08-10T08:00:00Z");
        assertThat(incidents).hasSize(1);
        Incident i = incidents.get(0);
        assertThat(i.killed().best()).isEqualTo(4);
        assertThat(i.victims()).filteredOn(v -> "Sardar Mohammad Zazai".equals(v.name())).singleElement()
                .satisfies(v -> assertThat(v.outcome()).isEqualTo(Incident.Outcome.KILLED));
    }

    @Test
    void oneSentenceTellingHowTwoGroupsOfTheSameNounFaredCountsBoth() {
        List<Incident> incidents = Stories.extract("""
                Gunmen opened fire on a minibus near Quetta on Tuesday. Five passengers died and eight passengers were \
                hurt, officials said.""", "2025-08-13T08:00:00Z");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).killed().best()).isEqualTo(5);
        assertThat(incidents.get(0).injured().best()).isEqualTo(8);
    }
}

