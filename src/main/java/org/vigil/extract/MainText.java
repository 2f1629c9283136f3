package org.vigil.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Finds the article body of a page and returns it as paragraphs.
 *
 * <p>The page is first cut into text blocks (the runs of text between block-level tags), leaving out
 * furniture that {@link Boilerplate} recognises. Each block is judged on its own: a block with enough
 * words and few of them inside links reads like prose ("good"); short lines and link lists do not
 * ("bad"). The body is the element whose subtree holds the most good text net of the bad text it
 * would drag in; this favours the tightest container around the story and still spans a story that
 * is split into several sibling containers. Summaries in lists of other stories ("teasers") do not
 * count as prose. Inside the chosen element, link lists, stock phrases, the repeated headline and
 * stray bylines, time stamps and copyright lines before and after the prose are dropped.
 *
 * <p>When these rules leave almost nothing, the story was probably inside an element with a
 * furniture-like name, and the page is cut again with {@link Boilerplate.Strictness#LENIENT}.
 *
 * <p>Stateless and thread-safe. Never modifies the document.
 */
final class MainText {

    /** A block this long with few links reads like a paragraph of prose. */
    private static final int GOOD_LENGTH = 60;
    private static final double GOOD_MAX_LINK_DENSITY = 0.33;
    /** How much a character of link text outside prose costs a container against its prose. */
    private static final double LINK_WEIGHT = 1.0;
    /** How much a character of a short non-link line costs: less, as stories have subheads and short lines. */
    private static final double SHORT_WEIGHT = 0.25;
    /** A box with a linked headline and at most this many blocks is a teaser for another story. */
    private static final int TEASER_BOX_BLOCKS = 4;
    /** A list item that opens with a link this long opens with a headline. */
    private static final int TEASER_TITLE_CHARS = 25;
    /** Less text than this from the strict rules is a sign they cut away the story's own wrapper. */
    private static final int MIN_STRICT_LENGTH = 300;
    /** Ancestors beyond this many levels up get no credit for a block (keeps scoring linear). */
    private static final int MAX_LEVELS = 12;

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead",
            "tfoot", "tr", "td", "th", "caption", "address", "hr", "center", "fieldset", "details", "summary",
            "body", "html", "form", "figure", "header", "footer", "nav", "aside");

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”’»)\\]:]\\s*$");

    /** Bylines, time stamps and copyright notes are this short; a paragraph mentioning a date is longer. */
    private static final int STRAY_DATELINE_LENGTH = 120;
    private static final Pattern BYLINE_OR_STAMP = Pattern.compile(
            "(?:by|updated|published|posted|last updated|last modified|written by|photo:|source:)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT = Pattern.compile("©|\\(c\\) \\d{4}|\\bcopyright\\b|all rights reserved",
            Pattern.CASE_INSENSITIVE);

    /** Calls to follow, subscribe or click that open or close a story are no longer than this. */
    private static final int STRAY_PROMO_LENGTH = 300;
    private static final Pattern PROMO = Pattern.compile("\\b(?:follow (?:us|him|her|them|@)|sign up|subscribe|newsletter"
            + "|click here|join our|delivered (?:to|through) your|affiliate|tell us what you think|contact us|"
            + "for more information|share this|read more)\\b", Pattern.CASE_INSENSITIVE);

    /** Stock phrases of share bars, ad labels and teasers that slip through markup-based cleaning. */
    private static final Pattern STOCK_LINE = Pattern.compile("^(?:"
            + "advertisement|advertisment|advert|ad|sponsored( content)?|story continues below.*|continue reading.*|"
            + "read more.*|read next.*|related( articles?| stories| coverage| content)?:?.*|see also:?.*|"
            + "share( this( article| story| page)?)?( on \\w+)?|share on \\w+|tweet|email|print|"
            + "(sign up|subscribe) (for|to) .*|click here .*|follow us on .*|"
            + "(also )?read:.*|watch:.*|listen:.*|image:.*|photo:.*|video:.*|"
            + "all rights reserved.*|copyright .*|© .*|loading.*|comments?|\\d+ comments?|"
            + "(this )?(article|story) (continues|was) .*below|skip to .*|image \\d+ of \\d+|"
            + "(this )?slideshow requires javascript.*|sharing is caring!?"
            + ")$", Pattern.CASE_INSENSITIVE);

    /** What kind of element a block's text sits in, as far as judging it goes. */
    enum Kind { TEXT, HEADING, ITEM, PRE }

    /** One run of text between block boundaries. */
    static final class Block {
        final Element owner;
        final Kind kind;
        final String text;
        final int linkChars;
        /** Characters of link text the block starts with: a list item opening on a long link is a headline. */
        final int leadingLinkChars;
        /** Set for the summary under a linked headline in a list of other stories. */
        boolean teaser;

        Block(Element owner, Kind kind, String text, int linkChars, int leadingLinkChars) {
            this.owner = owner;
            this.kind = kind;
            this.text = text;
            this.linkChars = linkChars;
            this.leadingLinkChars = leadingLinkChars;
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }

        /** Reads like a paragraph of the story: long enough, few links, not a headline, teaser or markup residue. */
        boolean isProse() {
            return !teaser && kind != Kind.HEADING && text.length() >= GOOD_LENGTH
                    && linkDensity() <= GOOD_MAX_LINK_DENSITY && !text.startsWith("<");
        }
    }

    String extract(Element body, String title) {
        List<String> paragraphs = extract(body, title, Boilerplate.Strictness.STRICT);
        if (length(paragraphs) < MIN_STRICT_LENGTH) {
            List<String> lenient = extract(body, title, Boilerplate.Strictness.LENIENT);
            if (length(lenient) > length(paragraphs)) {
                paragraphs = lenient;
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** Every text block under {@code root} as paragraphs, for a fragment that is all story. */
    static String paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks(root, Boilerplate.Strictness.LENIENT)) {
            out.add(b.text);
        }
        return String.join("\n\n", out);
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    private static List<String> extract(Element body, String title, Boilerplate.Strictness strictness) {
        List<Block> blocks = blocks(body, strictness);
        markTeasers(blocks);
        Element container = bestContainer(body, blocks);
        List<String> paragraphs = select(blocks, container, title);
        if (paragraphs.isEmpty()) {
            // no prose anywhere: every non-link block is better than nothing
            for (Block b : blocks) {
                if (b.linkDensity() < 0.5 && !b.text.isBlank()) {
                    paragraphs.add(b.text);
                }
            }
        }
        return paragraphs;
    }

    // ---------------------------------------------------------------- blocks

    static List<Block> blocks(Element root, Boilerplate.Strictness strictness) {
        BlockCollector collector = new BlockCollector(strictness);
        root.filter(collector);
        collector.flush();
        return collector.blocks;
    }

    private static final class BlockCollector implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int preDepth;
        private int leadingLinkChars;
        private boolean leadingOpen = true;
        private final List<Element> open = new ArrayList<>();
        private final Boilerplate.Strictness strictness;

        BlockCollector(Boilerplate.Strictness strictness) {
            this.strictness = strictness;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                appendText(t.getWholeText(), preDepth > 0);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (depth > 0 && Boilerplate.isFurniture(el, strictness)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = el.normalName();
            if (tag.equals("br")) {
                text.append('\n');
                return FilterResult.CONTINUE;
            }
            if (tag.equals("a")) {
                linkDepth++;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                open.add(el);
                if (tag.equals("pre")) {
                    preDepth++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el) {
                String tag = el.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                }
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    open.remove(open.size() - 1);
                    if (tag.equals("pre")) {
                        preDepth--;
                    }
                } else if (tag.equals("img") || tag.equals("td") || tag.equals("th")) {
                    text.append(' ');
                }
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(String raw, boolean pre) {
            int before = text.length();
            if (pre) {
                text.append(raw);
            } else {
                for (int i = 0; i < raw.length(); i++) {
                    char c = raw.charAt(i);
                    if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
                        int len = text.length();
                        if (len > 0 && text.charAt(len - 1) != ' ' && text.charAt(len - 1) != '\n') {
                            text.append(' ');
                        }
                    } else {
                        text.append(c);
                    }
                }
            }
            if (linkDepth > 0) {
                linkChars += text.length() - before;
                if (leadingOpen) {
                    leadingLinkChars = text.length();
                }
            } else if (leadingOpen && hasNonSpace(text, before)) {
                leadingOpen = false;
            }
        }

        private static boolean hasNonSpace(StringBuilder text, int from) {
            for (int i = from; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        void flush() {
            if (text.length() == 0) {
                return;
            }
            Element owner = open.isEmpty() ? null : open.get(open.size() - 1);
            Kind kind = kindOf(open);
            if (kind == Kind.PRE) {
                String s = text.toString().strip();
                if (!s.isEmpty()) {
                    blocks.add(new Block(owner, kind, s, Math.min(linkChars, s.length()), leadingLinkChars));
                }
            } else {
                // a double line break is how markup without <p> separates paragraphs
                String[] parts = text.toString().split("\\s*\n\\s*\n\\s*");
                int remainingLinks = linkChars;
                for (String part : parts) {
                    String s = part.replace('\n', ' ').strip();
                    if (s.isEmpty()) {
                        continue;
                    }
                    int links = parts.length == 1 ? linkChars : Math.min(remainingLinks, s.length());
                    remainingLinks -= links;
                    blocks.add(new Block(owner, kind, s, Math.min(links, s.length()), parts.length == 1 ? leadingLinkChars : 0));
                }
            }
            text.setLength(0);
            linkChars = 0;
            leadingLinkChars = 0;
            leadingOpen = true;
        }

        private static Kind kindOf(List<Element> open) {
            for (int i = open.size() - 1; i >= 0; i--) {
                switch (open.get(i).normalName()) {
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                        return Kind.HEADING;
                    }
                    case "pre" -> {
                        return Kind.PRE;
                    }
                    case "li", "dd", "dt" -> {
                        return Kind.ITEM;
                    }
                    case "p" -> {
                        return Kind.TEXT;
                    }
                    default -> {
                    }
                }
            }
            return Kind.TEXT;
        }
    }

    // ---------------------------------------------------------------- teasers

    /**
     * Lists of other stories give each one a small box with a linked headline followed by a summary
     * that reads like prose. Such a summary is recognised by its box: the smallest element holding
     * both it and the linked line just before it holds hardly anything else, and no other prose. A story paragraph after
     * an inline "Related:" link shares its parent with the rest of the story instead.
     */
    static void markTeasers(List<Block> blocks) {
        // per element: blocks, and prose blocks, in its subtree
        Map<Element, int[]> counts = new IdentityHashMap<>();
        for (Block b : blocks) {
            boolean prose = b.isProse();
            for (Element e = b.owner; e != null; e = e.parent()) {
                int[] c = counts.computeIfAbsent(e, k -> new int[2]);
                c[0]++;
                if (prose) {
                    c[1]++;
                }
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.isProse()) {
                continue;
            }
            if (b.kind == Kind.ITEM && b.leadingLinkChars >= TEASER_TITLE_CHARS || underLinkedHeading(b, counts)) {
                b.teaser = true;
                continue;
            }
            for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                Block previous = blocks.get(j);
                if (previous.linkDensity() > 0.6 && previous.owner != null && b.owner != null) {
                    Element box = commonAncestor(previous.owner, b.owner);
                    if (box != null && isTeaserBox(counts.get(box))) {
                        b.teaser = true;
                    }
                    break;
                }
            }
        }
    }

    /**
     * Whether a small box around the block also holds a headline that links elsewhere, even one
     * that was left out as furniture (teaser headlines often sit in a {@code <header>}).
     */
    private static boolean underLinkedHeading(Block b, Map<Element, int[]> counts) {
        Element e = b.owner;
        for (int level = 0; e != null && level < 4 && isTeaserBox(counts.get(e)); level++) {
            if (hasLinkedHeading(e)) {
                return true;
            }
            e = e.parent();
        }
        return false;
    }

    private static boolean hasLinkedHeading(Element box) {
        for (Element e : box.getAllElements()) {
            if (HEADINGS.contains(e.normalName())) {
                for (Element a : e.getElementsByTag("a")) {
                    if (a.hasAttr("href")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A teaser's box is small and holds one summary; a short story has several paragraphs. */
    private static boolean isTeaserBox(int[] counts) {
        return counts[0] <= TEASER_BOX_BLOCKS && counts[1] <= 1;
    }

    private static Element commonAncestor(Element a, Element b) {
        Map<Element, Boolean> ancestors = new IdentityHashMap<>();
        for (Element e = a; e != null; e = e.parent()) {
            ancestors.put(e, Boolean.TRUE);
        }
        for (Element e = b; e != null; e = e.parent()) {
            if (ancestors.containsKey(e)) {
                return e;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- container

    private static Element bestContainer(Element root, List<Block> blocks) {
        // jsoup elements are equal only to themselves; insertion order makes ties go to the tighter element
        Map<Element, double[]> scores = new LinkedHashMap<>();
        for (Block b : blocks) {
            double value = b.isProse() ? b.text.length() - b.linkChars
                    : -LINK_WEIGHT * b.linkChars - SHORT_WEIGHT * (b.text.length() - b.linkChars);
            if (b.kind == Kind.HEADING && b.linkDensity() < 0.5) {
                value = 0; // subheadings belong to stories; a headline alone does not make one
            }
            Element e = b.owner;
            for (int level = 0; e != null && level < MAX_LEVELS; level++) {
                scores.computeIfAbsent(e, k -> new double[1])[0] += value;
                if (e == root) {
                    break;
                }
                e = e.parent();
            }
        }
        Element best = root;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, double[]> entry : scores.entrySet()) {
            if (entry.getValue()[0] > bestScore) {
                bestScore = entry.getValue()[0];
                best = entry.getKey();
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- selection

    private static List<String> select(List<Block> blocks, Element container, String title) {
        List<Block> inside = new ArrayList<>();
        for (Block b : blocks) {
            if (b.owner != null && isWithin(b.owner, container)) {
                inside.add(b);
            }
        }
        String normTitle = normalize(title);
        List<Block> kept = new ArrayList<>();
        for (Block b : inside) {
            // a list item opening with a link may be a story's own list; only boxed teasers go
            if (b.teaser && b.kind != Kind.ITEM || b.linkDensity() > 0.5 && !isLinkRichSentence(b)) {
                continue;
            }
            if (b.text.length() < 100 && STOCK_LINE.matcher(b.text).matches() || b.text.startsWith("<")
                    || b.text.length() < STRAY_DATELINE_LENGTH && COPYRIGHT.matcher(b.text).find()) {
                continue;
            }
            if (b.kind == Kind.HEADING && b.owner.normalName().equals("h1")) {
                continue;
            }
            if (!normTitle.isEmpty() && normalize(b.text).equals(normTitle)) {
                continue;
            }
            kept.add(b);
        }
        int first = 0;
        while (first < kept.size() && isStray(kept.get(first))) {
            first++;
        }
        int last = kept.size();
        while (last > first && isStray(kept.get(last - 1))) {
            last--;
        }
        List<String> out = new ArrayList<>();
        for (Block b : kept.subList(first, last)) {
            out.add(b.text);
        }
        return out;
    }

    /** A long sentence whose words are mostly links (a sourcing paragraph) rather than a list of links. */
    private static boolean isLinkRichSentence(Block b) {
        return b.kind == Kind.TEXT && b.text.length() >= 120 && b.linkDensity() < 0.75
                && SENTENCE_END.matcher(b.text).find();
    }

    /** A short line without sentence punctuation at the edge of a story: byline, dateline, label. */
    private static boolean isStray(Block b) {
        if (b.text.length() < GOOD_LENGTH && !b.isProse() && !SENTENCE_END.matcher(b.text).find()) {
            return true;
        }
        // "By Jane Doe - 11/19/19 06:56 AM EST", "Updated at 1:23 p.m.", "© 2019 Publisher Inc."
        if (b.text.length() < STRAY_DATELINE_LENGTH
                && (BYLINE_OR_STAMP.matcher(b.text).lookingAt() || DateText.find(b.text) != null)) {
            return true;
        }
        // "Follow us on Twitter...", "Sign up for our newsletter...", "This post may contain affiliate links."
        return b.text.length() < STRAY_PROMO_LENGTH && PROMO.matcher(b.text).find();
    }

    private static boolean isWithin(Element e, Element container) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
