package org.vigil.incident;

import org.vigil.archive.ArchiveRef;
import org.vigil.incident.Incident.Count;
import org.vigil.incident.Incident.DatePrecision;
import org.vigil.incident.Incident.Outcome;
import org.vigil.incident.Incident.SourceRole;
import org.vigil.incident.Incident.TargetCategory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds the per-article incident records an extractor would produce for one article: one source,
 * evidence quoting the article's sentences with their offsets in its text.
 */
final class Reported {

    private final String id;
    private final String url;
    private final String outlet;
    private final String published;
    private final SourceRole role;
    private final String text;
    private Incident.Type type = Incident.Type.ASSASSINATION;
    private Incident.Method method = Incident.Method.FIREARM;
    private boolean inScope = true;
    private Incident.When date;
    private Incident.Place place;
    private String origin = "AF";
    private final List<Incident.Victim> victims = new ArrayList<>();
    private Count killed = Count.ZERO;
    private Count injured = Count.ZERO;
    private final List<Incident.Allegation> alleged = new ArrayList<>();
    private Incident.Claim claim = new Incident.Claim(Incident.ClaimStatus.NOT_MENTIONED, null);
    private final List<Incident.Response> responses = new ArrayList<>();
    private final List<Incident.Related> related = new ArrayList<>();
    private final List<Incident.Evidence> evidence = new ArrayList<>();
    private double confidence = 0.8;

    private Reported(String id, String url, String outlet, String published, SourceRole role, String text) {
        this.id = id;
        this.url = url;
        this.outlet = outlet;
        this.published = published;
        this.role = role;
        this.text = text;
    }

    /** The main incident of an article whose extracted text is {@code text}. */
    static Reported main(String id, String url, String outlet, String published, String text) {
        return new Reported(id, url, outlet, published, SourceRole.MAIN, text);
    }

    /** An earlier incident the article refers to. */
    static Reported reference(String id, String url, String outlet, String published, String text) {
        return new Reported(id, url, outlet, published, SourceRole.REFERENCE, text);
    }

    Reported type(Incident.Type type, Incident.Method method, String quote) {
        this.type = type;
        this.method = method;
        return quote("type", quote);
    }

    Reported date(String start, DatePrecision precision, String phrase) {
        this.date = new Incident.When(start, start, precision, phrase);
        return quote("date", sentenceWith(phrase));
    }

    Reported undated(String phrase) {
        this.date = new Incident.When(null, null, DatePrecision.UNKNOWN, phrase);
        return this;
    }

    Reported place(String country, String code, String admin1, String city, String district, Double lat, Double lon,
                   String phrase) {
        Incident.PlacePrecision precision = district != null ? Incident.PlacePrecision.DISTRICT
                : city != null ? Incident.PlacePrecision.CITY : Incident.PlacePrecision.COUNTRY;
        this.place = new Incident.Place(country, code, admin1, city, district, lat, lon, precision, phrase);
        return quote("place", sentenceWith(phrase));
    }

    Reported tehran(String district, String phrase) {
        return place("Iran", "IR", "Tehran", "Tehran", district, 35.6892, 51.3890, phrase);
    }

    Reported victim(String name, String role, Outcome outcome) {
        victims.add(new Incident.Victim(name, List.of(), role, role == null ? null : "former Afghan government",
                "Afghan", name == null ? TargetCategory.OTHER : TargetCategory.FORMER_OFFICIAL, outcome));
        return name == null ? this : quote("victims[" + (victims.size() - 1) + "].name", sentenceWith(name));
    }

    Reported killed(int n) {
        this.killed = new Count(n, n, n);
        return this;
    }

    Reported injured(int n) {
        this.injured = new Count(n, n, n);
        return this;
    }

    Reported alleged(String actor, String by) {
        alleged.add(new Incident.Allegation(actor, by));
        return this;
    }

    Reported noClaim(String quote) {
        this.claim = new Incident.Claim(Incident.ClaimStatus.NO_CLAIM_REPORTED, null);
        return quote("claim", quote);
    }

    Reported response(String authority, Incident.ResponseAction action, String status) {
        responses.add(new Incident.Response(authority, action, status));
        return this;
    }

    Reported relatedEarlier(String otherId) {
        related.add(new Incident.Related(otherId, Incident.Relation.REFERENCED_EARLIER));
        return this;
    }

    Reported outOfScope() {
        this.inScope = false;
        this.origin = null;
        return this;
    }

    Reported confidence(double confidence) {
        this.confidence = confidence;
        return this;
    }

    private Reported quote(String field, String quote) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("not in the article text: " + quote);
        }
        evidence.add(new Incident.Evidence(field, quote, url, start, start + quote.length()));
        return this;
    }

    /** The sentence of the article text that contains {@code words}. */
    private String sentenceWith(String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in the article text: " + words);
        }
        int start = Math.max(boundaryBefore(". ", at), boundaryBefore("\n\n", at));
        int end = text.length();
        int stop = text.indexOf(". ", at);
        if (stop >= 0) {
            end = Math.min(end, stop + 1);
        }
        int paragraph = text.indexOf("\n\n", at);
        if (paragraph >= 0) {
            end = Math.min(end, paragraph);
        }
        return text.substring(start, end);
    }

    private int boundaryBefore(String boundary, int at) {
        int b = text.lastIndexOf(boundary, at);
        return b < 0 ? 0 : b + boundary.length();
    }

    Incident build() {
        return new Incident(id, type, method, inScope, date, place, origin, victims, killed, injured, alleged, claim,
                List.of(), responses, List.of(), related,
                List.of(new Incident.Source(url, "Report on " + outlet, outlet, published, role,
                        new ArchiveRef("VIGIL-20251205-00001.warc.gz", Math.abs(url.hashCode()) % 100000,
                                "<urn:uuid:" + UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)) + ">",
                                "sha1:" + Integer.toHexString(url.hashCode()).toUpperCase()))),
                evidence, confidence, Incident.Clarity.HIGH);
    }
}
