package org.vigil.incident;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where things happened in a clause: a place is only taken where the grammar says so
 * ("in Tehran's Valiasr district", "in the Hayatabad area of the city", "in the Iranian city of
 * Mashhad", "near Quetta"), never from "of"/"from" phrases that say where someone comes from.
 * Names are resolved against the {@link Gazetteer}.
 */
final class PlaceFinder {

    /** A place named in a text; offsets are relative to that text. */
    record Mention(int start, int end, Gazetteer.City city, String district, String admin1,
                   Gazetteer.Country country, String phrase) {
    }

    private static final Pattern TOKEN = Pattern.compile("[^\\s،,.;:!?«»\"“”()]+");

    private final Rules rules;
    private final Gazetteer gazetteer;
    private final List<Gazetteer.City> preferred = new ArrayList<>();

    // The grammar of places, built from the word classes of rules-<lang>.tsv (see Rules#pattern).
    private final Pattern compass;
    private final Pattern cityAfter;
    private final Pattern cityOfBefore;
    /** "of Quetta", "of the city", and "of the Pakistani capital" (group 1: the country's demonym). */
    private final Pattern ofCityPhrase;
    private final Pattern partOf;
    private final Pattern numberedPartOf;
    private final Pattern numberedPart;
    private final Pattern capitalAfter;
    private final Pattern capitalPossessive;
    private final Pattern countrysCapital;
    private final Pattern settlementEnd;
    private final Pattern regionAfterName;
    private final Pattern adminWord;
    private final Pattern adminOf;
    private final Pattern adminNoun;
    private final Pattern distanceFrom;
    private final Pattern removedFrom;
    /** "the Torkham border crossing", "the Islam Qala crossing point": a place named by the crossing it is. */
    private final Pattern crossingAfter;
    /** "... on the Afghan side": which state's side of the border. */
    private final Pattern sideOfBorder;
    /** ", a town about 25 kilometres north of Quetta", ", a village near Herat": a settlement placed by a city. */
    private final Pattern settlementApposition;
    private final Pattern articleEnd;
    private final Pattern inTheCitys;
    private final Pattern theBefore;
    /** ", a conservative district of Istanbul": an apposition that says which city the place lies in. */
    private final Pattern districtApposition;
    /** ", the Istanbul district where ...", ", a Karachi neighbourhood": the city named before the district noun. */
    private final Pattern cityDistrictApposition;

    PlaceFinder(Rules rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
        // "in south-west London", "in north-east Tehran": a compass point written as two.
        String compassCompound = "{compass_pole}-?{compass_side}(?:{compass_suffix})?";
        compass = rules.pattern("(?:(?:{compass_direction}|{compass_intercardinal}|" + compassCompound + ")\\s+)?$");
        cityAfter = rules.pattern("^,\\s+(?:(?:{compass_direction}|" + compassCompound + ")\\s+)?(\\p{Lu}[\\p{L}\\-]+)(?=\\s*[,.;]|$)");
        cityOfBefore = rules.pattern("\\s+{genitive}\\s*$");
        ofCityPhrase = rules.pattern("^\\s+{genitive}\\s+(?:{definite}\\s+{city_or_town}|{definite}\\s+(\\p{Lu}\\p{L}+)\\s+{capital}\\b"
                + "|(\\p{Lu}[\\p{L}\\-]*(?: \\p{Lu}[\\p{L}\\-]*)?))");
        // "in Phase 6 of Hayatabad": the preposition before the numbered part governs the township after "of".
        numberedPart = rules.pattern("{numbered_part}");
        numberedPartOf = rules.pattern("(?i)\\b{numbered_part}\\s+[\\p{N}\\p{Lu}][\\p{N}\\p{L}\\-]{0,4}\\s+{genitive}\\s+$");
        partOf = rules.pattern("(?i)\\b{definite}\\s+(?:(?:{compass_direction}|{compass_intercardinal})\\s+)?"
                // "the eastern Turkish province of Van", "the German state of Bavaria": an adjective may come first.
                + "(?:\\p{Lu}\\p{Ll}+\\s+)?([\\p{L}\\-]+(?:\\s+\\p{L}+)?)\\s+{genitive}\\s+$");
        capitalAfter = rules.pattern("\\s+{capital}\\b(?!\\s+(?:{city}\\s+)?(?:{genitive}\\s+)?\\p{Lu})(?!['’]s)");
        countrysCapital = rules.pattern("['’]s\\s+{capital}\\b(?!['’]s)(?:\\s*,?\\s+(\\p{Lu}[\\p{L}\\-]+)(?=[\\s,.;]))?");
        capitalPossessive = rules.pattern("(\\p{Lu}\\p{L}+)\\s+{capital}['’]s $");
        settlementEnd = rules.pattern("(?i)\\b{settlement_end}$");
        regionAfterName = rules.pattern("^,\\s+(\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+)?)(?:\\s+{region_noun})?(?=\\s*[,.;]|$)");
        adminWord = rules.pattern("(?i){region_noun}");
        adminOf = rules.pattern("(?i)\\b{region_noun}\\s+{genitive}\\s+$");
        adminNoun = rules.pattern("(?i)^\\s+{region_noun}\\b");
        distanceFrom = rules.pattern("(?i)\\b{distance_unit}\\b[^.;]{0,30}?\\b(?:{compass_pole}|{compass_side}|{compass_pole}-?{compass_side})"
                + "\\s+{genitive}\\s+(?:{definite}\\s+(?:\\p{L}+\\s+){0,2}{genitive}\\s+)?$");
        // "deported a former police officer, Nasrullah Ahmadzai, from Dushanbe": an apposition may stand between;
        // "deported through the Torkham border crossing": the way out is where the removal happened too.
        removedFrom = rules.pattern("(?i)\\b{removal_verb}\\s+[^,.;]{0,60}?(?:,[^,.;]{1,50},\\s+)?\\b{way_out_prep}\\s+$");
        crossingAfter = rules.pattern("(?i)^\\s+(?:{border}\\s+{crossing}(?:\\s+{crossing_point})?|{crossing}\\s+{crossing_point}|{crossing}"
                + "|{border}\\s+{border_point})\\b");
        sideOfBorder = rules.pattern("^\\s+{side_prep}\\s+{definite}\\s+(\\p{Lu}\\p{L}+)\\s+{side}\\b");
        settlementApposition = rules.pattern("^,\\s+(?:{indefinite}|{definite})\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}{settlement}\\b[^,.;]{0,60}?"
                + "\\b{settlement_prep}\\s+(?:{definite}\\s+(?:{city_or_town}|{capital})\\s+(?:{genitive}\\s+)?)?(\\p{Lu}[\\p{L}\\-]+)");
        articleEnd = rules.pattern("(?<=\\s|^)(?:{definite}|{indefinite})\\s$");
        inTheCitys = rules.pattern("(?i)\\b{city_prep}\\s+{definite}\\s+(?:{city_or_town}|{capital})['’]s\\s$");
        theBefore = rules.pattern("(?:^|\\s){definite}\\s+(?:\\p{Ll}+\\s+)?$");
        districtApposition = rules.pattern("(?iu)^,\\s+(?:{indefinite}|{definite})\\s+(?:[\\p{L}\\-]+\\s+){0,3}?(?:" + rules.districtNoun.pattern()
                + ")\\s+{district_prep}\\s+(?:{compass_direction}\\s+)?(\\p{Lu}[\\p{L}\\-]+)");
        cityDistrictApposition = rules.pattern("^,\\s+(?:{indefinite}|{definite})\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}(\\p{Lu}[\\p{L}\\-]+)\\s+(?iu:"
                + rules.districtNoun.pattern() + ")\\b");
    }

    /** Cities a name means whenever the gazetteer lists them under it, such as the dateline's town. */
    void prefer(Gazetteer.City city) {
        preferred.add(city);
    }

    /** The city a name most plausibly means: a preferred one, else the gazetteer's choice for the countries. */
    private Optional<Gazetteer.City> city(String name, Collection<String> countries) {
        if (!preferred.isEmpty()) {
            List<Gazetteer.City> listed = gazetteer.cities(name);
            for (Gazetteer.City city : preferred) {
                if (listed.contains(city)) {
                    return Optional.of(city);
                }
            }
        }
        return gazetteer.city(name, countries);
    }

    /** True when the words name a principal city, a country or a demonym: never a person. */
    boolean isWellKnownPlace(String words) {
        return gazetteer.countryByName(words).isPresent() || gazetteer.countryByDemonym(words).isPresent()
                || gazetteer.cities(words).stream().anyMatch(Gazetteer.City::principal);
    }

    /**
     * @param countries country codes the article names, most relevant first, for ambiguous names
     * @param city      the city already known for this incident, for districts named alone
     */
    List<Mention> find(String text, List<String> countries, Gazetteer.City city) {
        List<Mention> mentions = rules.capitalisedNames ? capitalised(text, countries, city) : afterPreposition(text, countries, city);
        // "rushed to a hospital in Peshawar", "a spokesman in Kabul": where the wounded were treated or officials spoke.
        mentions.removeIf(m -> rules.notScene.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find());
        locateUnlisted(mentions);
        // "30 kilometres east of the city of Alexandroupolis": a landmark to measure from, not the scene, unless it is
        // the only place the text gives ("shot dead 20 kilometres north of Van").
        List<Mention> measuredFrom = mentions.stream()
                .filter(m -> distanceFrom.matcher(text.substring(Math.max(0, m.start() - 80), m.start())).find()).toList();
        if (measuredFrom.size() < mentions.size()) {
            mentions.removeAll(measuredFrom);
        }
        return mentions;
    }

    /**
     * "near the village of Kapıköy, 15 kilometres east of the town of Özalp", "... in eastern Turkey": an unlisted
     * village lies in the region and country of the listed town or the country named with it, rather than in the
     * country the story is about.
     */
    private static void locateUnlisted(List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.city() == null || m.city().located()) {
                continue;
            }
            Optional<Gazetteer.City> town = mentions.stream().map(Mention::city).filter(c -> c != null && c.located()).findFirst();
            Optional<Mention> region = mentions.stream().filter(o -> o.city() == null && o.country() != null).findFirst();
            String code = town.map(Gazetteer.City::countryCode).orElse(region.map(r -> r.country().code()).orElse(null));
            if (code != null) {
                String admin1 = town.isPresent() ? town.get().admin1() : region.get().admin1();
                mentions.set(i, new Mention(m.start(), m.end(), Gazetteer.City.unlisted(m.city().name(), code, admin1),
                        m.district(), m.admin1(), m.country(), m.phrase()));
            }
        }
    }

    /**
     * A capitalised name the gazetteer lists as no place, month or weekday, country or region: what "the village of"
     * may name. A name it lists in several countries is ambiguous, not unlisted.
     */
    private boolean isUnlistedSettlement(String name) {
        return name.split(" ").length <= 3 && gazetteer.cities(name).isEmpty() && !rules.notName.contains(name.toLowerCase(Locale.ROOT))
                && gazetteer.countryByName(name).isEmpty() && gazetteer.countryByDemonym(name).isEmpty() && gazetteer.admin1(name).isEmpty();
    }

    private static final Pattern DISTRICT_MODIFIER = Pattern.compile("\\s\\p{Ll}{4,}\\s");
    private static final Pattern POSSESSIVE_END = Pattern.compile("(\\p{L}+)['’]s $");

    private List<Mention> capitalised(String text, List<String> countries, Gazetteer.City known) {
        List<Mention> mentions = new ArrayList<>();
        List<Tokens.Run> runs = new ArrayList<>();
        for (Tokens.Run run : Tokens.capitalisedRuns(text)) {
            // "In Karachi, ..." at a sentence start: the capitalised preposition is not part of the name.
            int space = run.text().indexOf(' ');
            if (space > 0 && rules.placePrep.matcher(run.text().substring(0, space)).matches()) {
                run = new Tokens.Run(run.start() + space + 1, run.end(), run.text().substring(space + 1), run.possessive());
            }
            runs.add(run);
        }
        for (int i = 0; i < runs.size(); i++) {
            Tokens.Run run = runs.get(i);
            String before = text.substring(Math.max(0, run.start() - 120), run.start());
            String after = text.substring(run.end());
            int phraseStart = phraseStart(text, run.start());
            // X's Y: district Y of city X, or city Y of country X.
            if (run.possessive() && i + 1 < runs.size() && runs.get(i + 1).start() == run.end() + 3) {
                Tokens.Run next = runs.get(i + 1);
                Optional<Gazetteer.Country> country = gazetteer.countryByName(run.text());
                // "in Iran's Kerman province": the country's region, not its town of the same name.
                int adminNoun = country.isPresent() ? adminNounLength(text.substring(next.end())) : 0;
                Optional<Gazetteer.Admin1> region = adminNoun == 0 ? Optional.empty() : gazetteer.admin1(next.text()).stream()
                        .filter(r -> r.countryCode().equals(country.get().code())).findFirst();
                if (region.isPresent()) {
                    int end = next.end() + adminNoun;
                    mentions.add(new Mention(phraseStart, end, null, null, region.get().name(), country.get(), text.substring(phraseStart, end)));
                    i++;
                    continue;
                }
                if (country.isPresent()) {
                    Optional<Gazetteer.City> city = city(next.text(), List.of(country.get().code()));
                    if (city.isPresent() && city.get().countryCode().equals(country.get().code())) {
                        mentions.add(cityMention(phraseStart, next.end(), text, city.get(), null));
                        i++;
                        continue;
                    }
                }
                Optional<Gazetteer.City> city = city(run.text(), countries);
                if (city.isPresent() && (isPlaceContext(before) || gazetteer.district(city.get(), next.text()).isPresent()
                        || startsWithDistrictNoun(text.substring(next.end())))) {
                    int end = next.end() + districtNounLength(text.substring(next.end()));
                    mentions.add(cityMention(phraseStart, end, text, city.get(), district(city.get(), next.text())));
                    i++;
                    continue;
                }
            }
            // "in Mozambique's capital, Maputo", "in Kenya's capital": the country's capital, with its name in apposition or not.
            Matcher ownCapital = countrysCapital.matcher(after);
            if (run.possessive() && ownCapital.lookingAt() && isPlaceContext(before)) {
                Optional<Gazetteer.Country> country = gazetteer.countryByName(run.text());
                // The name in apposition is a city of that country, whether or not the gazetteer knows its capital.
                Optional<Gazetteer.City> city = country.flatMap(c -> ownCapital.group(1) == null ? gazetteer.capital(c.code())
                        : city(ownCapital.group(1), List.of(c.code())).filter(named -> named.countryCode().equals(c.code())));
                if (city.isPresent()) {
                    mentions.add(cityMention(phraseStart, run.end() + ownCapital.end(), text, city.get(), null));
                    continue;
                }
            }
            // "at his home in the Afghan capital": the capital of the country the adjective names, when no name follows.
            Matcher capital = capitalAfter.matcher(after);
            if (capital.lookingAt() && articleEnd.matcher(before).find() && isPlaceContext(before)) {
                Optional<Gazetteer.City> city = gazetteer.countryByDemonym(run.text()).flatMap(c -> gazetteer.capital(c.code()));
                if (city.isPresent()) {
                    mentions.add(cityMention(phraseStart, run.end() + capital.end(), text, city.get(), null));
                    continue;
                }
            }
            boolean districtAfter = startsWithDistrictNoun(after);
            // "in the Zeytinburnu district", "in the upscale Hayatabad neighbourhood", "the city's Fatih district",
            // "the capital's Sino district".
            // "the Pakistani border town of Chaman": a country adjective is no district.
            // "near his shop in the city's Board Bazaar": after a preposition, the city's place needs no district noun.
            boolean ofTheCity = districtAfter ? theBefore.matcher(before).find() || cityNounPossessive(before)
                    : (before.endsWith("'s ") || before.endsWith("’s ")) && inTheCitys.matcher(before).find()
                    && gazetteer.countryByName(run.text()).isEmpty();
            if (ofTheCity && gazetteer.countryByDemonym(run.text()).isEmpty()) {
                int end = run.end() + districtNounLength(after);
                // "in the Chaman border town": a settlement noun after a known town names the town itself.
                Optional<Gazetteer.City> town = settlementEnd.matcher(text.substring(run.end(), end)).find()
                        ? city(run.text(), countries) : Optional.empty();
                if (town.isPresent() && !ofCityPhrase.matcher(text.substring(end)).lookingAt()) {
                    mentions.add(cityMention(phraseStart, end, text, town.get(), null));
                    continue;
                }
                Matcher ofCity = ofCityPhrase
                        .matcher(text.substring(end));
                // "the Turkish capital's Cankaya district": the country's capital, else the city told before.
                Matcher capitalOwner = capitalPossessive.matcher(before);
                Gazetteer.City city = capitalOwner.find() ? gazetteer.countryByDemonym(capitalOwner.group(1))
                        .flatMap(c -> gazetteer.capital(c.code())).orElse(known) : known;
                boolean ofFound = ofCity.find();
                Optional<Mention> ofRegion = ofFound && ofCity.group(2) != null
                        ? districtOfRegion(run, ofCity.group(2), end + ofCity.end(), text, countries, phraseStart) : Optional.empty();
                if (ofRegion.isPresent()) {
                    mentions.add(ofRegion.get());
                    continue;
                }
                if (ofFound) {
                    if (ofCity.group(2) != null) {
                        city = city(ofCity.group(2), countries).orElse(known);
                    } else if (ofCity.group(1) != null) {
                        // "in the Gulberg area of the Pakistani capital": the capital of the country the adjective names.
                        city = gazetteer.countryByDemonym(ofCity.group(1)).flatMap(c -> gazetteer.capital(c.code())).orElse(known);
                    }
                    end += ofCity.end();
                }
                int start = phraseStart;
                // "the west London suburb of Ealing": a principal city before the noun owns the place after "of".
                Optional<Gazetteer.City> principal = gazetteer.cities(run.text()).stream().filter(Gazetteer.City::principal).findFirst();
                if (ofFound && ofCity.group(2) != null && principal.isPresent()
                        && (city == null || !city.principal() || ArticleReading.sameCity(city, principal.get()))) {
                    mentions.add(cityMention(start, end, text, principal.get(), district(principal.get(), ofCity.group(2))));
                    continue;
                }
                // "in the Shiraz area", "the Quetta region": an area named by the city itself is the city, no district of it.
                Gazetteer.City told = city;
                Gazetteer.City cityItself = city(run.text(), countries)
                        .filter(c -> told == null ? c.principal() : c.countryCode().equals(told.countryCode())
                                && Gazetteer.fold(c.name()).equals(Gazetteer.fold(told.name()))).orElse(null);
                mentions.add(cityItself != null && !ofFound ? cityMention(start, end, text, cityItself, null)
                        : city == null
                        ? new Mention(start, end, null, run.text(), null, null, text.substring(start, end))
                        : cityMention(start, end, text, city, district(city, run.text())));
                continue;
            }
            Matcher crossing = crossingAfter.matcher(after);
            // "taken home for burial via the Torkham border crossing": a crossing is the scene only where the act happened at it.
            if (crossing.lookingAt() && isPlaceContext(before) && gazetteer.countryByDemonym(run.text()).isEmpty() && gazetteer.countryByName(run.text()).isEmpty()) {
                crossing(run, text, crossing.end(), countries, phraseStart).ifPresent(mentions::add);
                continue;
            }
            Matcher cityOf = cityOfBefore.matcher(before);
            // "the city of Linz", and "the Iranian capital Tehran" with the name right after the noun.
            boolean namedAfterNoun = rules.cityNoun.matcher(lastWord(before)).matches() && before.endsWith(" ");
            if (cityOf.find() && rules.cityNoun.matcher(lastWord(before.substring(0, cityOf.start()))).matches() || namedAfterNoun) {
                Optional<Gazetteer.City> city = city(run.text(), countries);
                if (city.isPresent()) {
                    mentions.add(cityMention(phraseStart, run.end(), text, city.get(), null));
                    continue;
                }
                // "near the village of Feres": the text says it is a settlement though the gazetteer lists no such place.
                if (!namedAfterNoun && !countries.isEmpty() && isUnlistedSettlement(run.text())) {
                    mentions.add(cityMention(phraseStart, run.end(), text, Gazetteer.City.unlisted(run.text(), countries.get(0), null), null));
                    continue;
                }
            }
            if (!isPlaceContext(before)) {
                continue;
            }
            Optional<Mention> within = districtThenCity(run, text, after, countries, phraseStart);
            if (within.isPresent()) {
                mentions.add(within.get());
                continue;
            }
            Optional<Mention> settlement = settlementNear(run, text, after, countries, phraseStart);
            if (settlement.isPresent()) {
                mentions.add(settlement.get());
                continue;
            }
            resolve(run.text(), after, countries, known, adminOf.matcher(before).find()).ifPresent(m -> mentions.add(
                    new Mention(phraseStart, run.end() + (m.admin1() != null ? adminNounLength(after) : 0),
                            m.city(), m.district(), m.admin1(), m.country(),
                            text.substring(phraseStart, run.end() + (m.admin1() != null ? adminNounLength(after) : 0)))));
        }
        return mentions;
    }

    private List<Mention> afterPreposition(String text, List<String> countries, Gazetteer.City known) {
        List<Mention> mentions = new ArrayList<>();
        Matcher prep = rules.placePrep.matcher(text);
        while (prep.find()) {
            Matcher token = TOKEN.matcher(text).region(prep.end(), text.length());
            List<int[]> words = new ArrayList<>();
            while (words.size() < 6 && token.find()) {
                words.add(new int[]{token.start(), token.end()});
            }
            // "در فاز سوم شهرک حیات‌آباد" (in the third phase of the Hayatabad township): the numbered part before the township.
            if (words.size() > 3 && numberedPart.matcher(text.substring(words.get(0)[0], words.get(0)[1])).matches()) {
                words = new ArrayList<>(words.subList(2, words.size()));
            }
            int first = 0;
            boolean districtNoun = false;
            boolean adminNoun = false;
            // "در جنوب شهر تهران": a compass word and the city noun may both stand before the name.
            while (first < words.size() - 1 && rules.cityNoun.matcher(text.substring(words.get(first)[0], words.get(first)[1])).matches()) {
                // "در استان کرمان", "در ولایت هرات": the province, not its capital.
                adminNoun |= rules.adminNoun.matcher(text.substring(words.get(first)[0], words.get(first)[1])).matches();
                first++;
            }
            if (first == 0 && !words.isEmpty() && rules.districtNoun.matcher(withoutEzafe(text.substring(words.get(0)[0], words.get(0)[1]))).matches()) {
                first = 1;
                districtNoun = true;
            }
            if (districtNoun) {
                Optional<Mention> ofCity = districtOfCity(text, prep.start(), words, countries);
                if (ofCity.isPresent()) {
                    mentions.add(ofCity.get());
                    continue;
                }
            }
            for (int n = Math.min(2, words.size() - first); n >= 1; n--) {
                int start = words.get(first)[0];
                int end = words.get(first + n - 1)[1];
                String name = text.substring(start, end);
                Optional<Mention> m = resolve(name, "", countries, known, adminNoun);
                if (m.isEmpty() && districtNoun && known != null && n == 1) {
                    // "در منطقه X": the noun says X is a district even when the gazetteer does not know it.
                    m = Optional.of(new Mention(start, end, known, name, null, null, name));
                }
                if (m.isPresent()) {
                    Mention found = m.get();
                    mentions.add(new Mention(prep.start(), end, found.city(), found.district(), found.admin1(),
                            found.country(), text.substring(prep.start(), end)));
                    break;
                }
            }
        }
        return mentions;
    }

    /**
     * "در منطقه ولیعصر تهران": district noun, district, city (the Persian ezafe order, "the Valiasr
     * district of Tehran"), also with the city noun before the city ("در منطقه کوی طلاب شهر مشهد", in the
     * Kuy-e Tollab area of the city of Mashhad); the district and the city are one or two words each.
     */
    private Optional<Mention> districtOfCity(String text, int from, List<int[]> words, List<String> countries) {
        for (int d = 1; d <= 2; d++) {
            // "در محله‌ی شوش در جنوب تهران": a word that never belongs to a name ("در", in) ends the district.
            if (d < words.size() && rules.nameStop.matcher(text.substring(words.get(d)[0], words.get(d)[1])).matches()) {
                break;
            }
            int first = d + 1;
            if (first < words.size() && rules.cityNoun.matcher(text.substring(words.get(first)[0], words.get(first)[1])).matches()) {
                first++;
            }
            for (int c = 2; c >= 1; c--) {
                if (first + c > words.size()) {
                    continue;
                }
                String district = text.substring(words.get(1)[0], words.get(d)[1]);
                int end = words.get(first + c - 1)[1];
                String cityName = text.substring(words.get(first)[0], end);
                if (!text.substring(words.get(0)[1], end).matches("[^،,.;:!?]*") || city(district, countries).isPresent()) {
                    continue;
                }
                Optional<Gazetteer.City> city = city(cityName, countries);
                if (city.isPresent()) {
                    return Optional.of(new Mention(from, end, city.get(), district(city.get(), district), null, null,
                            text.substring(from, end)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A name after a place preposition: a district of the known city, a city, a region or a country.
     *
     * @param adminBefore the name follows "the province of", so a region of that name wins over a town
     */
    private Optional<Mention> resolve(String name, String after, List<String> countries, Gazetteer.City known, boolean adminBefore) {
        // "on May 15", "in March": a word that is never a name (a month, a weekday, "Police") is no place either.
        if (name.indexOf(' ') < 0 && rules.notName.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (known != null && gazetteer.district(known, name).isPresent()) {
            return Optional.of(new Mention(0, 0, known, gazetteer.district(known, name).get(), null, null, name));
        }
        // "in the German state of Bavaria": the adjective before the noun is no region of its own.
        if ((adminNounLength(after) > 0 || adminBefore) && gazetteer.countryByDemonym(name).isEmpty()) {
            List<Gazetteer.Admin1> regions = gazetteer.admin1(name);
            if (!regions.isEmpty()) {
                Gazetteer.Admin1 region = regions.stream().filter(r -> countries.contains(r.countryCode())).findFirst()
                        .orElse(regions.get(0));
                return Optional.of(new Mention(0, 0, null, null, region.name(), gazetteer.countryByCode(region.countryCode())
                        .orElse(null), name));
            }
        }
        Optional<Gazetteer.Country> country = gazetteer.countryByName(name);
        if (country.isPresent()) {
            return Optional.of(new Mention(0, 0, null, null, null, country.get(), name));
        }
        // "the province of Herat", "در استان کرمان": a province named after its capital city, known by the city's name.
        Optional<Gazetteer.City> capitalOf = adminBefore ? city(name, countries)
                .filter(c -> c.admin1() != null && Gazetteer.fold(c.admin1()).startsWith(Gazetteer.fold(c.name()))) : Optional.empty();
        if (capitalOf.isPresent()) {
            return Optional.of(new Mention(0, 0, null, null, capitalOf.get().admin1(),
                    gazetteer.countryByCode(capitalOf.get().countryCode()).orElse(null), name));
        }
        // "deported from Arizona" in a story about the United States: the state, not a town of that name abroad.
        Optional<Gazetteer.Admin1> region = gazetteer.admin1(name).stream().filter(r -> countries.contains(r.countryCode())).findFirst();
        if (region.isPresent() && city(name, countries).filter(c -> countries.contains(c.countryCode())).isEmpty()) {
            return Optional.of(new Mention(0, 0, null, null, region.get().name(),
                    gazetteer.countryByCode(region.get().countryCode()).orElse(null), name));
        }
        // "in Hyderabad, Sindh province", "in Kirchheim, Bavaria": the region after the name says which place is meant.
        Matcher regionAfter = regionAfterName.matcher(after);
        if (regionAfter.lookingAt()) {
            for (Gazetteer.Admin1 admin : gazetteer.admin1(regionAfter.group(1))) {
                Optional<Gazetteer.City> inRegion = gazetteer.cities(name).stream()
                        .filter(c -> c.countryCode().equals(admin.countryCode()) && admin.name().equals(c.admin1())).findFirst();
                if (inRegion.isPresent()) {
                    return Optional.of(new Mention(0, 0, inRegion.get(), null, null, null, name));
                }
            }
        }
        // "near Koya in Iraq's Kurdistan region": a small town of a country the text never names is a namesake.
        return city(name, countries).filter(city -> countries.isEmpty() || city.principal() || countries.contains(city.countryCode())
                        || known != null && ArticleReading.nearby(city, known))
                .map(city -> new Mention(0, 0, city, null, null, null, name));
    }

    /**
     * "in the Injil district of Herat province": a district of a region, named by the region noun after it; no city of
     * the region's name is meant.
     */
    private Optional<Mention> districtOfRegion(Tokens.Run district, String regionName, int at, String text, List<String> countries,
                                               int phraseStart) {
        int noun = adminNounLength(text.substring(at));
        List<Gazetteer.Admin1> regions = noun == 0 ? List.of() : gazetteer.admin1(regionName);
        if (regions.isEmpty()) {
            return Optional.empty();
        }
        Gazetteer.Admin1 region = regions.stream().filter(r -> countries.contains(r.countryCode())).findFirst().orElse(regions.get(0));
        int end = at + noun;
        return Optional.of(new Mention(phraseStart, end, null, district.text(), region.name(),
                gazetteer.countryByCode(region.countryCode()).orElse(null), text.substring(phraseStart, end)));
    }

    /** "in Wimbledon, southwest London", "in Fatih, a district of Istanbul": a place that is no principal city, then the principal city it lies in. */
    private Optional<Mention> districtThenCity(Tokens.Run run, String text, String after, List<String> countries, int phraseStart) {
        Matcher m = cityAfter.matcher(after);
        if (!m.lookingAt()) {
            // "in Fatih, a conservative district of Istanbul"
            m = districtApposition.matcher(after);
        }
        if (!m.lookingAt()) {
            m = cityDistrictApposition.matcher(after);
        }
        if (!m.lookingAt() || gazetteer.countryByName(run.text()).isPresent()) {
            return Optional.empty();
        }
        Optional<Gazetteer.City> city = gazetteer.cities(m.group(1)).stream().filter(Gazetteer.City::principal).findFirst();
        Optional<Gazetteer.City> place = city(run.text(), countries);
        if (city.isEmpty() || place.isPresent() && (place.get().principal() || !ArticleReading.nearby(place.get(), city.get()))) {
            return Optional.empty();
        }
        int end = run.end() + m.end();
        return Optional.of(cityMention(phraseStart, end, text, city.get(), district(city.get(), run.text())));
    }

    /**
     * "through the Torkham border crossing", "at the Islam Qala crossing point on the Afghan side": the crossing is the
     * place; its country is the side the text names, else the story's.
     */
    private Optional<Mention> crossing(Tokens.Run run, String text, int nounLength, List<String> countries, int phraseStart) {
        int end = run.end() + nounLength;
        Matcher side = sideOfBorder.matcher(text.substring(end));
        Optional<String> sideCode = side.lookingAt() ? gazetteer.countryByDemonym(side.group(1)).map(Gazetteer.Country::code) : Optional.empty();
        if (sideCode.isPresent()) {
            end += side.end();
        }
        List<String> hint = sideCode.map(List::of).orElse(countries);
        Optional<Gazetteer.City> listed = city(run.text(), hint).filter(c -> hint.isEmpty() || hint.contains(c.countryCode()));
        if (listed.isPresent()) {
            return Optional.of(cityMention(phraseStart, end, text, listed.get(), null));
        }
        if (hint.isEmpty() || !isUnlistedSettlement(run.text())) {
            return Optional.empty();
        }
        return Optional.of(cityMention(phraseStart, end, text, Gazetteer.City.unlisted(run.text(), hint.get(0), null), null));
    }

    /** "in Kuchlak, a town about 25 kilometres north of Quetta": a place the gazetteer lacks, in the country of the city it is placed by. */
    private Optional<Mention> settlementNear(Tokens.Run run, String text, String after, List<String> countries, int phraseStart) {
        Matcher m = settlementApposition.matcher(after);
        if (!m.lookingAt() || !isUnlistedSettlement(run.text())) {
            return Optional.empty();
        }
        Optional<Gazetteer.City> by = city(m.group(1), countries);
        if (by.isPresent()) {
            return Optional.of(cityMention(phraseStart, run.end(), text,
                    Gazetteer.City.unlisted(run.text(), by.get().countryCode(), by.get().admin1()), null));
        }
        return gazetteer.countryByName(m.group(1)).map(c -> cityMention(phraseStart, run.end(), text,
                Gazetteer.City.unlisted(run.text(), c.code(), null), null));
    }

    private String district(Gazetteer.City city, String name) {
        return gazetteer.district(city, name).orElse(name);
    }

    private Mention cityMention(int start, int end, String text, Gazetteer.City city, String district) {
        return new Mention(start, end, city, district, null, null, text.substring(start, end));
    }

    private boolean isPlaceContext(String before) {
        // "on the outskirts of Quetta", "in the heart of Istanbul", "in the northern province of Balkh": the
        // preposition before the part or region noun governs the name after "of".
        Matcher part = partOf.matcher(before);
        String trimmed = part.find() && (rules.cityPart.matcher(part.group(1)).matches() || adminWord.matcher(part.group(1)).matches())
                ? before.substring(0, part.start()) : before;
        trimmed = compass.matcher(trimmed).replaceFirst("");
        trimmed = numberedPartOf.matcher(trimmed).replaceFirst("");
        // "in the Kabul area", "in a Berlin park": the article before the name does not break the place context.
        trimmed = articleEnd.matcher(trimmed).replaceFirst("");
        // "deported her from Islamabad", "abducted from Istanbul": removal happens where the person is taken from.
        return rules.placePrep.matcher(lastWord(trimmed)).matches() || removedFrom.matcher(trimmed).find()
                || distanceFrom.matcher(before).find();
    }

    private int phraseStart(String text, int runStart) {
        int from = Math.max(0, runStart);
        String before = text.substring(Math.max(0, from - 60), from);
        Matcher prep = rules.placePrep.matcher(before);
        int last = -1;
        while (prep.find()) {
            last = prep.start();
        }
        if (last >= 0 && !before.substring(last).matches("(?s).*[,;.].*")) {
            return from - before.length() + last;
        }
        return from;
    }

    private boolean cityNounPossessive(String before) {
        Matcher m = POSSESSIVE_END.matcher(before);
        return m.find() && rules.cityNoun.matcher(m.group(1)).matches();
    }

    private boolean startsWithDistrictNoun(String after) {
        return districtNounLength(after) > 0;
    }

    private int districtNounLength(String after) {
        Matcher m = rules.districtNoun.matcher(after);
        // "Aino Mina residential area", "Tollab market area": one modifier may stand before the noun.
        return m.find() && (m.start() <= 1 && after.substring(0, m.start()).isBlank()
                || DISTRICT_MODIFIER.matcher(after.substring(0, m.start())).matches()) ? m.end() : 0;
    }

    private int adminNounLength(String after) {
        Matcher m = adminNoun.matcher(after);
        return m.find() ? m.end() : 0;
    }

    /** "منطقه‌ی", "منطقۀ" (the district of): a Persian noun with the ezafe written on it is the noun. */
    private static String withoutEzafe(String word) {
        return word.endsWith("\u200cی") ? word.substring(0, word.length() - 2)
                : word.endsWith("ۀ") ? word.substring(0, word.length() - 1) + "ه" : word;
    }

    private static String lastWord(String text) {
        String trimmed = text.stripTrailing();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
    }
}
