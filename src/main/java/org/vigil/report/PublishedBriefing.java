package org.vigil.report;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A briefing written to the output folder.
 *
 * @param file        the PDF, {@code output/<job>/<kind>/<job>-<label>.pdf}
 * @param indexPath   path of the PDF relative to {@code output/<job>/}, as listed in {@code index.json}
 * @param sha256      lower-case hex SHA-256 of the PDF bytes
 * @param incidents   incidents in the briefing
 * @param generatedAt the briefing's data-derived date ({@link Briefing#generatedAt()})
 */
public record PublishedBriefing(Period period, Path file, String indexPath, String sha256, int incidents,
                                Instant generatedAt) {
}
