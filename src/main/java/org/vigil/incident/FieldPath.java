package org.vigil.incident;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A field of an incident record named as in its JSON form: {@code type}, {@code place.city},
 * {@code victims[0].name}, {@code killed.best}. Parsing checks the path against the record's shape, so
 * a typo is reported instead of silently setting nothing.
 */
final class FieldPath {

    /** Fields that say where a record came from or who it is: not for analysts to overwrite. */
    private static final Set<String> PROTECTED = Set.of("id", "sources", "evidence");

    private static final Pattern STEP = Pattern.compile("([a-z0-9_]+)(?:\\[(\\d+)])?");

    private record Step(String name, int index, Class<?> type) {
        boolean indexed() {
            return index >= 0;
        }
    }

    private final String text;
    private final List<Step> steps;

    private FieldPath(String text, List<Step> steps) {
        this.text = text;
        this.steps = steps;
    }

    /** Parses and checks a path; the exception message says what is wrong with it. */
    static FieldPath parse(String text) {
        List<Step> steps = new ArrayList<>();
        Class<?> type = Incident.class;
        String[] parts = text.split("\\.", -1);
        for (int k = 0; k < parts.length; k++) {
            Matcher m = STEP.matcher(parts[k]);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a field path (like place.city or victims[0].name)");
            }
            if (!type.isRecord()) {
                throw new IllegalArgumentException("'" + text + "': " + String.join(".", Arrays.asList(parts).subList(0, k))
                        + " has no fields");
            }
            String name = m.group(1);
            RecordComponent component = Arrays.stream(type.getRecordComponents())
                    .filter(c -> snakeCase(c.getName()).equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("'" + text + "': unknown field '" + name + "'"));
            if (k == 0 && PROTECTED.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' cannot be corrected; use merge or split");
            }
            boolean list = List.class.isAssignableFrom(component.getType());
            int index = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
            if (index >= 0 && !list) {
                throw new IllegalArgumentException("'" + text + "': " + name + " is not a list");
            }
            if (list && index < 0 && k < parts.length - 1) {
                throw new IllegalArgumentException("'" + text + "': " + name + " is a list; name an entry, like " + name + "[0]");
            }
            type = list && index >= 0 ? elementType(component) : component.getType();
            steps.add(new Step(name, index, type));
        }
        return new FieldPath(text, List.copyOf(steps));
    }

    /**
     * Sets the value at this path in the JSON tree of an incident. An index one past the end of a list
     * appends an entry. The exception message says why a value does not fit.
     */
    void set(ObjectNode incident, JsonNode given) {
        Class<?> leaf = steps.get(steps.size() - 1).type();
        if (leaf.isEnum() && !given.isNull()) {
            checkEnum(leaf, given);
        }
        JsonNode value = withEmptyLists(leaf, given);
        JsonNode node = incident;
        for (int k = 0; k < steps.size(); k++) {
            Step step = steps.get(k);
            boolean last = k == steps.size() - 1;
            ObjectNode object = (ObjectNode) node;
            if (!step.indexed()) {
                if (last) {
                    object.set(step.name(), value);
                    return;
                }
                JsonNode child = object.get(step.name());
                if (child == null || child.isNull()) {
                    child = object.putObject(step.name());
                }
                node = child;
                continue;
            }
            JsonNode child = object.get(step.name());
            ArrayNode array = child instanceof ArrayNode a ? a : object.putArray(step.name());
            if (step.index() > array.size()) {
                throw new IllegalArgumentException(text + ": " + step.name() + " has " + array.size()
                        + " entries; the next one is " + step.name() + "[" + array.size() + "]");
            }
            if (last) {
                if (step.index() == array.size()) {
                    array.add(value);
                } else {
                    array.set(step.index(), value);
                }
                return;
            }
            if (step.index() == array.size()) {
                array.add(JsonNodeFactory.instance.objectNode());
            }
            node = array.get(step.index());
        }
    }

    @Override
    public String toString() {
        return text;
    }

    /** Lists the analyst left out are empty, not missing: a victim given without aliases has none. */
    private static JsonNode withEmptyLists(Class<?> type, JsonNode value) {
        if (List.class.isAssignableFrom(type) && value.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (type.isRecord() && value instanceof ObjectNode object) {
            for (RecordComponent c : type.getRecordComponents()) {
                String name = snakeCase(c.getName());
                if (List.class.isAssignableFrom(c.getType()) && (object.get(name) == null || object.get(name).isNull())) {
                    object.putArray(name);
                }
            }
        }
        return value;
    }

    private void checkEnum(Class<?> type, JsonNode value) {
        String given = value.isString() ? value.asString() : value.toString();
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList();
        if (!allowed.contains(given.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(text + ": '" + given + "' is not one of " + String.join(", ", allowed));
        }
    }

    private static Class<?> elementType(RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static String snakeCase(String camel) {
        return camel.chars().mapToObj(c -> Character.isUpperCase(c) ? "_" + Character.toLowerCase((char) c) : String.valueOf((char) c))
                .collect(Collectors.joining());
    }
}
