package org.vigil.report;

import org.vigil.archive.ArchiveRef;
import org.vigil.incident.Incident;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Renders a 30-day briefing of 1,000 synthetic incidents (seeded, so every run renders the same
 * data) and prints wall time per render and peak heap. Target: under 3 s per render on 2 cores.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:ActiveProcessorCount=2 -Xmx512m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *      org.vigil.report.BriefingBenchmark [incidents] [runs]
 * </pre>
 */
public final class BriefingBenchmark {

    private record City(String name, String country, String code, double lat, double lon) {
    }

    private static final List<City> CITIES = List.of(
            new City("Tehran", "Iran", "IR", 35.6892, 51.3890), new City("Mashhad", "Iran", "IR", 36.2972, 59.6067),
            new City("Istanbul", "Turkey", "TR", 41.0082, 28.9784), new City("Ankara", "Turkey", "TR", 39.9334, 32.8597),
            new City("Peshawar", "Pakistan", "PK", 34.0151, 71.5249), new City("Quetta", "Pakistan", "PK", 30.1798, 66.9750),
            new City("Islamabad", "Pakistan", "PK", 33.6844, 73.0479), new City("Dushanbe", "Tajikistan", "TJ", 38.5598, 68.7870),
            new City("Tashkent", "Uzbekistan", "UZ", 41.2995, 69.2401), new City("Dubai", "United Arab Emirates", "AE", 25.2048, 55.2708),
            new City("Moscow", "Russia", "RU", 55.7558, 37.6173), new City("Berlin", "Germany", "DE", 52.5200, 13.4050),
            new City("Herat", "Afghanistan", "AF", 34.3529, 62.2040), new City("Kabul", "Afghanistan", "AF", 34.5553, 69.2075));

    private static final String[] NAMES = {"محمد گلابزوی", "ژاله چکاوک", "Ahmad Wali Karimi", "عبدالرحمن نوری", "Gul Agha Sherzai",
            "پروین حکیمی", "Nasrin Ghulami", "فرید پیکان", "Sayed Jawad Husseini", "زهرا چاوشی"};

    private BriefingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Period period = Period.custom(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 24));
        Briefing briefing = briefing(period, count);
        BriefingRenderer renderer = new BriefingRenderer();
        System.out.printf(Locale.ROOT, "benchmark: %d incidents over %d days, %d sources, %d processors, max heap %d MB%n",
                count, period.days(), briefing.sources().size(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long best = Long.MAX_VALUE;
        for (int run = 1; run <= runs; run++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            renderer.render(briefing, out);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (processCpuNanos() - cpuStart) / 1_000_000;
            best = Math.min(best, millis);
            System.out.printf(Locale.ROOT, "run %d: %d ms wall, %d ms CPU (all threads, JIT included), %.1f MB PDF%s%n",
                    run, millis, cpuMillis, out.size() / 1048576.0,
                    run == 1 ? " (cold: class loading, JIT, base map decoding)" : "");
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "best %d ms; peak heap (sum of pool peaks) %d MB%n", best, peak >> 20);
    }

    /** CPU time of the whole process: less disturbed than wall time when other builds share the cores. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static Briefing briefing(Period period, int count) {
        Random random = new Random(20261124L);
        Incident.Type[] types = Incident.Type.values();
        List<Incident> incidents = new ArrayList<>();
        List<SourceArticle> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            City city = CITIES.get(random.nextInt(CITIES.size()));
            LocalDate day = period.from().plusDays(random.nextInt((int) period.days()));
            String id = String.format(Locale.ROOT, "inc-%s-%s-%04d", day, city.name().toLowerCase(Locale.ROOT), i);
            String name = NAMES[random.nextInt(NAMES.length)];
            int killed = random.nextInt(3);
            List<Incident.Source> incidentSources = new ArrayList<>();
            for (int s = 0; s <= random.nextInt(3); s++) {
                String url = "https://news" + s + ".example.org/" + day.toString().replace('-', '/') + "/" + id + "-report-" + s;
                ArchiveRef ref = new ArchiveRef("vigil-" + day + "-0000" + s + ".warc.gz", 10_000L * i + s,
                        "<urn:uuid:00000000-0000-4000-8000-" + String.format(Locale.ROOT, "%012d", i * 10L + s) + ">",
                        "sha1:" + Integer.toHexString(url.hashCode()).toUpperCase(Locale.ROOT) + "QXW3ZB7NPRV2K5JH4T6Y");
                incidentSources.add(new Incident.Source(url, "Attack on " + name + " in " + city.name(), "Outlet " + s,
                        day.plusDays(s).toString(), s == 0 ? Incident.SourceRole.MAIN : Incident.SourceRole.REFERENCE, ref));
                sources.add(new SourceArticle(url, "Outlet " + s, "Attack on " + name + " in " + city.name(),
                        OffsetDateTime.of(day.plusDays(s).atTime(9, 0), ZoneOffset.UTC),
                        Instant.parse(day.plusDays(s) + "T22:00:00Z").minusSeconds(i), ref));
            }
            List<Incident.Related> related = i > 0 && random.nextInt(4) == 0
                    ? List.of(new Incident.Related(incidents.get(random.nextInt(incidents.size())).id(), Incident.Relation.REFERENCED_EARLIER))
                    : List.of();
            incidents.add(new Incident(id, types[random.nextInt(types.length)], Incident.Method.FIREARM, random.nextInt(10) > 0,
                    new Incident.When(day.toString(), day.toString(), Incident.DatePrecision.DAY, "on " + day.getDayOfWeek()),
                    new Incident.Place(city.country(), city.code(), null, city.name(), "District " + (i % 7),
                            city.lat() + random.nextGaussian() * 0.05, city.lon() + random.nextGaussian() * 0.05,
                            Incident.PlacePrecision.DISTRICT, "in " + city.name()),
                    "AF",
                    List.of(new Incident.Victim(name, List.of(), "former official", "former republic", "Afghan",
                            Incident.TargetCategory.FORMER_OFFICIAL, killed > 0 ? Incident.Outcome.KILLED : Incident.Outcome.INJURED)),
                    new Incident.Count(killed, killed, killed), new Incident.Count(0, random.nextInt(2), 2),
                    List.of(new Incident.Allegation("unidentified gunmen", "police")),
                    new Incident.Claim(Incident.ClaimStatus.NO_CLAIM_REPORTED, null), List.of(),
                    List.of(new Incident.Response(city.name() + " police", Incident.ResponseAction.INVESTIGATION, "ongoing")),
                    List.of(), related, incidentSources,
                    List.of(new Incident.Evidence("date", name + " was attacked on " + day + " in " + city.name()
                            + " as he left his home, witnesses said.", incidentSources.get(0).url(), 0, 80)),
                    0.5 + random.nextDouble() / 2, Incident.Clarity.HIGH));
        }
        return new Briefing("bench", "Benchmark Monitor", "Benchmark", period, incidents,
                incidents.subList(0, count / 2), List.of(), new ArchiveFigures(count * 3L, count * 3L, 30), sources);
    }
}
