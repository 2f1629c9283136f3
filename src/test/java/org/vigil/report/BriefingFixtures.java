package org.vigil.report;

import org.vigil.archive.ArchiveRef;
import org.vigil.incident.Incident;
import org.vigil.incident.Incident.Allegation;
import org.vigil.incident.Incident.Call;
import org.vigil.incident.Incident.Claim;
import org.vigil.incident.Incident.ClaimStatus;
import org.vigil.incident.Incident.Count;
import org.vigil.incident.Incident.Evidence;
import org.vigil.incident.Incident.Place;
import org.vigil.incident.Incident.Related;
import org.vigil.incident.Incident.Response;
import org.vigil.incident.Incident.Source;
import org.vigil.incident.Incident.Victim;
import org.vigil.incident.Incident.When;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A realistic week of reporting on attacks against Afghan exiles, with Persian names and long URLs. */
final class BriefingFixtures {

    static final String GULABZOY = "محمد گلابزوی";
    static final String JALEH = "ژاله چکاوک";
    /** Pashto spelling with letters Unicode has no presentation forms for (U+06AB, U+0681, U+06BC). */
    static final String PASHTO_ALIAS = "ګل احمد ځدراڼ";
    static final String LONG_URL = "https://kabul-ledger.example.org/en/news/2026/11/20/former-police-commander-ahmad-wali-karimi-shot-and-wounded-outside-his-home-in-istanbuls-esenyurt-district-police-detain-two-suspects?utm_source=rss&utm_medium=feed&utm_campaign=exile-desk-daily-digest";

    private BriefingFixtures() {
    }

    static Briefing week() {
        Period period = Period.custom(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 24));
        return new Briefing("demo", "Afghan Exiles Monitor", "Desk operator Leyla Rahimi", period,
                List.of(tehran(), istanbul(), peshawar(), dushanbe()), List.of(previousMashhad(), previousQuetta()),
                List.of(earlierMashhad()), new ArchiveFigures(412, 398, 6), sources());
    }

    static ArchiveRef ref(int n) {
        return new ArchiveRef("vigil-20261124-00000" + (n % 3) + ".warc.gz", 18_234L * n,
                "<urn:uuid:6f1c2d3e-0a4b-4c5d-8e9f-00000000000" + n + ">", "sha1:QXW3ZB7NPRV2K5JH4T6YDMLCAGEF0" + n);
    }

    static Incident tehran() {
        String url = "https://tehran-evening-wire.example.com/world/2026/11/19/former-afghan-deputy-minister-shot-dead-in-tehran";
        String url2 = "https://kabul-ledger.example.org/fa/news/2026/11/20/gulabzoy";
        return new Incident("inc-2026-11-18-tehran-gulabzoy", Incident.Type.ASSASSINATION, Incident.Method.FIREARM, true,
                new When("2026-11-18", "2026-11-18", Incident.DatePrecision.DAY, "on Wednesday evening"),
                new Place("Iran", "IR", "Tehran Province", "Tehran", "Valiasr", 35.7575, 51.4098,
                        Incident.PlacePrecision.DISTRICT, "in Tehran's Valiasr district"),
                "AF",
                List.of(new Victim(GULABZOY, List.of("Mohammad Gulabzoy", "Gholabzoi"), "former deputy interior minister",
                        "Ministry of Interior (former republic)", "Afghan", Incident.TargetCategory.FORMER_OFFICIAL, Incident.Outcome.KILLED),
                        new Victim(null, List.of(), "bodyguard", null, "Afghan", Incident.TargetCategory.OTHER, Incident.Outcome.INJURED)),
                new Count(1, 1, 1), new Count(1, 1, 1),
                List.of(new Allegation("Taliban General Directorate of Intelligence", "the victim's family")),
                new Claim(ClaimStatus.NO_CLAIM_REPORTED, null),
                List.of(new Incident.Denial("Taliban spokesman", "We have no connection with this incident.")),
                List.of(new Response("Tehran police", Incident.ResponseAction.INVESTIGATION, "ongoing")),
                List.of(new Call("Afghan exiles' council", "Iranian authorities", "a transparent investigation")),
                List.of(new Related("inc-2026-03-05-mashhad-nazari", Incident.Relation.REFERENCED_EARLIER)),
                List.of(new Source(url, "Former Afghan deputy minister shot dead in Tehran", "Tehran Evening Wire",
                                "2026-11-19", Incident.SourceRole.MAIN, ref(1)),
                        new Source(url2, "ترور محمد گلابزوی در تهران", "Kabul Ledger (Dari)", "2026-11-20",
                                Incident.SourceRole.MAIN, ref(2))),
                List.of(new Evidence("date", "Gulabzoy was shot dead on Wednesday evening as he left a shop in Tehran's Valiasr district.", url, 0, 92),
                        new Evidence("victims", "محمد گلابزوی، معین پیشین وزارت داخله، شامگاه چهارشنبه در تهران کشته شد.", url2, 0, 70),
                        new Evidence("claim", "No group has claimed responsibility for the killing.", url, 310, 362)),
                0.92, Incident.Clarity.HIGH);
    }

    static Incident istanbul() {
        return new Incident("inc-2026-11-20-istanbul-karimi", Incident.Type.SHOOTING, Incident.Method.FIREARM, true,
                new When("2026-11-20", "2026-11-20", Incident.DatePrecision.DAY, "on Friday"),
                new Place("Turkey", "TR", "Istanbul", "Istanbul", "Esenyurt", 41.0343, 28.6801,
                        Incident.PlacePrecision.DISTRICT, "in Istanbul's Esenyurt district"),
                "AF",
                List.of(new Victim("Ahmad Wali Karimi", List.of(PASHTO_ALIAS), "former police commander of Kandahar", null, "Afghan",
                        Incident.TargetCategory.MILITARY_OR_POLICE, Incident.Outcome.INJURED)),
                Count.ZERO, new Count(1, 1, 1),
                List.of(),
                new Claim(ClaimStatus.NOT_MENTIONED, null),
                List.of(),
                List.of(new Response("Istanbul police", Incident.ResponseAction.ARREST, "two suspects detained")),
                List.of(), List.of(),
                List.of(new Source(LONG_URL, "Former police commander shot and wounded in Istanbul", "Kabul Ledger", "2026-11-21",
                        Incident.SourceRole.MAIN, ref(3))),
                List.of(new Evidence("responses", "Police said two suspects had been detained.", LONG_URL, 120, 163)),
                0.85, Incident.Clarity.HIGH);
    }

    static Incident peshawar() {
        String url = "https://frontier-post-review.example.net/2026/11/23/journalist-abducted-peshawar";
        return new Incident("inc-2026-11-peshawar-chakavak", Incident.Type.ABDUCTION, Incident.Method.UNKNOWN, true,
                new When("2026-11", "2026-11", Incident.DatePrecision.MONTH, "earlier this month"),
                new Place("Pakistan", "PK", "Khyber Pakhtunkhwa", "Peshawar", null, 34.0151, 71.5249,
                        Incident.PlacePrecision.CITY, "in Peshawar"),
                "AF",
                List.of(new Victim(JALEH, List.of("Jaleh Chakavak"), "journalist", "پیکان weekly", "Afghan",
                        Incident.TargetCategory.JOURNALIST, Incident.Outcome.ABDUCTED)),
                Count.ZERO, Count.ZERO,
                List.of(new Allegation("unidentified armed men", "her colleagues")),
                new Claim(ClaimStatus.NO_CLAIM_REPORTED, null),
                List.of(), List.of(new Response("Peshawar police", Incident.ResponseAction.NO_COMMENT, null)),
                List.of(), List.of(),
                List.of(new Source(url, "Afghan journalist abducted in Peshawar", "Frontier Post Review", "2026-11-23",
                        Incident.SourceRole.MAIN, ref(4))),
                List.of(), 0.7, Incident.Clarity.LOW);
    }

    static Incident dushanbe() {
        String url = "https://central-asia-desk.example.com/2026/11/24/exiled-activist-stabbed";
        return new Incident("inc-2026-11-24-dushanbe", Incident.Type.STABBING, Incident.Method.KNIFE, true,
                new When("2026-11-24", "2026-11-24", Incident.DatePrecision.DAY, "on Tuesday"),
                new Place("Tajikistan", "TJ", null, "Dushanbe", null, 38.5598, 68.7870, Incident.PlacePrecision.CITY, "in Dushanbe"),
                "AF",
                List.of(new Victim("Abdul Rahman Nuristani-Wardakzai-Mohammadzai-Barakzai-Popalzai-Achakzai", List.of(),
                        "activist", null, "Afghan", Incident.TargetCategory.ACTIVIST, Incident.Outcome.INJURED)),
                Count.ZERO, new Count(1, 1, 2),
                List.of(), new Claim(ClaimStatus.NOT_MENTIONED, null), List.of(), List.of(), List.of(), List.of(),
                List.of(new Source(url, "Exiled activist stabbed in Dushanbe 漢", "Central Asia Desk", "2026-11-24",
                        Incident.SourceRole.MAIN, ref(5))),
                List.of(), 0.6, Incident.Clarity.HIGH);
    }

    static Incident earlierMashhad() {
        String url = "https://tehran-evening-wire.example.com/2026/03/06/commander-nazari-killed-mashhad";
        return new Incident("inc-2026-03-05-mashhad-nazari", Incident.Type.ASSASSINATION, Incident.Method.FIREARM, true,
                new When("2026-03-05", "2026-03-05", Incident.DatePrecision.DAY, "on 5 March"),
                new Place("Iran", "IR", "Razavi Khorasan", "Mashhad", null, 36.2972, 59.6067, Incident.PlacePrecision.CITY, "in Mashhad"),
                "AF",
                List.of(new Victim("Commander Nazari", List.of(), "former army commander", null, "Afghan",
                        Incident.TargetCategory.MILITARY_OR_POLICE, Incident.Outcome.KILLED)),
                new Count(1, 1, 1), Count.ZERO, List.of(), new Claim(ClaimStatus.NO_CLAIM_REPORTED, null),
                List.of(), List.of(), List.of(), List.of(),
                List.of(new Source(url, "Commander Nazari killed in Mashhad", "Tehran Evening Wire", "2026-03-06",
                        Incident.SourceRole.REFERENCE, ref(6))),
                List.of(), 0.8, Incident.Clarity.HIGH);
    }

    static Incident previousMashhad() {
        return simple("inc-2026-11-14-mashhad", Incident.Type.ASSASSINATION, "2026-11-14", "Iran", "IR", "Mashhad", 36.2972, 59.6067, 2);
    }

    static Incident previousQuetta() {
        return simple("inc-2026-11-12-quetta", Incident.Type.BOMBING, "2026-11-12", "Pakistan", "PK", "Quetta", 30.1798, 66.9750, 3);
    }

    /** A plain incident with one named victim and one source, for previous periods and the benchmark. */
    static Incident simple(String id, Incident.Type type, String date, String country, String code, String city,
                           double lat, double lon, int killed) {
        String url = "https://news.example.org/" + date.replace('-', '/') + "/" + id;
        return new Incident(id, type, Incident.Method.FIREARM, true,
                new When(date, date, Incident.DatePrecision.DAY, "on " + date),
                new Place(country, code, null, city, null, lat, lon, Incident.PlacePrecision.CITY, "in " + city),
                "AF",
                List.of(new Victim("Victim of " + id, List.of(), "former official", null, "Afghan",
                        Incident.TargetCategory.FORMER_OFFICIAL, killed > 0 ? Incident.Outcome.KILLED : Incident.Outcome.INJURED)),
                new Count(killed, killed, killed), Count.ZERO,
                List.of(new Allegation("unknown gunmen", "local police")), new Claim(ClaimStatus.NO_CLAIM_REPORTED, null),
                List.of(), List.of(new Response(city + " police", Incident.ResponseAction.INVESTIGATION, "ongoing")), List.of(), List.of(),
                List.of(new Source(url, "Former official attacked in " + city, "Example News", date, Incident.SourceRole.MAIN,
                        new ArchiveRef("vigil-bench.warc.gz", id.hashCode() & 0xFFFFF, "<urn:uuid:" + id + ">", "sha1:" + id))),
                List.of(new Evidence("date", "The attack happened on " + date + " in " + city + ".", url, 0, 40)),
                0.8, Incident.Clarity.HIGH);
    }

    static List<SourceArticle> sources() {
        List<SourceArticle> list = new ArrayList<>();
        for (Incident incident : List.of(tehran(), istanbul(), peshawar(), dushanbe(), earlierMashhad())) {
            for (Source source : incident.sources()) {
                list.add(new SourceArticle(source.url(), source.outlet(), source.title(),
                        OffsetDateTime.parse(source.published() + "T08:30:00+03:30"),
                        Instant.parse(source.published() + "T21:05:00Z"), source.archive()));
            }
        }
        return list;
    }
}
