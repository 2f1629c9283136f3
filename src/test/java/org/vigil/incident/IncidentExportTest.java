package org.vigil.incident;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.vigil.incident.IncidentExport.Format;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.incident.Newsroom.*;

class IncidentExportTest {

    /** The merged news cycle, plus an undated record with awkward text and one without coordinates. */
    private static List<Incident> incidents() {
        List<Incident> all = new ArrayList<>(new IncidentMerger().merge(Newsroom.all()));
        String text = """
                "We were told he would be sent back," said a relative of Habibullah Noorzai, who was detained \
                in Istanbul, Turkey, according to the Afghan Journalists Center.

                The centre called on Turkish authorities to halt his deportation.""";
        Incident detained = Reported.main("inc-c0ffee0000000001", "https://example.org/istanbul?id=1,2", "Example News",
                        null, text)
                .type(Incident.Type.DETENTION, Incident.Method.NONE, "was detained")
                .undated("recently")
                .place("Turkey", "TR", "Istanbul", "Istanbul", null, null, null, "in Istanbul, Turkey")
                .victim("Habibullah Noorzai", "journalist, \"Tolo\" reporter", Incident.Outcome.DETAINED)
                .build();
        all.add(new Incident(detained.id(), detained.type(), detained.method(), false, detained.date(), detained.place(), "AF",
                List.of(new Incident.Victim("Habibullah Noorzai", List.of("حبیب‌الله نورزی"), "journalist, \"Tolo\" reporter",
                        null, "Afghan", Incident.TargetCategory.JOURNALIST, Incident.Outcome.DETAINED)),
                Incident.Count.ZERO, Incident.Count.ZERO, List.of(), new Incident.Claim(Incident.ClaimStatus.NOT_MENTIONED, null),
                List.of(new Incident.Denial("Turkish interior ministry", "He is held for\nvisa violations")),
                List.of(), List.of(new Incident.Call("Afghan Journalists Center", "Turkish authorities", "halt his deportation")),
                List.of(), detained.sources(), detained.evidence(), 0.7, Incident.Clarity.LOW));
        return all;
    }

    private static String export(Format format, DateRange range, List<Incident> incidents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IncidentExport(format, range).write(incidents, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonIsTheIncidentRecordArrayInChronologicalOrder() throws IOException {
        List<Incident> incidents = incidents();
        String json = export(Format.JSON, DateRange.ALL, incidents);

        Incident[] read = IncidentJson.mapper().readValue(json, Incident[].class);
        assertThat(read).containsExactlyElementsOf(new IncidentExport(Format.JSON, DateRange.ALL).select(incidents));
        assertThat(read).extracting(Incident::id).containsExactly(iranWireRahimi().id(), afIntl().id(),
                etilaatKarimi().id(), hashtMashhad().id(), "inc-c0ffee0000000001");
        assertThat(json).contains("\"country_code\" : \"IR\"", "حبیب‌الله نورزی");
    }

    @Test
    void csvIsRfc4180WithTheAcledLikeColumnsAndReadsBack() throws IOException {
        String csv = export(Format.CSV, DateRange.ALL, incidents());

        assertThat(csv).startsWith("id,date_start,date_precision,type,method,country_code,admin1,city,district,lat,lon,"
                + "geo_precision,victims,killed_best,alleged_perpetrators,claim_status,sources,notes\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\r");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(IncidentColumns.NAMES);
            rows = parser.getRecords();
        }
        assertThat(rows).hasSize(5);
        CSVRecord gholami = rows.get(1);
        assertThat(gholami.get("id")).isEqualTo(afIntl().id());
        assertThat(gholami.get("date_start")).isEqualTo("2025-12-03");
        assertThat(gholami.get("date_precision")).isEqualTo("day");
        assertThat(gholami.get("type")).isEqualTo("assassination");
        assertThat(gholami.get("method")).isEqualTo("firearm");
        assertThat(gholami.get("country_code")).isEqualTo("IR");
        assertThat(gholami.get("city")).isEqualTo("Tehran");
        assertThat(gholami.get("district")).isEqualTo("Valiasr");
        assertThat(gholami.get("lat")).isEqualTo("35.6892");
        assertThat(gholami.get("lon")).isEqualTo("51.389");
        assertThat(gholami.get("geo_precision")).isEqualTo("district");
        assertThat(gholami.get("victims")).isEqualTo("Ikramuddin Gholami (killed); unnamed (injured)");
        assertThat(gholami.get("killed_best")).isEqualTo("1");
        assertThat(gholami.get("alleged_perpetrators")).isEqualTo("Taliban intelligence agencies (alleged by his brother)");
        assertThat(gholami.get("claim_status")).isEqualTo("no_claim_reported");
        assertThat(gholami.get("sources")).isEqualTo(String.join("; ", AFINTL_URL, AMU_URL, KABULNOW_URL, RFE_URL));
        assertThat(gholami.get("notes")).contains("also spelled Ekramuddin Ghulami, Ikramuddin Gholamy",
                "Injured: 1", "Iranian police: investigation (examining the circumstances)", "Reports disagree on ");

        CSVRecord istanbul = rows.get(4);
        assertThat(istanbul.get("date_start")).isEmpty();
        assertThat(istanbul.get("lat")).isEmpty();
        assertThat(istanbul.get("sources")).isEqualTo("https://example.org/istanbul?id=1,2");
        assertThat(istanbul.get("notes")).contains("Habibullah Noorzai: journalist, \"Tolo\" reporter, also spelled حبیب‌الله نورزی",
                "Denied by Turkish interior ministry: He is held for\nvisa violations",
                "Call by Afghan Journalists Center on Turkish authorities: halt his deportation");
    }

    @Test
    void geojsonHasAPointFeatureForEveryIncidentWithCoordinates() throws IOException {
        JsonNode geojson = IncidentJson.mapper().readTree(export(Format.GEOJSON, DateRange.ALL, incidents()));

        assertThat(geojson.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode features = geojson.get("features");
        assertThat(features.size()).isEqualTo(4);
        JsonNode gholami = features.get(1);
        assertThat(gholami.get("type").asString()).isEqualTo("Feature");
        assertThat(gholami.get("id").asString()).isEqualTo(afIntl().id());
        assertThat(gholami.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(gholami.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(51.3890);
        assertThat(gholami.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(35.6892);
        JsonNode properties = gholami.get("properties");
        assertThat(properties.get("type").asString()).isEqualTo("assassination");
        assertThat(properties.get("killed_best").isInt()).isTrue();
        assertThat(properties.get("victims").asString()).isEqualTo("Ikramuddin Gholami (killed); unnamed (injured)");
        assertThat(properties.get("in_scope").asBoolean()).isTrue();
        assertThat(properties.has("lat")).isFalse();
        assertThat(features.get(3).get("properties").get("city").asString()).isEqualTo("Mashhad");
    }

    @Test
    void theDateFilterComparesPartialDatesByTheirRange() {
        List<Incident> incidents = new ArrayList<>(incidents());
        incidents.add(rfeTehranReference());   // dated 2025-12 (month precision)

        assertThat(new IncidentExport(Format.JSON, DateRange.parse("2025-12-05", "2025-12-31")).select(incidents))
                .extracting(Incident::id).containsExactly(rfeTehranReference().id(), etilaatKarimi().id());
        assertThat(new IncidentExport(Format.JSON, DateRange.parse("2026", null)).select(incidents))
                .extracting(Incident::id).containsExactly(hashtMashhad().id());
        assertThat(new IncidentExport(Format.JSON, DateRange.parse(null, "2025-11-30")).select(incidents)).isEmpty();
        assertThat(new IncidentExport(Format.JSON, DateRange.parse("2025-12", "2025-12")).select(incidents)).hasSize(4);
        // undated records are only in an unbounded export
        assertThat(new IncidentExport(Format.JSON, DateRange.ALL).select(incidents)).hasSize(6);
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertThat(Format.parse("GeoJSON")).isEqualTo(Format.GEOJSON);
        assertThatThrownBy(() -> Format.parse("xlsx")).hasMessage("unknown export format 'xlsx' (json, csv or geojson)");
        assertThatThrownBy(() -> DateRange.parse("2025-13", null))
                .hasMessage("--from '2025-13' is not a date (yyyy, yyyy-mm or yyyy-mm-dd)");
        assertThatThrownBy(() -> DateRange.parse("2025-12-05", "2025-12-01"))
                .hasMessage("date range ends (2025-12-01) before it starts (2025-12-05)");
    }
}
