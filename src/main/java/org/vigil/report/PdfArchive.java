package org.vigil.report;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * What makes a PDF a reproducible PDF/A-2b file: matching Info and XMP metadata (with the PDF/A
 * identification), an sRGB output intent for the device RGB colours used throughout, and a fixed
 * document id and dates supplied by the caller instead of the clock.
 *
 * <p>The sRGB profile is the Java runtime's own ({@link ICC_Profile#getInstance(int)} with
 * {@link ColorSpace#CS_sRGB}): nothing extra is shipped or downloaded.
 */
final class PdfArchive {

    static final String PRODUCER = "Vigil briefing renderer (Apache PDFBox)";
    static final String CREATOR = "Vigil";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfArchive() {
    }

    /** The metadata packet and colour profile of one document: built apart from the page layout, possibly in parallel. */
    record Metadata(String title, String author, String subject, String keywords, Calendar date, byte[] xmp, byte[] profile) {
    }

    static Metadata metadata(String title, String author, String subject, String keywords, Instant date) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(date.toEpochMilli() / 1000 * 1000);
        try {
            return new Metadata(title, author, subject, keywords, calendar, xmp(title, author, subject, keywords, calendar),
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void conform(PDDocument document, Metadata metadata, byte[] documentId) throws IOException {
        document.setVersion(1.7f);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        info.setSubject(metadata.subject());
        info.setKeywords(metadata.keywords());
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(metadata.date());
        info.setModificationDate(metadata.date());

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage("en");
        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(metadata.xmp());
        catalog.setMetadata(xmp);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(metadata.profile()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        COSArray id = new COSArray();
        id.add(new COSString(documentId));
        id.add(new COSString(documentId));
        document.getDocument().setDocumentID(id);
    }

    private static byte[] xmp(String title, String author, String subject, String keywords, Calendar date) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator(author);
        dc.setDescription(subject);
        dc.setFormat("application/pdf");
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        pdf.setKeywords(keywords);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(CREATOR);
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write XMP metadata: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
