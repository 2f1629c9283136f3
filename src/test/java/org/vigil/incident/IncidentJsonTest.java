package org.vigil.incident;

import org.junit.jupiter.api.Test;
import org.vigil.archive.ArchiveRef;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentJsonTest {

    static Incident sample() {
        return new Incident("inc-1", Incident.Type.ASSASSINATION, Incident.Method.FIREARM, true,
                new Incident.When("2025-12-03", "2025-12-03", Incident.DatePrecision.DAY, "on Wednesday evening"),
                new Incident.Place("Iran", "IR", "Tehran", "Tehran", "Valiasr", 35.69, 51.42,
                        Incident.PlacePrecision.CITY, "in Tehran's Valiasr district"),
                "AF",
                List.of(new Incident.Victim("Ahmad Karimi", List.of(), "former general", "Afghan army", "Afghan",
                        Incident.TargetCategory.FORMER_OFFICIAL, Incident.Outcome.KILLED)),
                new Incident.Count(1, 1, 1), Incident.Count.ZERO,
                List.of(new Incident.Allegation("Taliban intelligence", "a relative")),
                new Incident.Claim(Incident.ClaimStatus.NO_CLAIM_REPORTED, null),
                List.of(), List.of(new Incident.Response("Iranian police", Incident.ResponseAction.INVESTIGATION, "ongoing")),
                List.of(), List.of(),
                List.of(new Incident.Source("http://x/a", "T", "Outlet", "2025-12-04", Incident.SourceRole.MAIN,
                        new ArchiveRef("VIGIL-1.warc.gz", 42, "<urn:uuid:1>", "sha1:ABC"))),
                List.of(new Incident.Evidence("type", "He was shot dead.", "http://x/a", 0, 17)),
                0.9, Incident.Clarity.HIGH);
    }

    @Test
    void writesTheFieldNamesAndValuesOfTheIncidentRecord() {
        String json = IncidentJson.write(sample());
        assertThat(json)
                .contains("\"in_scope\":true", "\"type\":\"assassination\"", "\"country_code\":\"IR\"",
                        "\"origin_country_code\":\"AF\"", "\"target_category\":\"former_official\"",
                        "\"alleged_by\":\"a relative\"", "\"status\":\"no_claim_reported\"",
                        "\"record_id\":\"<urn:uuid:1>\"", "\"payload_digest\":\"sha1:ABC\"",
                        "\"precision\":\"day\"", "\"clarity\":\"high\"", "\"by\":null");
    }

    @Test
    void readsBackWhatItWrote() {
        Incident incident = sample();
        assertThat(IncidentJson.read(IncidentJson.write(incident))).isEqualTo(incident);
    }
}
