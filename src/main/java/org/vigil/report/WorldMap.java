package org.vigil.report;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.vigil.incident.Incident;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A map of incident locations: points on country outlines (Natural Earth 1:50m via the
 * {@code world-atlas} TopoJSON, shipped as a resource) in an equirectangular projection fitted to
 * the incidents, with the busiest places labelled.
 */
final class WorldMap {

    private static final String RESOURCE = "/org/vigil/report/countries-50m.json";
    private static final Color SEA = new Color(0xEAF1F7);
    private static final Color LAND = new Color(0xF4F1EA);
    private static final Color BORDER = new Color(0x9C9588);
    private static final Color POINT = new Color(0xB22222);
    private static final int LABELS = 14;

    /** One country: rings of interleaved lon/lat pairs, and its bounding box. */
    private record Country(List<double[]> rings, double minLon, double minLat, double maxLon, double maxLat) {
    }

    private static volatile List<Country> countries;

    /** A place with its incident count, in map order. */
    private record Spot(double lat, double lon, String label, int incidents) {
    }

    private WorldMap() {
    }

    /** How many incidents have coordinates and can be placed. */
    static long placeable(List<Incident> incidents) {
        return incidents.stream().filter(WorldMap::hasCoordinates).count();
    }

    private static boolean hasCoordinates(Incident incident) {
        return incident.place() != null && incident.place().lat() != null && incident.place().lon() != null
                && Math.abs(incident.place().lat()) <= 90 && Math.abs(incident.place().lon()) <= 180;
    }

    /** Draws the map into the box (x, bottom, width, height) of the current page. */
    static void draw(PageLayout layout, List<Incident> incidents, PageLayout.Style labelStyle,
                     float x, float bottom, float width, float height) {
        List<Spot> spots = spots(incidents);
        double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
        for (Spot spot : spots) {
            minLon = Math.min(minLon, spot.lon());
            maxLon = Math.max(maxLon, spot.lon());
            minLat = Math.min(minLat, spot.lat());
            maxLat = Math.max(maxLat, spot.lat());
        }
        // pad the incidents' extent so that they sit inside recognisable countries
        double padLon = Math.max(4, (maxLon - minLon) * 0.2);
        double padLat = Math.max(3, (maxLat - minLat) * 0.2);
        minLon -= padLon;
        maxLon += padLon;
        minLat = Math.max(-80, minLat - padLat);
        maxLat = Math.min(84, maxLat + padLat);
        double k = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double scale = Math.min(width / ((maxLon - minLon) * k), height / (maxLat - minLat));
        // widen the shorter side so the map fills the box
        double centreLon = (minLon + maxLon) / 2;
        double centreLat = (minLat + maxLat) / 2;
        double halfLon = width / scale / k / 2;
        double halfLat = height / scale / 2;
        Projection projection = new Projection(centreLon - halfLon, centreLat - halfLat, scale, k, x, bottom);
        try {
            PDPageContentStream content = layout.content();
            content.saveGraphicsState();
            content.addRect(x, bottom, width, height);
            content.clip();
            content.setNonStrokingColor(SEA);
            content.addRect(x, bottom, width, height);
            content.fill();
            drawCountries(content, projection, centreLon - halfLon, centreLat - halfLat, centreLon + halfLon, centreLat + halfLat);
            content.setNonStrokingColor(POINT);
            content.setStrokingColor(Color.WHITE);
            content.setLineWidth(0.6f);
            for (Spot spot : spots) {
                circle(content, projection.x(spot.lon()), projection.y(spot.lat()), (float) (2.4 + 1.3 * Math.sqrt(spot.incidents() - 1)));
                content.fillAndStroke();
            }
            List<Spot> labelled = spots.stream().sorted(Comparator.comparingInt(Spot::incidents).reversed()
                    .thenComparing(Spot::label)).limit(LABELS).toList();
            for (Spot spot : labelled) {
                String text = spot.incidents() > 1 ? spot.label() + " (" + spot.incidents() + ")" : spot.label();
                TextLines.Line line = TextLines.wrap(text, labelStyle.face(), labelStyle.size(), width).get(0);
                float px = projection.x(spot.lon()) + 4;
                if (px + line.width() > x + width) {
                    px = projection.x(spot.lon()) - 4 - line.width();
                }
                layout.drawLine(line.visual(), labelStyle, px, projection.y(spot.lat()) - labelStyle.size() / 3);
            }
            content.restoreGraphicsState();
            content.setStrokingColor(BORDER);
            content.setLineWidth(0.6f);
            content.addRect(x, bottom, width, height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Projection(double lon0, double lat0, double scale, double k, float x0, float y0) {
        float x(double lon) {
            return (float) (x0 + (lon - lon0) * k * scale);
        }

        float y(double lat) {
            return (float) (y0 + (lat - lat0) * scale);
        }
    }

    /** Incidents grouped by place (coordinates rounded to 0.01°), labelled by locality. */
    private static List<Spot> spots(List<Incident> incidents) {
        Map<String, Spot> byPlace = new LinkedHashMap<>();
        incidents.stream().filter(WorldMap::hasCoordinates).sorted(IncidentText.ORDER).forEach(incident -> {
            double lat = Math.round(incident.place().lat() * 100) / 100.0;
            double lon = Math.round(incident.place().lon() * 100) / 100.0;
            byPlace.merge(lat + "," + lon, new Spot(lat, lon, IncidentText.locality(incident.place()), 1),
                    (a, b) -> new Spot(a.lat(), a.lon(), a.label(), a.incidents() + 1));
        });
        return new ArrayList<>(byPlace.values());
    }

    private static void drawCountries(PDPageContentStream content, Projection p, double minLon, double minLat,
                                      double maxLon, double maxLat) throws IOException {
        content.setNonStrokingColor(LAND);
        content.setStrokingColor(BORDER);
        content.setLineWidth(0.35f);
        for (Country country : countries()) {
            if (country.maxLon() < minLon || country.minLon() > maxLon || country.maxLat() < minLat || country.minLat() > maxLat) {
                continue;
            }
            for (double[] ring : country.rings()) {
                content.moveTo(p.x(ring[0]), p.y(ring[1]));
                for (int i = 2; i < ring.length; i += 2) {
                    content.lineTo(p.x(ring[i]), p.y(ring[i + 1]));
                }
                content.closePath();
            }
            content.fillAndStrokeEvenOdd();
        }
    }

    private static void circle(PDPageContentStream content, float cx, float cy, float r) throws IOException {
        float c = r * 0.5523f;
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + c, cx + c, cy + r, cx, cy + r);
        content.curveTo(cx - c, cy + r, cx - r, cy + c, cx - r, cy);
        content.curveTo(cx - r, cy - c, cx - c, cy - r, cx, cy - r);
        content.curveTo(cx + c, cy - r, cx + r, cy - c, cx + r, cy);
        content.closePath();
    }

    /** Decodes the base map now, so that the first {@link #draw} does not wait for it. */
    static void preload() {
        countries();
    }

    /** Country outlines decoded once per JVM from the TopoJSON resource. */
    private static List<Country> countries() {
        List<Country> loaded = countries;
        if (loaded == null) {
            synchronized (WorldMap.class) {
                if (countries == null) {
                    countries = decode();
                }
                loaded = countries;
            }
        }
        return loaded;
    }

    /** TopoJSON: quantized, delta-encoded arcs; polygons list arc indexes, ~i meaning arc i reversed. */
    private static List<Country> decode() {
        JsonNode topology;
        try (InputStream in = WorldMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("base map " + RESOURCE + " is missing from the classpath");
            }
            topology = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read base map " + RESOURCE, e);
        }
        JsonNode transform = topology.get("transform");
        double sx = transform.get("scale").get(0).asDouble();
        double sy = transform.get("scale").get(1).asDouble();
        double tx = transform.get("translate").get(0).asDouble();
        double ty = transform.get("translate").get(1).asDouble();
        JsonNode arcNodes = topology.get("arcs");
        List<double[]> arcs = new ArrayList<>(arcNodes.size());
        for (JsonNode arc : arcNodes) {
            double[] points = new double[arc.size() * 2];
            long qx = 0;
            long qy = 0;
            for (int i = 0; i < arc.size(); i++) {
                qx += arc.get(i).get(0).asLong();
                qy += arc.get(i).get(1).asLong();
                points[2 * i] = qx * sx + tx;
                points[2 * i + 1] = qy * sy + ty;
            }
            arcs.add(points);
        }
        List<Country> result = new ArrayList<>();
        for (JsonNode geometry : topology.get("objects").get("countries").get("geometries")) {
            String type = geometry.get("type").asString();
            List<double[]> rings = new ArrayList<>();
            if (type.equals("Polygon")) {
                geometry.get("arcs").forEach(ring -> rings.add(ring(ring, arcs)));
            } else if (type.equals("MultiPolygon")) {
                geometry.get("arcs").forEach(polygon -> polygon.forEach(ring -> rings.add(ring(ring, arcs))));
            }
            if (!rings.isEmpty()) {
                double minLon = 180, minLat = 90, maxLon = -180, maxLat = -90;
                for (double[] ring : rings) {
                    for (int i = 0; i < ring.length; i += 2) {
                        minLon = Math.min(minLon, ring[i]);
                        maxLon = Math.max(maxLon, ring[i]);
                        minLat = Math.min(minLat, ring[i + 1]);
                        maxLat = Math.max(maxLat, ring[i + 1]);
                    }
                }
                result.add(new Country(List.copyOf(rings), minLon, minLat, maxLon, maxLat));
            }
        }
        return List.copyOf(result);
    }

    private static double[] ring(JsonNode arcIndexes, List<double[]> arcs) {
        int total = 0;
        for (JsonNode index : arcIndexes) {
            int i = index.asInt();
            total += arcs.get(i < 0 ? ~i : i).length;
        }
        double[] ring = new double[total];
        int length = 0;
        for (JsonNode index : arcIndexes) {
            int i = index.asInt();
            double[] arc = arcs.get(i < 0 ? ~i : i);
            int points = arc.length / 2;
            // consecutive arcs share their joining point: skip it on every arc but the first
            for (int p = length == 0 ? 0 : 1; p < points; p++) {
                int src = i < 0 ? points - 1 - p : p;
                ring[length++] = arc[2 * src];
                ring[length++] = arc[2 * src + 1];
            }
        }
        return java.util.Arrays.copyOf(ring, length);
    }
}
