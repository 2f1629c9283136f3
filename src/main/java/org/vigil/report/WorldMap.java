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
import java.util.TreeMap;
import java.util.stream.Collectors;

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
            List<Spot> clusters = cluster(spots, projection);
            content.setNonStrokingColor(POINT);
            content.setStrokingColor(Color.WHITE);
            content.setLineWidth(0.6f);
            for (Spot spot : clusters) {
                circle(content, projection.x(spot.lon()), projection.y(spot.lat()), radius(spot));
                content.fillAndStroke();
            }
            content.restoreGraphicsState();
            // labels after the restore: they go through the layout, which tracks the text state it sets
            // labels avoid each other and every point
            List<float[]> taken = new ArrayList<>();
            for (Spot spot : clusters) {
                float r = radius(spot);
                float cx = projection.x(spot.lon());
                float cy = projection.y(spot.lat());
                taken.add(new float[]{cx - r, cy - r, cx + r, cy + r});
            }
            clusters.stream().sorted(Comparator.comparingInt(Spot::incidents).reversed().thenComparing(Spot::label))
                    .limit(LABELS).forEach(spot -> label(layout, labelStyle, projection, spot, taken, x, bottom, width, height));
            content.setStrokingColor(BORDER);
            content.setLineWidth(0.6f);
            content.addRect(x, bottom, width, height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points closer than this on the map merge into one, labelled by the larger. */
    private static final float MERGE_DISTANCE = 9;

    private static List<Spot> cluster(List<Spot> spots, Projection projection) {
        List<Spot> clusters = new ArrayList<>();
        List<Spot> byWeight = spots.stream().sorted(Comparator.comparingInt(Spot::incidents).reversed()
                .thenComparing(Spot::label).thenComparingDouble(Spot::lat).thenComparingDouble(Spot::lon)).toList();
        for (Spot spot : byWeight) {
            int near = -1;
            for (int i = 0; i < clusters.size() && near < 0; i++) {
                Spot c = clusters.get(i);
                if (Math.hypot(projection.x(c.lon()) - projection.x(spot.lon()), projection.y(c.lat()) - projection.y(spot.lat())) < MERGE_DISTANCE) {
                    near = i;
                }
            }
            if (near < 0) {
                clusters.add(spot);
            } else {
                Spot c = clusters.get(near);
                clusters.set(near, new Spot(c.lat(), c.lon(), c.label(), c.incidents() + spot.incidents()));
            }
        }
        return clusters;
    }

    /** Puts the label right, left, above or below its point, whichever first overlaps no other label; else leaves it out. */
    private static void label(PageLayout layout, PageLayout.Style style, Projection projection, Spot spot, List<float[]> taken,
                              float x, float bottom, float width, float height) {
        String text = spot.incidents() > 1 ? spot.label() + " (" + spot.incidents() + ")" : spot.label();
        TextLines.Line line = TextLines.wrap(text, style.face(), style.size(), width).get(0);
        float px = projection.x(spot.lon());
        float py = projection.y(spot.lat());
        float r = radius(spot) + 2;
        float h = style.size();
        float[][] candidates = {
                {px + r, py - h / 3}, {px - r - line.width(), py - h / 3},
                {px - line.width() / 2, py + r}, {px - line.width() / 2, py - r - h}};
        for (float[] at : candidates) {
            float[] box = {at[0], at[1] - h * 0.25f, at[0] + line.width(), at[1] + h * 0.85f};
            boolean inside = box[0] >= x && box[2] <= x + width && box[1] >= bottom && box[3] <= bottom + height;
            if (inside && taken.stream().noneMatch(t -> box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3])) {
                taken.add(box);
                layout.drawLine(line, style, at[0], at[1]);
                return;
            }
        }
    }

    /** Area grows with the number of incidents, up to a cap so that one busy city does not hide its region. */
    private static float radius(Spot spot) {
        return (float) Math.min(9, 2.4 + 1.0 * Math.sqrt(spot.incidents() - 1));
    }

    private record Projection(double lon0, double lat0, double scale, double k, float x0, float y0) {
        float x(double lon) {
            return (float) (x0 + (lon - lon0) * k * scale);
        }

        float y(double lat) {
            return (float) (y0 + (lat - lat0) * scale);
        }
    }

    /**
     * Incidents grouped into points on a 0.1° grid (about 10 km: districts of one city merge at the
     * scale of a regional map), each labelled by its most frequent locality.
     */
    private static List<Spot> spots(List<Incident> incidents) {
        Map<String, List<Incident>> byCell = new LinkedHashMap<>();
        incidents.stream().filter(WorldMap::hasCoordinates).sorted(IncidentText.ORDER).forEach(incident ->
                byCell.computeIfAbsent(Math.round(incident.place().lat() * 10) + "," + Math.round(incident.place().lon() * 10),
                        cell -> new ArrayList<>()).add(incident));
        List<Spot> spots = new ArrayList<>();
        for (List<Incident> cell : byCell.values()) {
            double lat = cell.stream().mapToDouble(i -> i.place().lat()).average().orElseThrow();
            double lon = cell.stream().mapToDouble(i -> i.place().lon()).average().orElseThrow();
            String label = cell.stream().map(i -> IncidentText.locality(i.place()))
                    .collect(Collectors.groupingBy(l -> l, TreeMap::new, Collectors.counting()))
                    .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
            spots.add(new Spot(lat, lon, label, cell.size()));
        }
        return spots;
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
