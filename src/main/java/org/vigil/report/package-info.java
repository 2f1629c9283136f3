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
 * clock. Text is set in embedded DejaVu Sans, Arabic script in Vazirmatn, drawn glyph by glyph
 * ({@code EmbeddedFont}): Arabic, Persian and Pashto letters joined in the contextual forms the font's
 * own OpenType tables give ({@code ArabicShaper}, {@code Typeface}), lines ordered by the Unicode bidi
 * algorithm ({@code TextLines}), and every glyph mapped back to its letters for copy and search.
 * Plain classes, no Spring.
 */
package org.vigil.report;
