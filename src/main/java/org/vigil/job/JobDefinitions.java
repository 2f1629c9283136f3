package org.vigil.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import org.vigil.crawl.SourceConfig;
import org.vigil.incident.Corrections;
import org.vigil.incident.CorrectionsException;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads and validates job files, turning every problem into one line that names file and line. */
public final class JobDefinitions {

    private static final PropertyNamingStrategies.NamingBase KEBAB =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.KEBAB_CASE;
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(KEBAB)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private JobDefinitions() {
    }

    /**
     * @throws InvalidJobException with a message {@code <file>: line N: <problem>}
     */
    public static JobDefinition load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidJobException(file + ": no such job file");
        } catch (IOException e) {
            throw new InvalidJobException(file + ": cannot read: " + e.getMessage());
        }
        JobDefinition job;
        try (JsonParser keys = YAML.createParser(text)) {
            if (keys.nextToken() == JsonToken.START_OBJECT) {
                checkKeys(file, keys, JobDefinition.class);
            }
            job = YAML.readValue(text, JobDefinition.class);
        } catch (JacksonException e) {
            throw new InvalidJobException(file + ": " + where(e) + problem(e));
        }
        if (job == null) {
            throw new InvalidJobException(file + ": the file is empty");
        }
        job = job.withFile(file);
        Path served = job.serveDirectory();
        if (served != null && !Files.isDirectory(served)) {
            throw new InvalidJobException(file + ": line " + lineOf(text, "serve:") + ": serve: no such folder "
                    + served);
        }
        if (served == null && text.contains(SourceConfig.SERVE_PLACEHOLDER)) {
            throw new InvalidJobException(file + ": line " + lineOf(text, SourceConfig.SERVE_PLACEHOLDER)
                    + ": URLs use " + SourceConfig.SERVE_PLACEHOLDER + " but the job has no 'serve:' folder");
        }
        try {
            Corrections.load(job.correctionsFile());
        } catch (CorrectionsException e) {
            throw new InvalidJobException(e.getMessage());
        }
        return job;
    }

    /**
     * Rejects keys that are not components of the record being read. Jackson reports unknown keys
     * only after a record's constructor has run, so a misspelt required key would otherwise surface
     * as a misleading "missing" complaint.
     */
    private static void checkKeys(Path file, JsonParser p, Class<?> type) {
        Map<String, Type> known = new TreeMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            JsonProperty property = component.getAnnotation(JsonProperty.class);
            if (property == null || property.access() != JsonProperty.Access.READ_ONLY) {
                known.put(KEBAB.nameForField(null, null, component.getName()), component.getGenericType());
            }
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            if (!known.containsKey(key)) {
                throw new InvalidJobException(file + ": line " + p.currentTokenLocation().getLineNr()
                        + ": unknown key '" + key + "' (known: " + String.join(", ", known.keySet()) + ")");
            }
            Class<?> nested = recordType(known.get(key));
            JsonToken value = p.nextToken();
            if (nested != null && value == JsonToken.START_OBJECT) {
                checkKeys(file, p, nested);
            } else if (nested != null && value == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() == JsonToken.START_OBJECT) {
                        checkKeys(file, p, nested);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /** The record type of a component, or of its list elements; null for anything else. */
    private static Class<?> recordType(Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            type = list.getActualTypeArguments()[0];
        }
        return type instanceof Class<?> c && c.isRecord() ? c : null;
    }

    private static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? "" : "line " + location.getLineNr() + ": ";
    }

    private static String problem(JacksonException e) {
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException bad) {
            return bad.getMessage();
        }
        if (e instanceof InvalidFormatException format) {
            return "bad value '" + format.getValue() + "' for '" + path(format) + "'"
                    + (format.getTargetType().isEnum() ? " (expected one of "
                    + String.join(", ", java.util.Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT)).toList()) + ")" : "");
        }
        String message = e.getOriginalMessage();
        if (e instanceof MismatchedInputException && message.startsWith("Missing required creator property")) {
            int start = message.indexOf('\'');
            return "missing required key " + message.substring(start, message.indexOf('\'', start + 1) + 1);
        }
        return message.lines().findFirst().orElse(message);
    }

    private static String path(MismatchedInputException e) {
        return String.join(".", e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .toList());
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at < 0 ? 1 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** A job file that cannot be used; the message is the one line to show the user. */
    public static class InvalidJobException extends RuntimeException {
        public InvalidJobException(String message) {
            super(message);
        }
    }
}
