package org.vigil.incident;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.vigil.incident.Newsroom.*;

class CorrectionsTest {

    private static final String FILE = "jobs/corrections.yml";

    private static List<Incident> merged() {
        return new IncidentMerger().merge(Newsroom.all());
    }

    private static Incident only(List<Incident> incidents, String id) {
        return incidents.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no incident " + id + " in " + incidents.stream().map(Incident::id).toList()));
    }

    @Test
    void overridesFieldsByTheirJsonPathsAndRecordsWhoChangedThem() {
        Corrections corrections = Corrections.parse("""
                # family statement of 6 December
                - id: inc-5e0a9b3c7f2d1a88
                  set:
                    type: attempted_assassination
                    place.district: Shahr-e Rey
                    victims[0].name: Mohammad Nabi Karimi Nazari
                    victims[0].outcome: injured
                    injured.best: 2
                    victims[1]: {name: null, role: driver, outcome: injured}
                  note: Family statement of 11 December.
                """, FILE);

        Corrections.Result result = corrections.apply(merged());

        assertThat(result.problems()).isEmpty();
        Incident karimi = only(result.incidents(), etilaatKarimi().id());
        assertThat(karimi.type()).isEqualTo(Incident.Type.ATTEMPTED_ASSASSINATION);
        assertThat(karimi.place().district()).isEqualTo("Shahr-e Rey");
        assertThat(karimi.place().city()).isEqualTo("Tehran");
        assertThat(karimi.victims()).extracting(Incident.Victim::name).containsExactly("Mohammad Nabi Karimi Nazari", null);
        assertThat(karimi.victims().get(1).role()).isEqualTo("driver");
        assertThat(karimi.injured().best()).isEqualTo(2);
        assertThat(karimi.evidence()).filteredOn(e -> e.url().startsWith(FILE + ":"))
                .extracting(Incident.Evidence::field, Incident.Evidence::url)
                .containsExactly(tuple("type", FILE + ":4"), tuple("place.district", FILE + ":5"),
                        tuple("victims[0].name", FILE + ":6"), tuple("victims[0].outcome", FILE + ":7"),
                        tuple("injured.best", FILE + ":8"), tuple("victims[1]", FILE + ":9"));
        assertThat(karimi.evidence()).filteredOn(e -> e.field().equals("type") && e.start() < 0)
                .singleElement().satisfies(e -> assertThat(e.quote()).isEqualTo("analyst correction: Family statement of 11 December."));
    }

    @Test
    void mergesIncidentsTheAutomaticMergeKeptApart() {
        // the automatic merge keeps Rahimi's killing apart from Gholami's; suppose an analyst knows better
        Corrections corrections = Corrections.parse("""
                - merge: [inc-4b1f0c2e9a7d3e01, inc-1a7d4e9f0c3b6a52]
                  note: IranWire confused the names.
                - id: inc-1a7d4e9f0c3b6a52
                  set:
                    claim.status: not_mentioned
                """, FILE);

        Corrections.Result result = corrections.apply(merged());

        assertThat(result.problems()).isEmpty();
        assertThat(result.incidents()).extracting(Incident::id).doesNotContain(iranWireRahimi().id());
        Incident gholami = only(result.incidents(), afIntl().id());
        assertThat(gholami.sources()).extracting(Incident.Source::url).contains(IRAN_WIRE_URL, AFINTL_URL, AMU_URL);
        assertThat(gholami.victims()).extracting(Incident.Victim::name).contains("Ikramuddin Gholami", "Sayed Ahmad Rahimi");
        // the later set names the absorbed id and lands on the merged record
        assertThat(gholami.claim().status()).isEqualTo(Incident.ClaimStatus.NOT_MENTIONED);
        // the Mashhad record's link to the Tehran killing still points at the merged id
        assertThat(only(result.incidents(), hashtMashhad().id()).related())
                .extracting(Incident.Related::id).containsExactly(afIntl().id());
    }

    @Test
    void splitsSourcesOffIntoANewIncidentWithADeterministicId() {
        Corrections corrections = Corrections.parse("""
                - id: inc-2f6b8d0e4a1c9e37
                  split: [%s]
                  note: Hasht-e Subh describes a second attack.
                """.formatted(HASHT_URL), FILE);

        Corrections.Result first = corrections.apply(merged());
        Corrections.Result again = corrections.apply(merged());

        assertThat(first.problems()).isEmpty();
        String newId = Correction.Split.newId(hashtMashhad().id(), Set.of(HASHT_URL));
        assertThat(newId).matches("inc-[0-9a-f]{16}");
        assertThat(first.incidents()).isEqualTo(again.incidents());
        assertThat(only(first.incidents(), hashtMashhad().id()).sources()).extracting(Incident.Source::url).containsExactly(RFE_URL);
        Incident split = only(first.incidents(), newId);
        assertThat(split.sources()).extracting(Incident.Source::url).containsExactly(HASHT_URL);
        assertThat(split.evidence()).extracting(Incident.Evidence::url).containsOnly(HASHT_URL, FILE + ":1");
        assertThat(only(first.incidents(), hashtMashhad().id()).evidence()).extracting(Incident.Evidence::url).containsOnly(RFE_URL);
    }

    @Test
    void marksARecordAsNotAnIncidentAndDropsLinksToIt() {
        Corrections corrections = Corrections.parse("""
                - id: inc-4b1f0c2e9a7d3e01
                  not_incident: true
                - id: inc-4b1f0c2e9a7d3e01
                  set: {type: shooting}
                """, FILE);

        Corrections.Result result = corrections.apply(merged());

        assertThat(result.incidents()).extracting(Incident::id).doesNotContain(afIntl().id());
        assertThat(only(result.incidents(), hashtMashhad().id()).related()).isEmpty();
        assertThat(result.problems()).containsExactly(
                FILE + ": line 3: incident inc-4b1f0c2e9a7d3e01 was marked not an incident at line 1; correction not applied");
    }

    @Test
    void reportsCorrectionsWhoseIncidentNoLongerExists() {
        Corrections corrections = Corrections.parse("""
                - id: inc-ffffffffffffffff
                  set:
                    place.city: Herat
                - merge: [inc-4b1f0c2e9a7d3e01, inc-eeeeeeeeeeeeeeee]
                - id: inc-5e0a9b3c7f2d1a88
                  split: [https://example.org/not-a-source]
                - id: inc-5e0a9b3c7f2d1a88
                  set:
                    method: knife
                """, FILE);

        Corrections.Result result = corrections.apply(merged());

        assertThat(result.problems()).containsExactly(
                FILE + ": line 1: incident inc-ffffffffffffffff no longer exists; correction not applied",
                FILE + ": line 4: incident inc-eeeeeeeeeeeeeeee no longer exists; correction not applied",
                FILE + ": line 5: inc-5e0a9b3c7f2d1a88 has no source https://example.org/not-a-source; split not applied");
        assertThat(only(result.incidents(), etilaatKarimi().id()).method()).isEqualTo(Incident.Method.KNIFE);
        assertThat(result.incidents()).hasSize(merged().size());
    }

    @Test
    void idsThatWereMergedAwayStillFindTheirIncident() {
        // first night: Amu and KabulNow only; the record takes Amu's id
        List<Incident> firstNight = new IncidentMerger().merge(List.of(amu(), kabulNow()));
        assertThat(firstNight).extracting(Incident::id).containsExactly(amu().id());
        // an analyst corrects it by that id, and by the id of a reference record that merged into it
        Corrections corrections = Corrections.parse("""
                - id: inc-0d93a1c7e5b24f66
                  set: {origin_country_code: AF, place.district: Valiasr}
                - id: inc-71aa0e4c2b9d5f18
                  set: {in_scope: true}
                """, FILE);
        // next night Afghanistan International's earlier report arrives and the merged record takes its id
        IncidentMerger.Merged secondNight = new IncidentMerger().mergeAll(Newsroom.all());
        assertThat(secondNight.mergedIdOf()).containsEntry(amu().id(), afIntl().id())
                .containsEntry(rfeTehranReference().id(), afIntl().id());

        Corrections.Result result = corrections.apply(secondNight.incidents(), secondNight.mergedIdOf());

        assertThat(result.problems()).isEmpty();
        assertThat(only(result.incidents(), afIntl().id()).evidence())
                .filteredOn(e -> e.url().startsWith(FILE)).extracting(Incident.Evidence::field)
                .containsExactly("origin_country_code", "place.district", "in_scope");
        // without the map those ids are gone, and that is reported
        assertThat(corrections.apply(secondNight.incidents()).problems()).hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("no longer exists"));
    }

    @Test
    void badFilesFailWithOneLineNamingFileAndLine() {
        assertThatThrownBy(() -> Corrections.parse("""
                - id: inc-5e0a9b3c7f2d1a88
                  sett:
                    type: shooting
                """, FILE)).isInstanceOf(CorrectionsException.class)
                .hasMessage(FILE + ": line 2: unknown key 'sett' (expected id, set, merge, split, not_incident or note)");
        assertThatThrownBy(() -> Corrections.parse("""
                - id: inc-5e0a9b3c7f2d1a88
                  set:
                    place.citty: Herat
                """, FILE)).hasMessage(FILE + ": line 3: 'place.citty': unknown field 'citty'");
        assertThatThrownBy(() -> Corrections.parse("""
                - id: inc-5e0a9b3c7f2d1a88
                  set:
                    victims.name: X
                """, FILE)).hasMessage(FILE + ": line 3: 'victims.name': victims is a list; name an entry, like victims[0]");
        assertThatThrownBy(() -> Corrections.parse("""
                - id: inc-5e0a9b3c7f2d1a88
                  set: {sources: []}
                """, FILE)).hasMessage(FILE + ": line 2: 'sources' cannot be corrected; use merge or split");
        assertThatThrownBy(() -> Corrections.parse("""
                - id: inc-5e0a9b3c7f2d1a88
                  not_incident: true
                  split: [https://example.org/a]
                """, FILE)).hasMessage(FILE + ": line 1: one correction per entry, found split and not_incident");
        assertThatThrownBy(() -> Corrections.parse("""
                - merge: [inc-5e0a9b3c7f2d1a88]
                """, FILE)).hasMessage(FILE + ": line 1: merge needs at least two incident ids");
        assertThatThrownBy(() -> Corrections.parse("""
                - id: inc-5e0a9b3c7f2d1a88
                  set:
                    type: murder
                  set:
                    type: shooting
                """, FILE)).hasMessage(FILE + ": line 4: duplicate key 'set'");
        assertThatThrownBy(() -> Corrections.parse("""
                - id: inc-5e0a9b3c7f2d1a88
                  set: [type
                """, FILE)).isInstanceOf(CorrectionsException.class)
                .message().startsWith(FILE + ": line ").doesNotContain("\n");
        assertThatThrownBy(() -> Corrections.parse("- id: inc-5e0a9b3c7f2d1a88\n\tnot_incident: true\n", FILE))
                .hasMessageStartingWith(FILE + ": line 2: not valid YAML: ").hasMessageContaining("TAB");
        assertThatThrownBy(() -> Corrections.parse("id: inc-5e0a9b3c7f2d1a88\n", FILE))
                .hasMessage(FILE + ": line 1: expected a list of corrections, each starting with '- '");
    }

    @Test
    void valuesThatDoNotFitTheRecordAreReportedNotApplied() {
        Corrections corrections = Corrections.parse("""
                - id: inc-5e0a9b3c7f2d1a88
                  set:
                    type: murder
                    victims[5].name: Someone
                    place.city: Karaj
                - id: inc-5e0a9b3c7f2d1a88
                  set:
                    killed.best: several
                """, FILE);

        Corrections.Result result = corrections.apply(merged());

        assertThat(result.problems()).hasSize(3);
        assertThat(result.problems().get(0)).isEqualTo(FILE + ": line 3: type: 'murder' is not one of assassination, "
                + "attempted_assassination, shooting, bombing, stabbing, assault, abduction, detention, deportation, other; not applied");
        assertThat(result.problems().get(1)).isEqualTo(FILE + ": line 4: victims[5].name: victims has 1 entries; the next one is victims[1]; not applied");
        assertThat(result.problems().get(2)).startsWith(FILE + ": line 6: correction of inc-5e0a9b3c7f2d1a88 does not fit the incident record (")
                .doesNotContain("\n");
        Incident karimi = only(result.incidents(), etilaatKarimi().id());
        assertThat(karimi.place().city()).isEqualTo("Karaj");
        assertThat(karimi.type()).isEqualTo(Incident.Type.SHOOTING);
        assertThat(karimi.killed().best()).isZero();
    }

    @Test
    void loadsAFileAndTreatsAMissingOrEmptyFileAsNoCorrections(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corrections.yml");
        assertThat(Corrections.load(file).size()).isZero();
        Files.writeString(file, "# nothing yet\n");
        assertThat(Corrections.load(file).size()).isZero();
        Files.writeString(file, """
                - id: inc-5e0a9b3c7f2d1a88
                  not_incident: true
                  note: "A threat, not an attack: ‘we will find you’"
                """);
        Corrections corrections = Corrections.load(file);
        assertThat(corrections.size()).isEqualTo(1);
        Path latin1 = dir.resolve("latin1.yml");
        Files.write(latin1, "- id: inc-1\n  note: caf\u00e9\n  not_incident: true\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Corrections.load(latin1)).hasMessage(latin1 + ": not UTF-8 text");
        assertThat(corrections.apply(merged()).incidents()).extracting(Incident::id).doesNotContain(etilaatKarimi().id());
    }
}
