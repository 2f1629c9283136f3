package org.vigil.incident;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The JSON form of {@link Incident}s as specified by {@code incident-record.md}: snake_case field
 * names, lower-case enum values, nulls written out (a field that is unknown says so).
 */
public final class IncidentJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private IncidentJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(Incident incident) {
        return MAPPER.writeValueAsString(incident);
    }

    public static Incident read(String json) {
        return MAPPER.readValue(json, Incident.class);
    }

    public static String writeAll(List<Incident> incidents) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(incidents);
    }
}
