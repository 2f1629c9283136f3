package org.vigil.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.incident.Incident;
import org.vigil.incident.IncidentJson;

import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Function;
import java.util.List;
import java.util.Locale;

/** Incidents merged across articles: what briefings and exports read. */
public class IncidentRepository {

    private final JdbcClient jdbc;

    public IncidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces all merged incidents. {@code firstReported} gives, for each incident, the date the archive
     * first held a report of it; briefings select incidents by that date.
     */
    public void replaceAll(List<Incident> incidents, Function<Incident, LocalDate> firstReported) {
        jdbc.sql("DELETE FROM incident").update();
        for (Incident incident : incidents) {
            jdbc.sql("""
                            INSERT INTO incident (id, type, date_start, first_reported, country_code, city, document)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(incident.id(), incident.type().name().toLowerCase(Locale.ROOT), incident.date().start(),
                            firstReported.apply(incident), incident.place().countryCode(), incident.place().city(),
                            IncidentJson.write(incident))
                    .update();
        }
    }

    public List<Incident> findAll() {
        return jdbc.sql("SELECT document FROM incident ORDER BY first_reported, id")
                .query((rs, n) -> IncidentJson.read(rs.getString(1))).list();
    }

    /** Incidents first reported between {@code from} and {@code to}, both inclusive. */
    public List<Incident> firstReportedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT document FROM incident WHERE first_reported BETWEEN ? AND ?
                        ORDER BY first_reported, id""")
                .params(from, to)
                .query((rs, n) -> IncidentJson.read(rs.getString(1))).list();
    }

    /** The incidents with these ids, in id order; unknown ids are left out. */
    public List<Incident> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT document FROM incident WHERE id IN (:ids) ORDER BY id")
                .param("ids", ids)
                .query((rs, n) -> IncidentJson.read(rs.getString(1))).list();
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM incident").query(Integer.class).single();
    }

    public void deleteAll() {
        jdbc.sql("DELETE FROM incident").update();
    }
}
