package org.vigil.incident;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttributionTest {

    private final Attribution attribution = new Attribution(Rules.forLanguage("en").orElseThrow());

    @Test
    void allegationsAlwaysSayWhoAlleges() {
        assertThat(attribution.read("His nephew alleged that Taliban intelligence agencies were responsible for the killing.", null)
                .allegations()).containsExactly(new Incident.Allegation("Taliban intelligence agencies", "His nephew"));
        assertThat(attribution.read("Group 24 accused the Tajik State Committee for National Security of organising the attack.", null)
                .allegations()).containsExactly(new Incident.Allegation("Tajik State Committee for National Security", "Group 24"));
        assertThat(attribution.read("He blamed the Taliban's intelligence directorate for the killing.", "his brother")
                .allegations()).containsExactly(new Incident.Allegation("Taliban's intelligence directorate", "his brother"));
    }

    @Test
    void anAllegationNoOneIsSaidToMakeIsNotKept() {
        assertThat(attribution.read("“Everyone knew the Iranian intelligence wanted him silenced.”", null).allegations()).isEmpty();
        assertThat(attribution.read("“Everyone knew the Iranian intelligence wanted him silenced.”", "his cousin").allegations())
                .containsExactly(new Incident.Allegation("Iranian intelligence", "his cousin"));
    }

    @Test
    void pronounSourcesResolveToTheLastNamedSpeaker() {
        String speaker = attribution.speaker("They fired five shots, according to his nephew, who asked not to be named.");
        assertThat(speaker).isEqualTo("his nephew");
        assertThat(attribution.read("He said he held the Taliban responsible.", speaker).allegations())
                .containsExactly(new Incident.Allegation("Taliban", "his nephew"));
    }

    @Test
    void readsClaimsOfResponsibility() {
        assertThat(attribution.read("No group has formally claimed responsibility for the attack.", null).claim())
                .isEqualTo(new Incident.Claim(Incident.ClaimStatus.NO_CLAIM_REPORTED, null));
        assertThat(attribution.read("The Pakistani Taliban claimed responsibility for the bombing.", null).claim())
                .isEqualTo(new Incident.Claim(Incident.ClaimStatus.CLAIMED, "Pakistani Taliban"));
        assertThat(attribution.read("The attack shocked the community.", null).claim()).isNull();
    }

    @Test
    void readsDenialsResponsesAndCalls() {
        Attribution.Reading denial = attribution.read("A Taliban spokesman, Zabihullah Mujahid, rejected the accusation.", null);
        assertThat(denial.denials()).extracting(Incident.Denial::by).containsExactly("A Taliban spokesman, Zabihullah Mujahid");

        Attribution.Reading responses = attribution.read(
                "Iranian police said authorities are examining the circumstances of the shooting but had not released further details.", null);
        assertThat(responses.responses()).extracting(Incident.Response::action)
                .containsExactly(Incident.ResponseAction.INVESTIGATION, Incident.ResponseAction.NO_COMMENT);
        assertThat(responses.responses().get(0).authority()).isEqualTo("Iranian police");

        assertThat(attribution.read("Police arrested two suspects on Friday.", null).responses())
                .containsExactly(new Incident.Response("Police", Incident.ResponseAction.ARREST, "made"));

        assertThat(attribution.read("Amnesty International called on Tajik authorities to investigate the incident.", null).calls())
                .containsExactly(new Incident.Call("Amnesty International", "Tajik authorities", "investigate the incident"));
    }

    @Test
    void passiveAllegationsNameTheAgentAndCountedSuspectsAllegeNothing() {
        assertThat(attribution.read("The Exiles Network alleged that the killing was ordered by the Taliban's intelligence service "
                + "and urged Turkish authorities to act.", null).allegations())
                .containsExactly(new Incident.Allegation("Taliban intelligence", "Exiles Network"));
        assertThat(attribution.read("Police have detained two suspects after gunmen wounded a former police chief and killed "
                + "his driver.", null).allegations()).isEmpty();
        assertThat(attribution.read("Hotak's relatives have alleged that Taliban intelligence was behind it.", null).allegations())
                .containsExactly(new Incident.Allegation("Taliban intelligence", "Hotak's relatives"));
    }

    @Test
    void anIntelligenceServiceGoesByItsShortName() {
        assertThat(actors("His widow accused the Taliban's intelligence service of sending the gunmen.", null))
                .containsExactly("Taliban intelligence");
        assertThat(actors("The Free Herat Front said in a statement that “the intelligence of the Taliban” was behind the "
                + "shooting.", null)).containsExactly("Taliban intelligence");
        // Only a named owner's service is shortened: a directorate keeps its name, a foreign service stays what it is.
        assertThat(actors("His cousin blamed the Taliban's intelligence directorate for the murder.", null))
                .containsExactly("Taliban's intelligence directorate");
    }

    @Test
    void aBeliefThatSomeoneTookOrFollowedTheVictimAllegesIt() {
        assertThat(attribution.read("His wife said the family believed that Iranian security agents had seized him.", null)
                .allegations()).containsExactly(new Incident.Allegation("Iranian security agents", "His wife"));
        assertThat(attribution.read("The family thinks Russian police picked her up at the station.", null).allegations())
                .containsExactly(new Incident.Allegation("Russian police", "The family"));
        assertThat(attribution.read("“We think the Chechen leader's men followed him to Vienna,” his sister said.", "his sister")
                .allegations()).containsExactly(new Incident.Allegation("Chechen leader's men", "his sister"));
        // Without the victim as object the belief is about something else.
        assertThat(attribution.read("Analysts believe the government had taken steps to calm the markets.", null)
                .allegations()).isEmpty();
    }

    @Test
    void whoseBiddingTheActWasIsAnAllegationOnlyInASourcesMouth() {
        assertThat(attribution.read("He said the arrest had been made at the request of Uzbekistan's State Security Service "
                + "(SGB), which wants him back.", "his lawyer").allegations())
                .containsExactly(new Incident.Allegation("Uzbekistan's State Security Service (SGB)", "his lawyer"));
        assertThat(attribution.read("“We believe this was done at the behest of the Egyptian government,” said Omar Farid.",
                "Omar Farid").allegations()).containsExactly(new Incident.Allegation("Egyptian government", "Omar Farid"));
        assertThat(attribution.read("Police in Doha detained the blogger at the request of Egypt on Monday.", null)
                .allegations()).isEmpty();
        assertThat(attribution.read("Prosecutors said the two men were “working on the orders of Belarusian KGB officers”.", null)
                .allegations()).containsExactly(new Incident.Allegation("Belarusian KGB officers", "Prosecutors"));
    }

    @Test
    void blameIsLaidOnWhoFollowsOn() {
        assertThat(actors("Relatives blamed the shooting on the Haqqani network.", null)).containsExactly("Haqqani network");
        assertThat(actors("The poet was beaten unconscious in Almaty, in an assault his supporters blame on state security.",
                null)).containsExactly("state security");
        assertThat(actors("The opposition blamed the government, calling the killing a warning to critics.", null))
                .containsExactly("government");
    }

    @Test
    void quotedCertaintyNamesTheAgentAndTheSpeakerAllegesIt() {
        assertThat(attribution.read("“There is no doubt in my mind that the attack was carried out by Kadyrov's men,” said "
                + "Zelimkhan Musayev.", "Zelimkhan Musayev").allegations())
                .containsExactly(new Incident.Allegation("Kadyrov's men", "Zelimkhan Musayev"));
        assertThat(attribution.read("\"We are certain this was ordered by the Rwandan government,\" she said.", "Claire Uwase")
                .allegations()).containsExactly(new Incident.Allegation("Rwandan government", "Claire Uwase"));
        assertThat(attribution.read("“We all knew the Saudi authorities wanted him silenced,” a friend told reporters.",
                "a friend").allegations()).containsExactly(new Incident.Allegation("Saudi authorities", "a friend"));
        assertThat(attribution.read("He said he did not recognise his assailants but believed they were Hezbollah members.", "He")
                .allegations()).extracting(Incident.Allegation::actor).containsExactly("Hezbollah members");
        assertThat(attribution.read("She did not see her attackers and believed they were drunk.", "She").allegations())
                .isEmpty();
    }

    @Test
    void blameForSomethingOtherThanTheActAllegesNothing() {
        assertThat(actors("Many voters still blame the ruling party for the economic crisis.", null)).isEmpty();
        assertThat(actors("Her colleagues blamed Eritrean agents for her disappearance.", null)).containsExactly("Eritrean agents");
    }

    @Test
    void theSourceIsTheHeadOfItsPhraseNotItsAppositionOrAClause() {
        assertThat(attribution.speaker("The dead man's uncle, Gul Agha Mohmand, said the family had no enemies.")).isEqualTo(
                "The dead man's uncle");
        assertThat(attribution.speaker("Kabul Now, which reports from exile, said it had seen the messages.")).isEqualTo("Kabul Now");
        assertThat(attribution.speaker("He said he blamed the regime.")).isNull();
        assertThat(attribution.speaker("In Kandahar, a Taliban spokesman, Qari Yousuf, said the claims were false.")).isNull();
        assertThat(attribution.speaker("Speaking on Monday, the envoy, Lisa Hartmann, said talks would go on.")).isNull();
        assertThat(attribution.speaker("“We saw nothing,” the guard, who declined to give his name, told Daily Dawn Express."))
                .isNotEqualTo("Express");
        assertThat(attribution.read("Her uncle, reached by telephone in Mazar-i-Sharif, said the family held the Taliban "
                + "responsible.", null).allegations()).containsExactly(new Incident.Allegation("Taliban", "Her uncle"));
        assertThat(attribution.read("Writing on Telegram on Sunday, Hamid Saberi said he believed Taliban agents had tracked "
                + "him down.", null).allegations()).containsExactly(new Incident.Allegation("Taliban agents", "Hamid Saberi"));
        assertThat(attribution.read("The victim was a poet, and exile groups have long blamed Tehran for the stabbing.", null)
                .allegations()).containsExactly(new Incident.Allegation("Tehran", "exile groups"));
        assertThat(attribution.read("“He was careful,” his son said, adding that he believed the Taliban had ordered the killing.",
                "his son").allegations()).containsExactly(new Incident.Allegation("Taliban", "his son"));
    }

    @Test
    void everydayWaysOfNamingWhoDidIt() {
        assertThat(actors("Colleagues said they suspected the Eritrean embassy.", null)).containsExactly("Eritrean embassy");
        assertThat(actors("His parents suspect the hand of Saudi intelligence in his disappearance.", null))
                .containsExactly("Saudi intelligence");
        assertThat(actors("The exile council pointed the finger at the Rwandan government.", null))
                .containsExactly("Rwandan government");
        assertThat(actors("Activists have linked the abduction to Belarusian state security.", null))
                .containsExactly("Belarusian state security");
        assertThat(actors("Her lawyer attributed the attack to Chechen security forces.", null))
                .containsExactly("Chechen security forces");
        assertThat(actors("According to the victim's father, the Haqqani network was behind the shooting.", null))
                .containsExactly("Haqqani network");
        assertThat(actors("The assassination was carried out by the Islamic Revolutionary Guard Corps, dissidents say.", null))
                .containsExactly("Islamic Revolutionary Guard Corps");
        assertThat(actors("Her brother said she was kidnapped by Pakistani intelligence in broad daylight.", null))
                .containsExactly("Pakistani intelligence");
        assertThat(actors("Critics say the Kremlin is behind the poisoning.", null)).containsExactly("Kremlin");
        assertThat(actors("Neighbours told the BBC the attackers were Hezbollah operatives from the south.", null))
                .containsExactly("Hezbollah operatives");
        assertThat(actors("Police said the assailants were Syrian nationals.", null)).isEmpty();
    }

    @Test
    void everydayWordsThatLookLikeBlameAllegeNothing() {
        assertThat(actors("Economists said the central bank was behind the rise in inflation.", null)).isEmpty();
        assertThat(actors("The stabbing was carried out by two men on a scooter, police said.", null)).isEmpty();
        assertThat(actors("Officers said they had detained a suspect and were questioning him.", null)).isEmpty();
        assertThat(actors("Relatives say he was detained by the Taliban days after he was deported.", null)).isEmpty();
        assertThat(actors("Auditors had good reason to suspect irregular payments across several accounts.", null)).isEmpty();
        assertThat(actors("The bill would have let suspects be sent abroad for trial.", null)).isEmpty();
        assertThat(actors("The singer accused her former label of holding back the rights to her songs.", null)).isEmpty();
        assertThat(actors("Her sister said the family suspected Uzbek security services.", null))
                .containsExactly("Uzbek security services");
        assertThat(actors("Families accuse the border guards of holding the men incommunicado.", null))
                .containsExactly("border guards");
    }

    @Test
    void claimsPastAnAppositionOrAnAdverbAndDenialsOfARole() {
        assertThat(attribution.read("Jaish al-Adl, a Sunni militant group active along the border, later claimed responsibility.",
                null).claim()).isEqualTo(new Incident.Claim(Incident.ClaimStatus.CLAIMED, "Jaish al-Adl"));
        assertThat(attribution.read("The Baloch Liberation Front swiftly claimed the shooting.", null).claim())
                .isEqualTo(new Incident.Claim(Incident.ClaimStatus.CLAIMED, "Baloch Liberation Front"));
        assertThat(attribution.read("Responsibility for the bombing was claimed by Tehrik-i-Taliban Pakistan (TTP) on Sunday.",
                null).claim()).isEqualTo(new Incident.Claim(Incident.ClaimStatus.CLAIMED, "Tehrik-i-Taliban Pakistan (TTP)"));
        assertThat(attribution.read("The Rwandan government denied it had any hand in the murder.", null).denials())
                .extracting(Incident.Denial::by).containsExactly("Rwandan government");
    }

    @Test
    void aNamedActorsMotiveToSilenceTheVictimToldInAQuoteBlamesThem() {
        String sentence = "The Kremlin wants to punish anyone who speaks out, even abroad,” the journalist's editor, who "
                + "spoke on condition of anonymity, told Baltic Wire.";
        String speaker = attribution.speaker(sentence);
        assertThat(speaker).isEqualTo("the journalist's editor");
        assertThat(attribution.read(sentence, speaker).allegations())
                .containsExactly(new Incident.Allegation("Kremlin", "the journalist's editor"));
        // Outside a quote it is an analyst's description; an unnamed actor's wish blames no one.
        assertThat(actors("The regime wants to silence its critics abroad, analysts say.", "analysts")).isEmpty();
        assertThat(actors("“Someone wanted to silence him,” his wife said.", "his wife")).isEmpty();
    }

    @Test
    void anActorAccusedOrBlamedInThePassiveOrARelativeClause() {
        assertThat(attribution.read("Iranian intelligence has been blamed by exiled activists for the stabbing.", null)
                .allegations()).containsExactly(new Incident.Allegation("Iranian intelligence", "exiled activists"));
        assertThat(attribution.read("Mourners chanted against the Haqqani Network, whom the family holds responsible for his "
                + "death.", null).allegations()).containsExactly(new Incident.Allegation("Haqqani Network", "the family"));
        assertThat(actors("The goalkeeper was accused by fans of throwing the match.", null)).isEmpty();
        assertThat(actors("She returned to Herat, whom she had left as a child, in 2019.", null)).isEmpty();
    }

    private java.util.List<String> actors(String sentence, String lastSpeaker) {
        Attribution.Reading reading = attribution.read(sentence, lastSpeaker);
        assertThat(reading.allegations()).allSatisfy(a -> assertThat(a.allegedBy()).isNotNull());
        return reading.allegations().stream().map(Incident.Allegation::actor).toList();
    }

    @Test
    void grammarRulesAreTriedOnlyOnSentencesWithTheirFixedWords() {
        assertThat(Rules.requiredChoices("{actor} (?:has |have |had )?claimed responsibility"))
                .containsExactly(java.util.List.of("claimed responsibility"));
        assertThat(Rules.requiredChoices("Responsibility was claimed by {actor}"))
                .containsExactly(java.util.List.of("responsibility was claimed by"));
        assertThat(Rules.requiredChoices("no (?:group|one)\\b[^.;)]{0,30}?claimed"))
                .containsExactly(java.util.List.of("claimed"), java.util.List.of("no group", "no one"));
        assertThat(Rules.requiredChoices("colou?r scheme of {actor}"))
                .containsExactly(java.util.List.of("r scheme of"), java.util.List.of("colo"));
        assertThat(Rules.requiredChoices("{actor} (?:said|says) (?:it|they) (?:had )?(?:carried out|was behind) the attack"))
                .containsExactly(java.util.List.of("carried out the attack", "was behind the attack"),
                        java.util.List.of("said it", "said they", "says it", "says they"));
        // Alternatives each holding text of their own make one choice, however deep their groups; a text holding
        // another of its choice adds nothing to it.
        assertThat(Rules.requiredChoices("{by} (?:accused|blamed) {actor}|{actor} was (?:accused|blamed)"))
                .containsExactly(java.util.List.of("accused", "blamed"));
        assertThat(Rules.requiredChoices("{by} said (?:that )?the (?:men|attackers) (?:were|was) {actor}"))
                .containsExactly(java.util.List.of("the men were", "the men was", "the attackers were", "the attackers was"),
                        java.util.List.of("said"));
        assertThat(Rules.requiredChoices("{by} (?:believed|(?:was |is )?(?:certain|sure)) (?:that )?{actor}"))
                .containsExactly(java.util.List.of("believed", "certain", "sure"));
        assertThat(Rules.requiredChoices("{by} (?:urged|asked(?! not\\b)) {to} to {demand}"))
                .containsExactly(java.util.List.of("urged", "asked"), java.util.List.of("to"));
        // Optional parts, lookarounds, classes, escapes and an alternative with no text require nothing.
        assertThat(Rules.requiredChoices("{by} (?:denied|denies)? (?<!\\bnot )(?:any (?:role|part)|\\w+) [^.]{0,9}(?:x|y)?\\u200c"))
                .isEmpty();
        // No sentence of the labelled sets that a rule matches lacks the rule's fixed words.
        int matched = 0;
        for (java.nio.file.Path set : java.util.List.of(DevSet.DEVSET, DevSet.HELDOUT)) {
            for (DevSet.Case c : DevSet.load(set)) {
                Rules rules = Rules.forLanguage(c.article().language()).orElseThrow();
                for (String sentence : c.article().text().split("(?<=[.!?])\\s+")) {
                    for (var list : java.util.List.of(rules.allegations, rules.claimMade, rules.denials, rules.calls,
                            rules.speakers)) {
                        for (Rules.Grammar g : list) {
                            if (g.matcher(sentence).find()) {
                                matched++;
                                assertThat(g.mayMatch(sentence.toLowerCase(java.util.Locale.ROOT))).as(sentence).isTrue();
                            }
                        }
                    }
                    for (Rules.ResponseRule r : rules.responses) {
                        if (r.pattern().matcher(sentence).find()) {
                            matched++;
                            assertThat(r.mayMatch(sentence.toLowerCase(java.util.Locale.ROOT))).as(sentence).isTrue();
                        }
                    }
                }
            }
        }
        assertThat(matched).isGreaterThan(50);
        assertThat(attribution.read("Islamic State Khorasan Province CLAIMED RESPONSIBILITY for the attack.", null)
                .claim().status()).isEqualTo(Incident.ClaimStatus.CLAIMED);
    }

    @Test
    void thoseWhoHoldSomeoneResponsibleAllegeIt() {
        assertThat(attribution.read("His relatives hold the Iranian intelligence services responsible for his death.", null)
                .allegations()).containsExactly(new Incident.Allegation("Iranian intelligence services", "His relatives"));
        assertThat(attribution.read("They hold Kadyrov's men responsible.", "the victim's widow").allegations())
                .containsExactly(new Incident.Allegation("Kadyrov's men", "the victim's widow"));
    }

    @Test
    void aQuotedActorWithAParticipleAfterItAndAnAttackDescribedAsSomeonesAreAllegations() {
        assertThat(attribution.read("His brothers alleged that \"Iranian agents\" operating in the city were behind the killing.", null)
                .allegations()).containsExactly(new Incident.Allegation("Iranian agents", "His brothers"));
        assertThat(attribution.read("He was beaten unconscious on Friday, in what his colleagues described as a deliberate attack "
                + "by supporters of the Taliban.", null).allegations())
                .containsExactly(new Incident.Allegation("Taliban supporters", "his colleagues"));
    }

    @Test
    void anActorIsItsHeadWithoutWhereItLivesAndKeepsItsAcronym() {
        assertThat(attribution.read("Her brothers accuse agents of the IRGC living in Erbil of following her for months.", null)
                .allegations()).containsExactly(new Incident.Allegation("IRGC agents", "Her brothers"));
        assertThat(attribution.read("His colleagues blame Kremlin loyalists among the Chechen diaspora, and say he was warned.", null)
                .allegations()).containsExactly(new Incident.Allegation("Kremlin loyalists", "His colleagues"));
        assertThat(attribution.read("Exiles believe the Federal Security Service (FSB) was behind the poisoning.", null)
                .allegations()).containsExactly(new Incident.Allegation("Federal Security Service (FSB)", "Exiles"));
        assertThat(attribution.read("The union accused the State Security Service (SGB) of ordering the abduction.", null)
                .allegations()).containsExactly(new Incident.Allegation("State Security Service (SGB)", "The union"));
    }

    @Test
    void blameForAFailureOrAnotherDeedIsNoAllegation() {
        assertThat(attribution.read("The party said it held the federal government responsible for failing to protect exiles.", null)
                .allegations()).isEmpty();
        assertThat(attribution.read("\u201cWe hold the police responsible for her safety,\u201d the lawyer said.", null)
                .allegations()).isEmpty();
        assertThat(attribution.read("His widow said she held the Taliban responsible for the murder.", null).allegations())
                .containsExactly(new Incident.Allegation("Taliban", "His widow"));
        assertThat(attribution.read("Friends said the teacher had organised food parcels for the families of prisoners.", null)
                .allegations()).isEmpty();
        assertThat(attribution.read("The family said Tehran had ordered the killing.", null).allegations())
                .containsExactly(new Incident.Allegation("Tehran", "The family"));
        assertThat(attribution.read("Officials put the blame on weak controls at the border.", null).allegations()).isEmpty();
    }

    @Test
    void anAgentNamedInAQuotedActOrAsAnAccompliceIsBlamed() {
        assertThat(attribution.read("“My husband was abducted outside the mosque by Chinese state security officers and flown "
                + "out,” his wife, Mahire, told a news conference.", "his wife").allegations())
                .containsExactly(new Incident.Allegation("Chinese state security officers", "his wife"));
        assertThat(attribution.read("“She was taken by two masked men,” her father said.", "her father").allegations()).isEmpty();
        assertThat(attribution.read("The lawyer accused the police of carrying out the raid “with the help of Uzbek intelligence”.", null)
                .allegations()).extracting(Incident.Allegation::actor).containsExactly("police", "Uzbek intelligence");
        assertThat(attribution.read("The union accused the Taliban of ordering the abduction with the help of local informers.", null)
                .allegations()).extracting(Incident.Allegation::actor).containsExactly("Taliban");
    }

    @Test
    void aQuotedCallToSilenceCriticsBlamesWhoMadeIt() {
        assertThat(attribution.read("“The Chechen leader has said that traitors abroad should be punished.", "an exile").allegations())
                .containsExactly(new Incident.Allegation("Chechen leader", "an exile"));
        assertThat(attribution.read("“Lukashenko has warned repeatedly that runaways like Pavel must be punished.", "a friend")
                .allegations()).containsExactly(new Incident.Allegation("Lukashenko", "a friend"));
        assertThat(attribution.read("Exiles accuse the security service of abducting dozens of critics abroad.", "a friend")
                .allegations()).isEmpty();
        assertThat(attribution.read("His sister also blamed the regime; police have made no arrests.", null).allegations())
                .containsExactly(new Incident.Allegation("regime", "His sister"));
    }

    @Test
    void anActCalledSomeonesWorkInAQuoteBlamesThem() {
        assertThat(attribution.read("“It was clearly the Kremlin's work,” the opposition leader said.", "the opposition leader")
                .allegations()).containsExactly(new Incident.Allegation("Kremlin", "the opposition leader"));
        assertThat(attribution.read("“This is the work of a lifetime,” the author said.", "the author").allegations()).isEmpty();
    }

    @Test
    void anAccusationAfterAClauseEndingInAQuotedNameIsTheSpeakers() {
        assertThat(attribution.read("The party said the man had joined the 2009 \"Green Movement\" protests, and accused the Revolutionary "
                + "Guards of ordering the killing.", "The party").allegations())
                .containsExactly(new Incident.Allegation("Revolutionary Guards", "The party"));
    }

    @Test
    void anAccusationMadeBeforeIsBackgroundButTryingToKillIsTheAct() {
        assertThat(attribution.read("Exiles have previously accused the Uzbek authorities of handing dissidents back to Kabul.", null)
                .allegations()).isEmpty();
        assertThat(attribution.read("Rights groups have long accused Minsk of targeting critics abroad.", null).allegations()).isEmpty();
        assertThat(attribution.read("In a post on Friday she accused the Belarusian KGB of trying to poison her.", "the blogger")
                .allegations()).extracting(Incident.Allegation::actor).containsExactly("Belarusian KGB");
    }

    @Test
    void aForceSayingItsOwnMenDidTheActClaimsIt() {
        assertThat(attribution.read("The coast guard, which reports to the interior ministry, said in a statement posted online "
                + "that its units had fired on a boat carrying smugglers.", null).claim())
                .isEqualTo(new Incident.Claim(Incident.ClaimStatus.CLAIMED, "coast guard"));
        assertThat(attribution.read("Police said that the attackers had fired on the car from a motorcycle.", null).claim()).isNull();
    }

    @Test
    void whomAPersonWasChargedWithHandingTheVictimToIsBlamed() {
        assertThat(attribution.read("She was seized in Erbil in June, according to Kurdish investigators, who charged three local men "
                + "with luring her out and handing her over to Iranian intelligence officers in Penjwen.", null).allegations())
                .containsExactly(new Incident.Allegation("Iranian intelligence officers", "Kurdish investigators"));
    }
}
