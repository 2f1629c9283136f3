package org.vigil.incident;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes incident records for analysts' tools ({@code vigil export}), in chronological order, UTF-8:
 * <ul>
 *   <li>{@code json}: a JSON array of incident records exactly as {@link IncidentJson} writes them;</li>
 *   <li>{@code csv}: RFC 4180 (CRLF line ends, fields quoted where needed), a header row and one row per
 *       incident in the columns of {@link IncidentColumns#NAMES};</li>
 *   <li>{@code geojson}: an RFC 7946 FeatureCollection with one Point feature ({@code [lon, lat]}) per
 *       incident that has coordinates; properties are the CSV columns plus date_end, country,
 *       origin_country_code, in_scope, injured_best, confidence and clarity.</li>
 * </ul>
 * Only incidents whose date falls in the given {@link DateRange} are written.
 */
public final class IncidentExport {

    public enum Format {
        JSON, CSV, GEOJSON;

        /** The format named on the command line ({@code json}, {@code csv}, {@code geojson}). */
        public static Format parse(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown export format '" + name + "' (json, csv or geojson)");
        }
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader(IncidentColumns.NAMES.toArray(String[]::new)).get();

    private final Format format;
    private final DateRange range;

    public IncidentExport(Format format, DateRange range) {
        this.format = format;
        this.range = range;
    }

    /** The incidents this export writes: those in the date range, in chronological order. */
    public List<Incident> select(List<Incident> incidents) {
        return incidents.stream().filter(range::includes).sorted(IncidentMerger.CHRONOLOGICAL).toList();
    }

    /** Writes UTF-8 to the stream, flushing but not closing it. */
    public void write(List<Incident> incidents, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(incidents, writer);
        writer.flush();
    }

    /** Writes to the writer, flushing but not closing it. */
    public void write(List<Incident> incidents, Writer out) throws IOException {
        List<Incident> selected = select(incidents);
        switch (format) {
            case JSON -> out.write(IncidentJson.writeAll(selected));
            case CSV -> writeCsv(selected, out);
            case GEOJSON -> out.write(IncidentJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(featureCollection(selected)));
        }
        if (format != Format.CSV) {
            out.write("\n");
        }
        out.flush();
    }

    private static void writeCsv(List<Incident> incidents, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSV);
        for (Incident i : incidents) {
            printer.printRecord(IncidentColumns.of(i).values().stream().map(IncidentColumns::text).toList());
        }
        printer.flush();
    }

    private static JsonNode json(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value instanceof Integer n) {
            return f.numberNode(n);
        }
        if (value instanceof Double d) {
            return f.numberNode(d);
        }
        return value == null ? f.nullNode() : f.stringNode(value.toString());
    }

    private static ObjectNode featureCollection(List<Incident> incidents) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode collection = f.objectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Incident i : incidents) {
            if (i.place() == null || i.place().lat() == null || i.place().lon() == null) {
                continue;
            }
            ObjectNode feature = features.addObject().put("type", "Feature").put("id", i.id());
            feature.putObject("geometry").put("type", "Point")
                    .putArray("coordinates").add(i.place().lon()).add(i.place().lat());
            ObjectNode properties = feature.putObject("properties");
            for (Map.Entry<String, Object> column : IncidentColumns.of(i).entrySet()) {
                if (!column.getKey().equals("lat") && !column.getKey().equals("lon")) {
                    properties.set(column.getKey(), json(column.getValue()));
                }
            }
            properties.put("date_end", i.date() == null ? null : i.date().end());
            properties.put("country", i.place().country());
            properties.put("origin_country_code", i.originCountryCode());
            properties.put("in_scope", i.inScope());
            if (i.injured() == null) {
                properties.putNull("injured_best");
            } else {
                properties.put("injured_best", i.injured().best());
            }
            properties.put("confidence", i.confidence());
            properties.put("clarity", i.clarity() == null ? null : i.clarity().name().toLowerCase(Locale.ROOT));
        }
        return collection;
    }
}
