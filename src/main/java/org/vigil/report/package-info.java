/**
 * The PDF briefing: what analysts read and forward.
 *
 * <p>The brief step fills a {@link org.vigil.report.Briefing} from the catalog (the period's incidents,
 * those of {@link org.vigil.report.Period#previous()} for the deltas, earlier incidents the period's
 * incidents refer to, archive counts and the cited archived articles), then either renders it with
 * {@link org.vigil.report.BriefingRenderer#render} or writes it into {@code HOME/output} with
 * {@link org.vigil.report.BriefingPublisher#publish}, and mails the result with
 * {@link org.vigil.report.BriefingMailer#send} when the job has {@code briefing.mail}.
 *
 * <p>The PDF is PDF/A-2b and reproducible: the same briefing gives the same bytes, because every date
 * and the document id come from the data ({@link org.vigil.report.Briefing#generatedAt()}), never the
 * clock. Text is set in embedded DejaVu Sans; Arabic-script names are shaped
 * ({@code ArabicShaper}) and ordered by the Unicode bidi algorithm ({@code TextLines}), and stay
 * extractable. Plain classes, no Spring.
 */
package org.vigil.report;
