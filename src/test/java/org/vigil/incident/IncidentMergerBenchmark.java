package org.vigil.incident;

import org.vigil.archive.ArchiveRef;
import org.vigil.incident.Incident.DatePrecision;
import org.vigil.incident.Incident.Type;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Prints how fast {@link IncidentMerger} merges a synthetic archive and how well its clusters match the
 * truth: a few thousand incidents over two years in a dozen cities, each reported by one to four outlets
 * with transliteration variants, surname-only mentions, one-day date disagreements, month-precision
 * references and assassination/shooting disagreements. Run with
 * {@code java -cp target/test-classes:target/classes:<dependencies> org.vigil.incident.IncidentMergerBenchmark [incidents]}.
 */
public final class IncidentMergerBenchmark {

    private static final String[][] GIVEN = {
            {"Ikramuddin", "Ekramuddin", "Ikram ud-Din"}, {"Mohammad Nabi", "Muhammad Nabi", "Mohammed Nabi"},
            {"Abdul Rahim", "Abdurrahim", "Abdulrahim"}, {"Hekmatullah", "Hikmatullah"}, {"Nasrullah", "Nasrollah"},
            {"Yusuf", "Yousef", "Yousuf"}, {"Qasim", "Kasem", "Qasem"}, {"Hossein", "Hussain", "Husain"},
            {"Zabiullah", "Zabihullah"}, {"Ahmad Zia", "Ahmed Zia"}, {"Rahmatullah", "Rahmatulla"},
            {"Esmatullah", "Ismatullah"}, {"Farhad", "Farhaad"}, {"Mahmoud", "Mahmud"}, {"Sayed Jalal", "Syed Jalal"},
            {"Ghulam Sakhi", "Gholam Sakhi"}, {"Amrullah", "Amrollah"}, {"Najibullah", "Najibollah"}};
    private static final String[][] FAMILY = {
            {"Gholami", "Ghulami", "Gholamy"}, {"Karimi", "Kareemi"}, {"Rahimi", "Raheemi"}, {"Noorzai", "Nurzai", "Noorzay"},
            {"Wardak", "Vardak"}, {"Hashimi", "Hashemi"}, {"Sadat", "Saadat"}, {"Stanekzai", "Stanikzai"},
            {"Amiri", "Ameeri"}, {"Safi", "Saafi"}, {"Popalzai", "Popalzay"}, {"Mohseni", "Muhseni"},
            {"Qaderi", "Kaderi", "Qadiri"}, {"Jalali", "Jallali"}, {"Habibi", "Habeebi"}, {"Osmani", "Usmani"},
            {"Rezaei", "Rezai"}, {"Haidari", "Haideri", "Heydari"}, {"Akbari", "Akbary"}, {"Barakzai", "Barakzay"},
            {"Tarakhil", "Tarakheel"}, {"Sherzad", "Shirzad"}, {"Nazari", "Nazary"}, {"Azizi", "Azizy"}};
    private static final String[][] CITIES = {
            {"IR", "Tehran"}, {"IR", "Mashhad"}, {"IR", "Isfahan"}, {"IR", "Shiraz"}, {"PK", "Peshawar"},
            {"PK", "Quetta"}, {"PK", "Karachi"}, {"TR", "Istanbul"}, {"TJ", "Dushanbe"}, {"RU", "Moscow"},
            {"DE", "Hamburg"}, {"AE", "Dubai"}};

    private record Synthetic(List<Incident> records, int[] truth) {
    }

    public static void main(String[] args) {
        int incidents = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Synthetic data = generate(incidents, new Random(42));
        IncidentMerger merger = new IncidentMerger();
        merger.merge(data.records().subList(0, Math.min(500, data.records().size())));   // warm-up

        long start = System.nanoTime();
        IncidentMerger.Merged merged = merger.mergeAll(data.records());
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<String, Integer> truthOf = new HashMap<>();
        for (int i = 0; i < data.records().size(); i++) {
            truthOf.put(data.records().get(i).id(), data.truth()[i]);
        }
        long truePairs = 0;
        long predictedPairs = 0;
        long correctPairs = 0;
        List<Incident> records = data.records();
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size(); j++) {
                boolean same = data.truth()[i] == data.truth()[j];
                boolean predicted = merged.mergedIdOf().get(records.get(i).id()).equals(merged.mergedIdOf().get(records.get(j).id()));
                truePairs += same ? 1 : 0;
                predictedPairs += predicted ? 1 : 0;
                correctPairs += same && predicted ? 1 : 0;
            }
        }
        double precision = predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
        double recall = truePairs == 0 ? 1 : (double) correctPairs / truePairs;
        System.out.printf(Locale.ROOT, "merged %d per-article records of %d incidents into %d records in %.2f s (%.0f records/s)%n",
                records.size(), incidents, merged.incidents().size(), seconds, records.size() / seconds);
        System.out.printf(Locale.ROOT, "same-incident pairs: precision %.3f, recall %.3f (%d true pairs, %d merged pairs)%n",
                precision, recall, truePairs, predictedPairs);
    }

    private static Synthetic generate(int incidents, Random random) {
        List<Incident> records = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int n = 0; n < incidents; n++) {
            int given = random.nextInt(GIVEN.length);
            int family = random.nextInt(FAMILY.length);
            String[] city = CITIES[random.nextInt(CITIES.length)];
            LocalDate day = first.plusDays(random.nextInt(730));
            boolean killed = random.nextInt(4) > 0;
            int reports = 1 + random.nextInt(4);
            for (int r = 0; r < reports; r++) {
                String name = pick(GIVEN[given], random) + " " + pick(FAMILY[family], random);
                if (r > 0 && random.nextInt(6) == 0) {
                    name = pick(FAMILY[family], random);
                }
                boolean reference = r > 0 && random.nextInt(5) == 0;
                LocalDate reported = reference ? day.plusDays(20 + random.nextInt(60)) : day.plusDays(1 + random.nextInt(2));
                When when = reference
                        ? new When(day.toString().substring(0, 7), DatePrecision.MONTH)
                        : new When(day.plusDays(random.nextInt(5) == 0 ? 1 : 0).toString(), DatePrecision.DAY);
                Type type = killed ? (random.nextBoolean() ? Type.ASSASSINATION : Type.SHOOTING)
                        : (random.nextBoolean() ? Type.ABDUCTION : Type.DETENTION);
                String id = String.format(Locale.ROOT, "inc-%016x", random.nextLong());
                String url = "https://news" + random.nextInt(40) + ".example/" + id.substring(4);
                records.add(new Incident(id, type, killed ? Incident.Method.FIREARM : Incident.Method.NONE, true,
                        new Incident.When(when.start(), when.start(), when.precision(), null),
                        new Incident.Place(null, city[0], null, city[1], null, null, null, Incident.PlacePrecision.CITY, null),
                        "AF",
                        List.of(new Incident.Victim(name, List.of(), null, null, null, Incident.TargetCategory.FORMER_OFFICIAL,
                                killed ? Incident.Outcome.KILLED : Incident.Outcome.ABDUCTED)),
                        new Incident.Count(killed ? 1 : 0, killed ? 1 : 0, killed ? 1 : 0), Incident.Count.ZERO,
                        List.of(), new Incident.Claim(Incident.ClaimStatus.NOT_MENTIONED, null), List.of(), List.of(),
                        List.of(), List.of(),
                        List.of(new Incident.Source(url, null, null, reported.toString(),
                                reference ? Incident.SourceRole.REFERENCE : Incident.SourceRole.MAIN,
                                new ArchiveRef("VIGIL-bench.warc.gz", records.size(), "<urn:uuid:" + id + ">", null))),
                        List.of(), 0.8, Incident.Clarity.HIGH));
                truth.add(n);
            }
        }
        return new Synthetic(records, truth.stream().mapToInt(Integer::intValue).toArray());
    }

    private record When(String start, DatePrecision precision) {
    }

    private static String pick(String[] variants, Random random) {
        return variants[random.nextInt(variants.length)];
    }

    private IncidentMergerBenchmark() {
    }
}
