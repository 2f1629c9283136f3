package org.vigil.incident;

import java.util.List;

/** Copies of incident records with their identity, links or provenance replaced. */
final class Incidents {

    private Incidents() {
    }

    static Incident with(Incident i, String id, List<Incident.Related> related, List<Incident.Source> sources,
                         List<Incident.Evidence> evidence) {
        return new Incident(id, i.type(), i.method(), i.inScope(), i.date(), i.place(), i.originCountryCode(),
                i.victims(), i.killed(), i.injured(), i.allegedPerpetrators(), i.claim(), i.denials(), i.responses(),
                i.calls(), related, sources, evidence, i.confidence(), i.clarity());
    }
}
